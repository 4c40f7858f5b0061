// A vitest reporter: a run that skipped tests for want of Chromium or LibreOffice ends by saying which, and how to install them.

import type { Reporter, TestModule } from "vitest/node";
import { enginesRequired, missingEnginesNotice } from "./engines";

const skippedAny = (modules: ReadonlyArray<TestModule>): boolean =>
	modules.some((module) =>
		[...module.children.allTests()].some(
			(test) => test.result().state === "skipped",
		),
	);

export default class EnginesNotice implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
		const notice = missingEnginesNotice();
		if (enginesRequired || notice === "" || !skippedAny(modules)) return;
		process.stdout.write(`\n${notice}\n\n`);
	}
}
