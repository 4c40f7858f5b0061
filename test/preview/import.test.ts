// A person imports a CRM export through the sidebar of the local preview, and sees the Pipeline tab and the forecast follow.

import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runsWith } from "../support/engines";
import { previewInChromium, screenshotPath } from "../support/preview-page";

const SCREENSHOT = screenshotPath("import.png");
const HUBSPOT = fileURLToPath(
	new URL("../import/fixtures/hubspot-deals.csv", import.meta.url),
);

const preview = previewInChromium("en_US");
const { cell } = preview;

describe.runIf(runsWith("chromium"))(
	"importing deals in the local preview",
	() => {
		it("creates the annual plan, then imports a HubSpot export through the sidebar; screenshot in test-output/import.png", async () => {
			const { page } = preview;
			await page.goto(preview.preview.url);
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
