// The built add-in, as the tests read it: `npm test` builds dist/ before any test runs.

import { existsSync, readFileSync } from "node:fs";

const DIST = new URL("../../dist/", import.meta.url);

export function builtFile(name: "Code.js" | "Sidebar.html"): URL {
	const file = new URL(name, DIST);
	if (!existsSync(file))
		throw new Error(
			`dist/${name} is missing: run \`npm run build\` first (\`npm test\` does).`,
		);
	return file;
}

export const readBuilt = (name: "Code.js" | "Sidebar.html"): string =>
	readFileSync(builtFile(name), "utf8");
