// The local preview in headless Chromium, used as a person would: create the annual plan in French through the real
// sidebar, open the KPI tab, set a KPI below its alert threshold, and see its row turn red; switch to English and see
// the page and the figures follow, with no request failing.

import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { runsWith } from "../support/engines";
import { previewInChromium, screenshotPath } from "../support/preview-page";

const SCREENSHOT = screenshotPath("preview.png");
/** The background the add-in's red alert rule sets (#f4c7c3), as the browser computes it. */
const RED = "rgb(244, 199, 195)";

const french = previewInChromium("fr_FR");
const { cell } = french;

const backgroundOf = (row: number, column: number) =>
	cell(row, column).evaluate((td) => getComputedStyle(td).backgroundColor);

describe.runIf(runsWith("chromium"))("the local preview", () => {
	let page: Page;
	beforeAll(() => {
		page = french.page;
	});
	it("creates the annual plan in French through the sidebar and shows its tabs", async () => {
		await page.goto(french.preview.url);
		const sidebar = page.frameLocator("#sidebar-frame");
		await sidebar.locator("#kind-annual").check();
		await sidebar.locator("#language").selectOption("fr");
		await sidebar.locator("#generate").click();
		await expect
			.poll(() => sidebar.locator("#summary-title").isVisible(), {
				timeout: 20_000,
			})
			.toBe(true);
		await expect
			.poll(() => page.locator("#tabs button").allTextContents(), {
				timeout: 10_000,
			})
			.toContain("KPI");
		expect(await page.locator("#tabs button").allTextContents()).toContain(
			"Paramètres",
		);
	}, 40_000);

	it("opens the KPI tab from the sidebar's summary", async () => {
		await page.frameLocator("#sidebar-frame").locator("#open-kpis").click();
		await expect
			.poll(() =>
				page.locator('#tabs button[aria-selected="true"]').textContent(),
			)
			.toBe("KPI");
		await expect
			.poll(() => cell(1, 1).textContent())
			.toBe("Indicateurs clés (KPI)");
	});

	it("turns a KPI's row red when its actual value falls below the alert threshold", async () => {
		const name = page.locator('#grid td[data-column="1"]', {
			hasText: "RDV qualifiés",
		});
		const row = Number(await name.getAttribute("data-row"));
		expect(row).toBeGreaterThan(4);
		expect(await backgroundOf(row, 14)).not.toBe(RED);

		// Judged on the whole period rather than on pace, through the cell's dropdown.
		await cell(row, 9).click();
		const dropdown = page.locator("#grid select.editor");
		expect(await dropdown.locator("option").allTextContents()).toEqual([
			"",
			"oui",
			"non",
		]);
		await dropdown.selectOption("non");
		await expect.poll(() => cell(row, 9).textContent()).toBe("non");

		// 100 qualified meetings against an alert threshold of 260 for the year.
		await cell(row, 8).click();
		const input = page.locator("#grid input.editor");
		await input.fill("100");
		await input.press("Enter");
		await expect.poll(() => cell(row, 8).textContent()).toBe("100");
		await expect.poll(() => backgroundOf(row, 14)).toBe(RED);
		expect(await backgroundOf(row, 1)).toBe(RED);
		expect(await cell(row, 14).textContent()).not.toBe("");

		// Clicking scrolled the grid to column I: back to column A, as a person would look at the table.
		await page.locator("#grid").evaluate((grid) => grid.scrollTo(0, 0));
		await page.screenshot({ path: SCREENSHOT });
	}, 20_000);

	it("checks the plan through the sidebar: complete as generated, then a KPI without a target, found at its cell", async () => {
		const sidebar = page.frameLocator("#sidebar-frame");
		await sidebar.getByRole("button", { name: "Vérifier le plan" }).click();
		await expect
			.poll(() => sidebar.locator("#check-result").textContent(), {
				timeout: 10_000,
			})
			.toBe("Le plan est complet : toutes les règles sont respectées.");

		const name = page.locator('#grid td[data-column="1"]', {
			hasText: "CA signé",
		});
		const row = Number(await name.getAttribute("data-row"));
		await cell(row, 6).click();
		const input = page.locator("#grid input.editor");
		await input.fill("");
		await input.press("Enter");
		// The whole workbook recomputes on an edit: on a busy machine that takes more than the default 5 s.
		await expect
			.poll(() => cell(row, 6).textContent(), { timeout: 10_000 })
			.toBe("");

		await sidebar.getByRole("button", { name: "Vérifier le plan" }).click();
		await expect
			.poll(() => sidebar.locator("#check-result li").allTextContents(), {
				timeout: 10_000,
			})
			.toEqual([`KPI!F${row} KPI sans cible`]);
	});
});

describe.runIf(runsWith("chromium"))("the local preview in English", () => {
	const english = previewInChromium("fr_FR");
	let englishPage: Page;
	/** Every request that failed or got an error status, from the first one. */
	const failed: string[] = [];

	beforeAll(async () => {
		englishPage = english.page;
		englishPage.on("requestfailed", (request) => failed.push(request.url()));
		englishPage.on("response", (response) => {
			if (response.status() >= 400)
				failed.push(`${response.status()} ${response.url()}`);
		});
		await englishPage.goto(english.preview.url);
	}, 60_000);

	const words = () =>
		englishPage.evaluate(() => ({
			lang: document.documentElement.lang,
			title: document.title,
			header: document.getElementById("document-title")?.textContent,
			note: document.getElementById("document-note")?.textContent,
			sidebar: document.getElementById("sidebar-title")?.textContent,
			close: document
				.getElementById("close-sidebar")
				?.getAttribute("aria-label"),
			tabs: document.getElementById("tabs")?.getAttribute("aria-label"),
		}));

	it("writes its header and labels in the sidebar's language, French first, then English", async () => {
		const sidebar = englishPage.frameLocator("#sidebar-frame");
		await sidebar.locator("#language").waitFor();
		await expect.poll(words).toMatchObject({
			lang: "fr",
			header: "Plan d'action commercial",
			tabs: "Onglets",
		});
		await sidebar.locator("#language").selectOption("en");
		await expect.poll(words).toEqual({
			lang: "en",
			title: "Sales action plan – local preview",
			header: "Sales action plan",
			note: "Local preview: the workbook lives in memory, nothing is sent to Google.",
			sidebar: "Sales action plan",
			close: "Close",
			tabs: "Tabs",
		});
	});

	it("shows the English plan's amounts as an English spreadsheet does: €480,000", async () => {
		const sidebar = englishPage.frameLocator("#sidebar-frame");
		await sidebar.locator("#kind-annual").check();
		await sidebar.locator("#generate").click();
		await expect
			.poll(() => sidebar.locator("#summary-title").isVisible(), {
				timeout: 20_000,
			})
			.toBe(true);
		await englishPage.locator("#tabs button", { hasText: "Settings" }).click();
		await expect
			.poll(() =>
				englishPage.locator("#grid td", { hasText: "€480,000" }).count(),
			)
			.toBeGreaterThan(0);
		expect(await words()).toMatchObject({ lang: "en", tabs: "Tabs" });
	}, 40_000);

	it("made no request that failed, and declares its icon inline so that no /favicon.ico is asked for", async () => {
		expect(failed).toEqual([]);
		const icon = await englishPage.evaluate(async () => {
			const href =
				document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href;
			if (!href) return "no icon declared";
			const image = new Image();
			image.src = href;
			await image.decode();
			return `${href.slice(0, 5)} ${image.naturalWidth > 0}`;
		});
		expect(icon).toBe("data: true");
	});
});
