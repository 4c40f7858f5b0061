// Debian's Chromium, headless, for the browser tests: no browser download, no network.

import { type Browser, chromium } from "playwright-core";
import { chromiumPath, engines } from "./engines";

export function launchChromium(): Promise<Browser> {
	if (!engines.chromium.found) {
		throw new Error(
			`${chromiumPath} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does.`,
		);
	}
	return chromium.launch({
		executablePath: chromiumPath,
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
