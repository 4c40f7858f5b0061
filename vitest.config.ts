// Vitest: the default report, then one notice naming the optional engines a run had to skip.

import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		// End-to-end tests start Chromium, LibreOffice or a whole plan: on a busy 2-core machine they need more than 5 s.
		testTimeout: 60_000,
		hookTimeout: 120_000,
		reporters: ["default", "./test/support/engines-notice.ts"],
	},
});
