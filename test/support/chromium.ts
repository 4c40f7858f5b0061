// Debian's Chromium, headless, for the browser tests: no browser download, no network.

import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const EXECUTABLE = "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
	if (!existsSync(EXECUTABLE)) {
		throw new Error(
			`${EXECUTABLE} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does.`,
		);
	}
	return chromium.launch({
		executablePath: EXECUTABLE,
		args: [
			"--headless",
			"--no-sandbox",
			"--disable-gpu",
			"--no-first-run",
			"--disable-background-networking",
			"--disable-component-update",
			"--disable-sync",
		],
	});
}
