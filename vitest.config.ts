// Vitest: the default report, then one notice naming the optional engines a run had to skip.

import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		reporters: ["default", "./test/support/engines-notice.ts"],
	},
});
