// The set-up on a machine with Node 20 and nothing else: neither Chromium nor LibreOffice can be found.

import { spawn } from "node:child_process";
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	realpathSync,
	rmSync,
	symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** Cheap files: two that need an engine, one that needs none. */
const SUBSET = [
	"test/export/libreoffice.test.ts",
	"test/preview/browser.test.ts",
	"test/plan/a1.test.ts",
];
const NOTICE = "Skipped: the tests that need";

const scratch = mkdtempSync(join(tmpdir(), "node-only-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function which(command: string): string {
	for (const dir of (process.env.PATH ?? "").split(delimiter)) {
		const file = join(dir, command);
		if (dir !== "" && existsSync(file)) return realpathSync(file);
	}
	throw new Error(`${command} is not on the PATH`);
}

/** A PATH holding only node, npm and a shell, so soffice is not found; CHROMIUM_PATH names a file that does not exist. */
const bin = join(scratch, "bin");
mkdirSync(bin);
symlinkSync(process.execPath, join(bin, "node"));
for (const command of ["npm", "sh"])
	symlinkSync(which(command), join(bin, command));
const nodeOnly = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
	PATH: bin,
	HOME: scratch,
	NO_COLOR: "1",
	CHROMIUM_PATH: join(scratch, "no-chromium"),
	...extra,
});

interface Finished {
	readonly status: number | null;
	readonly output: string;
}

function run(
	command: string,
	args: readonly string[],
	cwd: string,
	env: NodeJS.ProcessEnv,
): Promise<Finished> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, env });
		let output = "";
		child.stdout.on("data", (chunk) => (output += chunk));
		child.stderr.on("data", (chunk) => (output += chunk));
		child.on("error", reject);
		child.on("close", (status) => resolve({ status, output }));
	});
}

const vitest = (env: NodeJS.ProcessEnv) =>
	run(
		join(bin, "node"),
		[join(ROOT, "node_modules/vitest/vitest.mjs"), "run", ...SUBSET],
		ROOT,
		env,
	);

describe("npm test's vitest run on a machine with only Node 20", () => {
	let plain: Finished;
	let required: Finished;

	beforeAll(async () => {
		[plain, required] = await Promise.all([
			vitest(nodeOnly()),
			vitest(nodeOnly({ REQUIRE_ENGINES: "1" })),
		]);
	}, 120_000);

	it("passes, skipping the tests that need an engine", () => {
		expect(plain.status, plain.output).toBe(0);
		expect(plain.output).toMatch(/Test Files +1 passed \| 2 skipped/);
	});

	it("ends with one notice naming each missing engine, what it checks and its apt package", () => {
		expect(plain.output.split(NOTICE)).toHaveLength(2);
		const notice = plain.output.slice(plain.output.indexOf(NOTICE));
		expect(notice).toMatch(
			/^.*Chromium, LibreOffice Calc and Poppler, not installed/,
		);
		expect(notice).toMatch(
			/Chromium checks the sidebar and the local preview.*: apt-get install chromium\n/,
		);
		expect(notice).toMatch(
			/LibreOffice Calc checks the exported .xlsx files.*: apt-get install libreoffice-calc\n/,
		);
		expect(notice).toMatch(
			/Poppler checks the .xlsx chart as LibreOffice draws it.*: apt-get install poppler-utils\n/,
		);
	});

	it("fails instead where CI requires the engines, saying which are missing", () => {
		expect(required.status).toBe(1);
		expect(required.output).toContain("LibreOffice is needed for this test");
		expect(required.output).toContain("no-chromium is missing");
		expect(required.output).not.toContain(NOTICE);
	});
});

describe("npm start and npm run plan on a machine with only Node 20", () => {
	/** A copy of the project, so building it here leaves the dist/ other tests read alone. */
	const project = join(scratch, "project");

	beforeAll(() => {
		for (const entry of [
			"src",
			"sidebar",
			"build.mjs",
			"package.json",
			"appsscript.json",
			"tsconfig.json",
		])
			cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
		symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"));
	});

	it("npm start builds and serves the preview page", async () => {
		const child = spawn("npm", ["start"], {
			cwd: project,
			env: nodeOnly({ PORT: "0" }),
			detached: true,
		});
		try {
			const url = await new Promise<string>((resolve, reject) => {
				let output = "";
				child.stdout.on("data", (chunk) => {
					output += chunk;
					const found = /http:\/\/127\.0\.0\.1:\d+\/?/.exec(output);
					if (found) resolve(found[0]);
				});
				child.stderr.on("data", (chunk) => (output += chunk));
				child.on("close", (status) =>
					reject(new Error(`npm start exited (${status}): ${output}`)),
				);
			});
			const page = await fetch(url);
			expect(page.status).toBe(200);
			expect(await page.text()).toContain('id="sidebar-frame"');
		} finally {
			// npm, its shell and the server: the whole group it leads.
			if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
		}
	}, 60_000);

	it("npm run plan writes the plan as a file", async () => {
		const out = join(scratch, "plan.xlsx");
		const result = await run(
			"npm",
			[
				"run",
				"plan",
				"--",
				"--kind",
				"quarterly",
				"--lang",
				"en",
				"--out",
				out,
			],
			project,
			nodeOnly(),
		);
		expect(result.status, result.output).toBe(0);
		expect(existsSync(out)).toBe(true);
	}, 60_000);
});
