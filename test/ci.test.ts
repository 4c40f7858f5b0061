// .ci/run restates vitest's real counts and keeps npm test's exit status, on made-up runs of npm.

import { spawnSync } from "node:child_process";
import {
	chmodSync,
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const RUN = fileURLToPath(new URL("../.ci/run", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "ci-run-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A checkout holding only .ci/run, and a PATH whose npm prints `testOutput` for `npm test` and exits with `status`. */
function ciRun(testOutput: string, status: number) {
	const root = mkdtempSync(join(scratch, "checkout-"));
	mkdirSync(join(root, ".ci"));
	copyFileSync(RUN, join(root, ".ci/run"));
	const bin = join(root, "bin");
	mkdirSync(bin);
	writeFileSync(join(root, "test-output.txt"), testOutput);
	const script = (body: string) => `#!/bin/sh\n${body}\n`;
	const stubs: Record<string, string> = {
		// Present, so .ci/run has nothing to install (and, were it to try, apt-get only records it).
		chromium: script("exit 0"),
		soffice: script("exit 0"),
		pdftoppm: script("exit 0"),
		"apt-get": script(`echo "apt-get $*" >> "${join(root, "npm-calls.txt")}"`),
		npm: script(
			`echo "npm $* REQUIRE_ENGINES=$REQUIRE_ENGINES" >> "${join(root, "npm-calls.txt")}"\n` +
				`[ "$1" = test ] || exit 0\ncat "${join(root, "test-output.txt")}"\nexit ${status}`,
		),
	};
	for (const [name, body] of Object.entries(stubs)) {
		writeFileSync(join(bin, name), body);
		chmodSync(join(bin, name), 0o755);
	}
	const result = spawnSync("bash", [join(root, ".ci/run")], {
		env: { PATH: `${bin}:${process.env.PATH}` },
		encoding: "utf8",
	});
	const calls = readFileSync(join(root, "npm-calls.txt"), "utf8");
	return { ...result, calls, last: result.stdout.trimEnd().split("\n").at(-1) };
}

const vitestSummary = (files: string, tests: string) =>
	`\n Test Files  ${files}\n      Tests  ${tests}\n   Duration  12.3s\n`;

describe(".ci/run", () => {
	it.each([
		{
			run: "a green run",
			output: vitestSummary("70 passed (70)", "1280 passed (1280)"),
			status: 0,
			line: "vitest: 1280 passed, 0 failed",
		},
		{
			run: "a run with failures",
			output: vitestSummary(
				"\u001b[31m2 failed\u001b[39m | 68 passed (70)",
				"\u001b[31m3 failed\u001b[39m | 1277 passed (1280)",
			),
			status: 1,
			line: "vitest: 1277 passed, 3 failed; 2 test files failed",
		},
		{
			run: "a run whose engine tests could not start",
			output: vitestSummary(
				"2 failed | 68 passed (70)",
				"1239 passed | 41 skipped (1280)",
			),
			status: 1,
			line: "vitest: 1239 passed, 0 failed, 41 skipped; 2 test files failed",
		},
		{
			run: "a build that fails before vitest",
			output: "error TS2322: Type 'string' is not assignable\n",
			status: 2,
			line: "vitest: did not run (npm test stopped before it, status 2)",
		},
	])(
		"on $run, prints `$line` and exits $status",
		({ output, status, line }) => {
			const result = ciRun(output, status);
			expect(result.last).toBe(line);
			expect(result.status).toBe(status);
		},
	);

	it("runs the README's two commands, with the engines required", () => {
		expect(ciRun(vitestSummary("1 passed (1)", "1 passed (1)"), 0).calls).toBe(
			"npm ci REQUIRE_ENGINES=1\nnpm test REQUIRE_ENGINES=1\n",
		);
	});
});
