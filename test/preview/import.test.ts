// A person imports a CRM export through the sidebar of the local preview, and sees the Pipeline tab and the forecast follow.

import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Preview, startPreview } from "../../src/preview/server";
import { builtFile } from "../support/built";
import { launchChromium } from "../support/chromium";
import { runsWith } from "../support/engines";

const ROOT = new URL("../../", import.meta.url);
const SCREENSHOT = fileURLToPath(new URL("test-output/import.png", ROOT));
const HUBSPOT = fileURLToPath(
	new URL("../import/fixtures/hubspot-deals.csv", import.meta.url),
);

let preview: Preview;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	if (!runsWith("chromium")) return;
	mkdirSync(new URL("test-output/", ROOT), { recursive: true });
	preview = await startPreview({
		port: 0,
		locale: "en_US",
		sidebarFile: builtFile("Sidebar.html"),
	});
	browser = await launchChromium();
	page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
}, 60_000);

afterAll(async () => {
	await browser?.close();
	await preview?.close();
});

const cell = (row: number, column: number) =>
	page.locator(`#grid td[data-row="${row}"][data-column="${column}"]`);

describe.runIf(runsWith("chromium"))(
	"importing deals in the local preview",
	() => {
		it("creates the annual plan, then imports a HubSpot export through the sidebar; screenshot in test-output/import.png", async () => {
			await page.goto(preview.url);
			const sidebar = page.frameLocator("#sidebar-frame");
			await sidebar.locator("#kind-annual").check();
			await sidebar.locator("#generate").click();
			await expect
				.poll(() => sidebar.locator("#summary-title").isVisible(), {
					timeout: 20_000,
				})
				.toBe(true);
			await page.locator("#tabs button", { hasText: /^Pipeline$/ }).click();
			await expect.poll(() => cell(1, 1).textContent()).toBe("Deal pipeline");
			const before = await cell(3, 2).textContent();

			await sidebar.locator("#import-file").setInputFiles(HUBSPOT);
			await expect
				.poll(() => sidebar.locator("#import-recognised").textContent(), {
					timeout: 10_000,
				})
				.toContain("HubSpot deals export");
			expect(await sidebar.locator("#import-map-amount").inputValue()).not.toBe(
				"",
			);
			expect(await sidebar.locator("#import-preview tbody tr").count()).toBe(5);
			await sidebar.locator("#import-deals").click();
			await expect
				.poll(() => sidebar.locator("#import-summary").textContent(), {
					timeout: 20_000,
				})
				.toContain("7 added, 0 updated");

			// The deals sit on the Pipeline tab, below its example rows, and the weighted forecast counts them.
			await expect
				.poll(
					() =>
						page.locator("#grid td", { hasText: "Globex onboarding" }).count(),
					{ timeout: 10_000 },
				)
				.toBe(1);
			await expect
				.poll(() => cell(3, 2).textContent(), { timeout: 10_000 })
				.not.toBe(before);
			await sidebar.locator("#import-summary").scrollIntoViewIfNeeded();
			await page.screenshot({ path: SCREENSHOT });
		}, 60_000);
	},
);
