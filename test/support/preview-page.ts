// The local preview server and a headless Chromium page on it, for the browser tests: opened before a file's tests, closed after.

import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type Preview, startPreview } from "../../src/preview/server";
import { builtFile } from "./built";
import { launchChromium } from "./chromium";
import { runsWith } from "./engines";

const OUTPUT = new URL("../../test-output/", import.meta.url);

/** Where a browser test saves its screenshot: test-output/NAME. */
export const screenshotPath = (name: string): string =>
	fileURLToPath(new URL(name, OUTPUT));

export interface PreviewPage {
	readonly preview: Preview;
	readonly page: Page;
	/** A cell of the page's grid, 1-based as the sheet counts. */
	readonly cell: (row: number, column: number) => Locator;
}

/**
 * Starts the preview in `locale` with the built sidebar and opens a 1440 × 900 page, before the file's first test;
 * `prepare` runs on the server before the page opens. Nothing starts where Chromium is missing.
 */
export function previewInChromium(
	locale: string,
	prepare?: (preview: Preview) => void,
): PreviewPage {
	let preview: Preview | undefined;
	let browser: Browser | undefined;
	let page: Page | undefined;
	beforeAll(async () => {
		if (!runsWith("chromium")) return;
		mkdirSync(OUTPUT, { recursive: true });
		preview = await startPreview({
			port: 0,
			locale,
			sidebarFile: builtFile("Sidebar.html"),
		});
		prepare?.(preview);
		browser = await launchChromium();
		page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		// The sidebar links Google's add-on stylesheet: offline, answer at once rather than wait for the network.
		await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
	}, 60_000);
	afterAll(async () => {
		await browser?.close();
		await preview?.close();
	});
	const open = <T>(value: T | undefined, what: string): T => {
		if (value === undefined)
			throw new Error(
				`the preview's ${what} is not open: it opens in beforeAll`,
			);
		return value;
	};
	return {
		get preview() {
			return open(preview, "server");
		},
		get page() {
			return open(page, "page");
		},
		cell: (row, column) =>
			open(page, "page").locator(
				`#grid td[data-row="${row}"][data-column="${column}"]`,
			),
	};
}
