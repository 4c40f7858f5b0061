// The built sidebar (dist/Sidebar.html) in headless Chromium, with a stand-in google.script.run, used as a person would.

import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GenerateRequest } from "../../src/api";
import { tabsOf } from "../../src/plan/catalogue";
import { defaultRoles, defaultStages } from "../../src/plan/defaults";
import type { Language, TabKey, TabNames } from "../../src/plan/types";
import {
	parseAlertsRequest,
	parseCheckRequest,
	parseGenerateRequest,
	parseOpenTab,
	parseSelectCell,
} from "../../src/server/schemas";
import { readBuilt } from "../support/built";
import { launchChromium } from "../support/chromium";
import { runsWith } from "../support/engines";
import {
	defaultConfig,
	installStandIn,
	names,
	type RecordedCall,
	type StandInConfig,
	XSS_SHEET,
	XSS_STAGE,
	XSS_TAB,
} from "./stand-in";

/** Skipped, with a notice, where Chromium is not installed; required in CI. */
const describeInChromium = describe.runIf(runsWith("chromium"));
const ROOT = new URL("../../", import.meta.url);
const OUTPUT = new URL("test-output/", ROOT);
/** Where the sidebar is served from: a real navigation, so the stand-in's init script runs first. */
const PAGE_URL = "https://sidebar.test/";
const output = (file: string) => fileURLToPath(new URL(file, OUTPUT));

/** Rebuilds when a source is newer than dist/Sidebar.html (`npm test` builds first, so this is usually a no-op). */

/** The names the stand-in's preview gives with its default spreadsheet: KPI and Settings tabs hold data. */
function previewNames(
	language: Language,
	replace: readonly TabKey[] = [],
): TabNames {
	const renamed = (key: TabKey) =>
		replace.includes(key)
			? names[language][key]
			: `${names[language][key]} (2)`;
	return {
		...names[language],
		kpis: renamed("kpis"),
		settings: renamed("settings"),
	};
}

/**
 * The recorded generatePlan payload: the real server schema accepts it, and its plan has the kind's tabs,
 * in order, named as the preview said.
 */
function checkRequest(recorded: unknown, expected: TabNames): GenerateRequest {
	const request = parseGenerateRequest(recorded);
	const { kind } = request.plan.choices;
	expect(request.plan.tabs.map((tab) => [tab.key, tab.name])).toEqual(
		tabsOf(kind).map((key) => [key, expected[key]]),
	);
	return request;
}

/** Every text cell of the plan, as written. */
const textCells = (request: GenerateRequest): string[] =>
	request.plan.tabs.flatMap((tab) =>
		tab.cells.flat().filter((cell): cell is string => typeof cell === "string"),
	);

let browser: Browser;
let html: string;

interface Opened {
	page: Page;
	dialogs: string[];
	pageErrors: string[];
	requests: string[];
}

let opened: Opened[] = [];

async function open(
	change: (config: StandInConfig) => void = () => {},
	viewport = { width: 300, height: 900 },
): Promise<Opened> {
	const page = await browser.newPage({ viewport });
	page.setDefaultTimeout(5_000);
	const result: Opened = { page, dialogs: [], pageErrors: [], requests: [] };
	opened.push(result);
	page.on("dialog", (dialog) => {
		result.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on("pageerror", (error) => result.pageErrors.push(error.message));
	await serve(page, result.requests);
	const config = defaultConfig();
	change(config);
	await page.addInitScript(installStandIn, config);
	await page.goto(PAGE_URL);
	await page.locator("#plan-form").waitFor();
	return result;
}

/** Offline: the page answers from the built file, and any other request is refused at once (and recorded). */
async function serve(page: Page, requests: string[] = []): Promise<void> {
	await page.route("**/*", (route) => {
		const url = route.request().url();
		if (url === PAGE_URL)
			return route.fulfill({
				body: html,
				contentType: "text/html; charset=utf-8",
			});
		requests.push(url);
		return route.abort();
	});
}

const calls = (page: Page): Promise<RecordedCall[]> =>
	page.evaluate(
		() =>
			(window as unknown as { __standIn: { calls: RecordedCall[] } }).__standIn
				.calls,
	);

async function callsNamed(page: Page, name: string): Promise<unknown[]> {
	return (await calls(page))
		.filter((call) => call.name === name)
		.map((call) => call.args[0]);
}

async function overflow(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			document.documentElement.scrollWidth -
			document.documentElement.clientWidth,
	);
}

beforeAll(async () => {
	html = readBuilt("Sidebar.html");
	mkdirSync(OUTPUT, { recursive: true });
	browser = await launchChromium();
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

beforeEach(() => {
	opened = [];
	return async () => {
		for (const { page, dialogs, pageErrors, requests } of opened) {
			// Nothing ran from data, nothing failed in the page, and the page is self-contained: no request at all.
			expect(dialogs).toEqual([]);
			expect(pageErrors).toEqual([]);
			expect(requests).toEqual([]);
			await page.close();
		}
	};
});

describeInChromium("the sidebar", { timeout: 30_000 }, () => {
	it("opens in the spreadsheet's language with the plans, their tabs and the default stages", async () => {
		const { page } = await open();
		expect(await callsNamed(page, "getSidebarContext")).toHaveLength(1);
		await expect
			.poll(() => page.locator("html").getAttribute("lang"))
			.toBe("fr");
		await page
			.getByRole("heading", { name: "Plan d'action commercial" })
			.waitFor();
		expect(await page.getByRole("radio").count()).toBe(4 + 2);
		expect(
			await page.getByRole("radio", { name: "Plan annuel" }).isChecked(),
		).toBe(true);
		expect(await page.locator("#kind-quarterly-desc").textContent()).toContain(
			"8 onglets : Vue d'ensemble, Objectifs, Entonnoir",
		);
		expect(await page.getByLabel("Nom de l'étape 2").inputValue()).toBe(
			"RDV qualifié",
		);
		expect(
			await page.getByLabel("Probabilité de l'étape 3, en %").inputValue(),
		).toBe("50");
		expect(await page.getByLabel("Devise", { exact: true }).inputValue()).toBe(
			"EUR",
		);
		expect(await page.getByLabel("Début de la période").inputValue()).toBe(
			"2026-01-01",
		);
	});

	it("creates a plan: pick a plan and a language, change a stage, generate, open a tab from the summary", async () => {
		const { page } = await open();
		await page.getByRole("radio", { name: "30-60-90" }).check();
		await page.getByLabel("Langue").selectOption("en");
		// The interface and the default stages follow the language.
		await page.getByRole("heading", { name: "Sales action plan" }).waitFor();
		expect(await page.getByLabel("Name of stage 2").inputValue()).toBe(
			"Qualified meeting",
		);
		await page.getByLabel("Name of stage 2").fill(XSS_STAGE);
		await page.getByLabel("Probability of stage 2, in %").fill("40");
		await page
			.getByLabel("Conversion from stage 3 to the next, in %")
			.fill("35,5");
		await page.getByLabel("Currency", { exact: true }).selectOption("other");
		await page.getByLabel("Currency code (3 letters)").fill("sek");
		await page.getByLabel("Add example rows").uncheck();
		await page.getByRole("button", { name: "Create the plan" }).click();

		await page.getByRole("heading", { name: "Plan created" }).waitFor();
		// No preview was shown: the sidebar asked for one first, for the tab names.
		expect(await callsNamed(page, "previewPlan")).toEqual([
			{ kind: "30-60-90", language: "en", replace: [] },
		]);
		const [recorded] = await callsNamed(page, "generatePlan");
		const request = checkRequest(recorded, previewNames("en"));
		expect(request.plan.choices).toMatchObject({
			kind: "30-60-90",
			language: "en",
			start: "2026-01-01",
			currency: "SEK",
			examples: false,
		});
		const stages = defaultStages("en");
		expect(request.plan.choices.stages).toEqual([
			stages[0],
			{ name: XSS_STAGE, probability: 0.4, conversionRate: 0.5 },
			{ ...stages[2], conversionRate: 0.355 },
			...stages.slice(3),
		]);
		expect(request.plan.choices.roles).toEqual(defaultRoles("en"));
		expect(request.replace).toEqual([]);
		// The stage name reaches the sheet as the person typed it.
		expect(textCells(request)).toContain(XSS_STAGE);
		// Cross-tab formulas use the preview's names, "KPIs (2)" included.
		expect(JSON.stringify(request.plan.tabs)).toContain(
			`'${names.en.settings} (2)'!`,
		);

		// The summary lists every tab of the plan, by the name the server gave it.
		const summary = page.locator("section.summary li");
		expect(await summary.count()).toBe(8);
		expect(await summary.locator(".tab-name").allTextContents()).toEqual(
			tabsOf("30-60-90").map((key) => previewNames("en")[key]),
		);
		await page
			.getByRole("button", { name: names.en.actions, exact: true })
			.click();
		await expect
			.poll(() => callsNamed(page, "openTab"))
			.toEqual([{ sheetId: 1003, language: "en" }]);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
	});

	it("previews what will be created and kept, and replaces a tab only when asked, with a warning", async () => {
		const { page } = await open();
		await page.getByLabel("Langue").selectOption("en");
		await page.getByRole("radio", { name: "Quarterly one-page" }).check();
		await page.getByRole("button", { name: "Preview" }).click();
		await page.getByRole("heading", { name: "What will happen" }).waitFor();
		expect(await callsNamed(page, "generatePlan")).toEqual([]);
		const item = (key: string) =>
			page.locator(`section.preview li[data-key="${key}"]`);
		expect(await item("overview").textContent()).toContain("kept as it is");
		expect(await item("objectives").textContent()).toContain("New tab");
		expect(await item("kpis").textContent()).toContain(
			`“${names.en.kpis}” is kept; the plan makes “${names.en.kpis} (2)”.`,
		);

		const replace = page.getByLabel(`Replace “${names.en.kpis}”`);
		expect(await replace.isChecked()).toBe(false);
		await replace.check();
		await expect
			.poll(() => item("kpis").locator(".warning").textContent())
			.toContain(`the data in “${names.en.kpis}” will be erased`);
		expect(await page.locator("#replace-summary").textContent()).toBe(
			`Data erased and replaced: ${names.en.kpis}.`,
		);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await page.screenshot({
			path: output("sidebar-preview.png"),
			fullPage: true,
		});

		// A change after the preview flags it as out of date; typing goes on in the same field.
		await page.getByLabel("Probability of stage 1, in %").fill("1");
		await page.locator("section.preview .stale").waitFor();
		await page.keyboard.type("5");
		expect(
			await page.getByLabel("Probability of stage 1, in %").inputValue(),
		).toBe("15");

		await page.getByRole("button", { name: "Create the plan" }).click();
		await page.getByRole("heading", { name: "Plan created" }).waitFor();
		expect(await callsNamed(page, "previewPlan")).toEqual([
			{ kind: "quarterly", language: "en", replace: [] },
			{ kind: "quarterly", language: "en", replace: ["kpis"] },
		]);
		const [recorded] = await callsNamed(page, "generatePlan");
		const request = checkRequest(recorded, previewNames("en", ["kpis"]));
		expect(request.replace).toEqual(["kpis"]);
		expect(request.plan.choices.stages[0]?.probability).toBe(0.15);
		expect(
			await page.locator('section.summary li[data-key="kpis"]').textContent(),
		).toContain("Replaced");
	});

	it("shows progress while the plan is being created, with the buttons disabled", async () => {
		const { page } = await open((config) => {
			config.hold.generatePlan = true;
		});
		await page.getByRole("button", { name: "Créer le plan" }).click();
		await page.locator("progress").waitFor();
		expect(await page.getByRole("status").textContent()).toContain(
			"Création de 12 onglets",
		);
		expect(
			await page.getByRole("button", { name: "Créer le plan" }).isDisabled(),
		).toBe(true);
		expect(
			await page.getByRole("button", { name: "Aperçu" }).isDisabled(),
		).toBe(true);
		expect(
			await page
				.getByRole("button", { name: "Appliquer ou actualiser les alertes" })
				.isDisabled(),
		).toBe(true);
		await page.evaluate(() =>
			(
				window as unknown as { __standIn: { release(): void } }
			).__standIn.release(),
		);
		await page.getByRole("heading", { name: "Plan créé" }).waitFor();
		expect(await page.locator("progress").count()).toBe(0);
		expect(
			await page.getByRole("button", { name: "Créer le plan" }).isEnabled(),
		).toBe(true);
		// Focus moves to the result, for keyboard and screen-reader users.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(
			"summary-title",
		);
	});

	it("shows a server error in plain words, and lets the person try again", async () => {
		const message = "You do not have permission to edit this spreadsheet.";
		const { page } = await open((config) => {
			config.fail.generatePlan = message;
		});
		await page.getByRole("button", { name: "Créer le plan" }).click();
		const alert = page.locator("#plan-errors");
		await expect
			.poll(() => alert.textContent())
			.toBe(`La création du plan a échoué : ${message}`);
		expect(await alert.getAttribute("role")).toBe("alert");
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(
			"plan-errors",
		);
		expect(
			await page.getByRole("button", { name: "Créer le plan" }).isEnabled(),
		).toBe(true);
		expect(await page.locator("section.summary").count()).toBe(0);

		await page.evaluate(() => {
			(
				window as unknown as { __standIn: { config: StandInConfig } }
			).__standIn.config.fail = {};
		});
		await page.getByRole("button", { name: "Créer le plan" }).click();
		await page.getByRole("heading", { name: "Plan créé" }).waitFor();
		expect(await alert.textContent()).toBe("");
	});

	it("refuses a plan built before the spreadsheet changed, shows why and the new preview, then creates it", async () => {
		const { page } = await open((config) => {
			config.hold.generatePlan = true;
		});
		await page.getByRole("button", { name: "Créer le plan" }).click();
		await expect.poll(() => callsNamed(page, "generatePlan")).toHaveLength(1);
		// A teammate fills a "Entonnoir" tab between the sidebar's preview and its plan reaching the server.
		await page.evaluate(() => {
			const standIn = (
				window as unknown as {
					__standIn: { config: StandInConfig; release(): void };
				}
			).__standIn;
			standIn.config.existing.funnel = "rename";
			standIn.release();
		});
		const alert = page.locator("#plan-errors");
		await expect
			.poll(() => alert.textContent())
			.toBe(
				`La création du plan a échoué : Le classeur a changé depuis l'aperçu (l'onglet « ${names.fr.funnel} » s'appellerait maintenant « ${names.fr.funnel} (2) »). Refaites l'aperçu, puis créez le plan.`,
			);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(
			"plan-errors",
		);
		expect(await page.locator("section.summary").count()).toBe(0);
		// The preview list shows the spreadsheet as it is now.
		await expect
			.poll(() =>
				page
					.locator('section.preview li[data-key="funnel"] .tab-name')
					.textContent(),
			)
			.toBe(`${names.fr.funnel} (2)`);

		await page.evaluate(() => {
			(
				window as unknown as { __standIn: { config: StandInConfig } }
			).__standIn.config.hold = {};
		});
		await page.getByRole("button", { name: "Créer le plan" }).click();
		await page.getByRole("heading", { name: "Plan créé" }).waitFor();
		const [, recorded] = await callsNamed(page, "generatePlan");
		checkRequest(recorded, {
			...previewNames("fr"),
			funnel: `${names.fr.funnel} (2)`,
		});
		expect(await alert.textContent()).toBe("");
	});

	it("shows an error when the spreadsheet cannot be read at all, with a retry", async () => {
		const page = await browser.newPage({
			viewport: { width: 300, height: 900 },
		});
		page.setDefaultTimeout(5_000);
		const pageErrors: string[] = [];
		page.on("pageerror", (error) => pageErrors.push(error.message));
		await serve(page);
		const config = defaultConfig();
		config.fail.getSidebarContext =
			"Authorisation is required to perform that action.";
		await page.addInitScript(installStandIn, config);
		await page.goto(PAGE_URL);
		const alert = page.getByRole("alert");
		await expect
			.poll(() => alert.textContent())
			.toContain("Authorisation is required to perform that action.");
		await page.evaluate(() => {
			(
				window as unknown as { __standIn: { config: StandInConfig } }
			).__standIn.config.fail = {};
		});
		await page.getByRole("button", { name: /Réessayer|Try again/ }).click();
		await page.locator("#plan-form").waitFor();
		expect(pageErrors).toEqual([]);
		await page.close();
	});

	it("refuses wrong percentages and empty names before calling the server", async () => {
		const { page } = await open((config) => {
			config.context = { ...config.context, language: "en" };
		});
		await page.getByLabel("Probability of stage 1, in %").fill("150");
		await page.getByRole("button", { name: "Add a role" }).click();
		// The new role's field has the focus.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(
			"role-4",
		);
		await page.getByRole("button", { name: "Create the plan" }).click();
		const alert = page.locator("#plan-errors");
		await expect
			.poll(() => alert.locator("li").allTextContents())
			.toEqual([
				"Prob. % of “Lead”: “150” is not a percentage between 0 and 100.",
				"Role 5 is empty: type a name or remove it.",
			]);
		expect(
			await page
				.getByLabel("Probability of stage 1, in %")
				.getAttribute("aria-invalid"),
		).toBe("true");
		expect(await callsNamed(page, "generatePlan")).toEqual([]);

		await page.getByRole("button", { name: "Remove role 5" }).click();
		await page.getByLabel("Probability of stage 1, in %").fill("15");
		await page.getByRole("button", { name: "Remove stage 3" }).click();
		await page.getByRole("button", { name: "Create the plan" }).click();
		await page.getByRole("heading", { name: "Plan created" }).waitFor();
		const [recorded] = await callsNamed(page, "generatePlan");
		const { plan } = checkRequest(recorded, previewNames("en"));
		expect(
			plan.choices.stages.map((stage) => [stage.name, stage.probability]),
		).toEqual([
			["Lead", 0.15],
			["Qualified meeting", 0.25],
			["Negotiation", 0.8],
			["Won", 1],
		]);
		expect(plan.choices.roles).toEqual(defaultRoles("en"));
	});

	it("refuses two stages with the same name in the person's language, before calling the server", async () => {
		const { page } = await open();
		await page.getByLabel("Nom de l'étape 4").fill(" lead ");
		await page.getByRole("button", { name: "Créer le plan" }).click();
		const alert = page.locator("#plan-errors");
		await expect
			.poll(() => alert.textContent())
			.toBe(
				"Plusieurs étapes s'appellent « Lead » : donnez à chaque étape un nom différent.",
			);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(
			"plan-errors",
		);
		for (const label of ["Nom de l'étape 1", "Nom de l'étape 4"])
			expect(
				await page.getByLabel(label).getAttribute("aria-invalid"),
				label,
			).toBe("true");
		expect(
			await page.getByLabel("Nom de l'étape 2").getAttribute("aria-invalid"),
		).toBeNull();
		expect((await calls(page)).map((call) => call.name)).toEqual([
			"getSidebarContext",
		]);

		await page.getByLabel("Nom de l'étape 4").fill("Négociation finale");
		await page.getByRole("button", { name: "Créer le plan" }).click();
		await page.getByRole("heading", { name: "Plan créé" }).waitFor();
		const [recorded] = await callsNamed(page, "generatePlan");
		const { plan } = checkRequest(recorded, previewNames("fr"));
		expect(plan.choices.stages[3]?.name).toBe("Négociation finale");
	});

	it("shows names from the sheet and the person as literal text, never as HTML", async () => {
		const { page, dialogs } = await open();
		await page.getByLabel("Nom de l'étape 2").fill(XSS_STAGE);
		expect(await page.getByLabel("Nom de l'étape 2").inputValue()).toBe(
			XSS_STAGE,
		);
		// The same name in an error message, and a tab name holding markup in the preview and summary.
		await page
			.getByLabel("Conversion de l'étape 2 vers la suivante, en %")
			.fill("abc");
		await page.getByRole("button", { name: "Aperçu" }).click();
		await expect
			.poll(() => page.locator("#plan-errors").textContent())
			.toContain(`« ${XSS_STAGE} »`);
		await page
			.getByLabel("Conversion de l'étape 2 vers la suivante, en %")
			.fill("50");
		await page.getByRole("button", { name: "Aperçu" }).click();
		await page.locator("section.preview").waitFor();
		expect(
			await page
				.locator('section.preview li[data-key="pipeline"] .tab-name')
				.textContent(),
		).toBe(XSS_TAB);
		await page.getByRole("button", { name: "Créer le plan" }).click();
		await page.getByRole("button", { name: XSS_TAB }).waitFor();
		const request = checkRequest(
			(await callsNamed(page, "generatePlan"))[0],
			previewNames("fr"),
		);
		expect(request.plan.choices.stages[1]?.name).toBe(XSS_STAGE);
		expect(textCells(request)).toContain(XSS_STAGE);
		await page.getByRole("radio", { name: "Le tableau sélectionné" }).check();
		await page.getByLabel("Colonne du réalisé").fill("c");
		await page.getByLabel("Colonne de l'objectif").fill("d");
		await page.getByLabel("Colonne du seuil").fill("e");
		await page
			.getByRole("button", { name: "Appliquer ou actualiser les alertes" })
			.click();
		await expect
			.poll(() => page.locator("#alerts-result").textContent())
			.toContain(`« ${XSS_SHEET} »`);
		// No element was made from the data and nothing ran.
		expect(await page.locator("img").count()).toBe(0);
		expect(await page.locator("body script").count()).toBe(1);
		expect(dialogs).toEqual([]);
	});

	it("applies KPI alerts on the KPI tab or on a selected table, checking the column letters", async () => {
		const { page } = await open((config) => {
			config.context = { ...config.context, language: "en" };
		});
		await page
			.getByRole("button", { name: "Apply or refresh KPI alerts" })
			.click();
		await expect
			.poll(() => page.locator("#alerts-result").textContent())
			.toBe(`12 rules applied on “${names.en.kpis}”, A2:F9.`);

		await page.getByRole("radio", { name: "The selected table" }).check();
		await page.getByLabel("Actual column").fill("1");
		await page.getByLabel("Target column").fill("c");
		await page.getByLabel("Threshold column").fill("C");
		await page.getByLabel("Direction", { exact: true }).selectOption("column");
		// Enter submits the form, from the field just shown.
		await page.getByLabel("Direction column").fill("F");
		await page.getByLabel("Direction column").press("Enter");
		await expect
			.poll(() => page.locator("#alerts-errors li").allTextContents())
			.toEqual([
				"Actual column: “1” is not a column letter (A, B… AA).",
				"Each column must be a different one.",
			]);
		expect(await callsNamed(page, "applyKpiAlerts")).toHaveLength(1);
		expect(await overflow(page)).toBeLessThanOrEqual(0);

		await page.getByLabel("Actual column").fill("b");
		await page.getByLabel("Threshold column").fill("e");
		await page
			.getByRole("button", { name: "Apply or refresh KPI alerts" })
			.click();
		await expect
			.poll(() => callsNamed(page, "applyKpiAlerts"))
			.toEqual([
				{ target: "kpis", language: "en" },
				{
					target: "selection",
					columns: {
						actual: "B",
						target: "C",
						threshold: "E",
						direction: { column: "F" },
					},
					language: "en",
				},
			]);
		await expect
			.poll(() => page.locator("#alerts-errors").textContent())
			.toBe("");

		await page.evaluate(() => {
			(
				window as unknown as { __standIn: { config: StandInConfig } }
			).__standIn.config.fail.applyKpiAlerts =
				"No table around the selected cell: select a cell inside the table.";
		});
		await page.getByLabel("Direction", { exact: true }).selectOption("lower");
		await page
			.getByRole("button", { name: "Apply or refresh KPI alerts" })
			.click();
		await expect
			.poll(() => page.locator("#alerts-errors").textContent())
			.toBe(
				"The alerts could not be applied: No table around the selected cell: select a cell inside the table.",
			);
		const [, , last] = await callsNamed(page, "applyKpiAlerts");
		expect(last).toEqual({
			target: "selection",
			columns: { actual: "B", target: "C", threshold: "E", direction: "lower" },
			language: "en",
		});
	});

	it("checks the plan: lists each finding with its tab and cell, selects a finding's cell, says when the plan is complete", async () => {
		const { page } = await open();
		await page.getByRole("button", { name: "Vérifier le plan" }).click();
		await expect
			.poll(() => page.locator("#check-result li").allTextContents())
			.toEqual([
				"Actions!C5 action sans responsable",
				`${XSS_SHEET}!G9 affaire ouverte dont la signature prévue est passée`,
			]);
		await expect
			.poll(() => page.locator("#check-result p").textContent())
			.toBe("2 points à revoir. Cliquez sur un point pour aller à sa cellule.");
		const [request] = await callsNamed(page, "checkPlan");
		expect(parseCheckRequest(request)).toEqual({
			today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
			language: "fr",
		});
		expect(await overflow(page)).toBeLessThanOrEqual(0);

		await page.getByRole("button", { name: /^Actions!C5/ }).click();
		await expect
			.poll(() => callsNamed(page, "selectCell"))
			.toEqual([{ tab: "Actions", cell: "C5", language: "fr" }]);
		expect(parseSelectCell((await callsNamed(page, "selectCell"))[0])).toEqual({
			tab: "Actions",
			cell: "C5",
			language: "fr",
		});

		await page.evaluate(() => {
			(
				window as unknown as { __standIn: { config: StandInConfig } }
			).__standIn.config.check = { language: "fr", findings: [] };
		});
		await page.getByRole("button", { name: "Vérifier le plan" }).click();
		await expect
			.poll(() => page.locator("#check-result").textContent())
			.toBe("Le plan est complet : toutes les règles sont respectées.");
	});

	it("checks the plan in English and shows why a check failed", async () => {
		const { page } = await open((config) => {
			config.context = { ...config.context, language: "en" };
			config.fail.checkPlan =
				"This spreadsheet holds no plan made by the add-in: generate one first.";
		});
		await page.getByRole("button", { name: "Check the plan" }).click();
		await expect
			.poll(() => page.locator("#check-errors").textContent())
			.toBe(
				"The check failed: This spreadsheet holds no plan made by the add-in: generate one first.",
			);
	});

	it("asks the server to answer in the sidebar's language, in requests the server accepts, and shows its answer as it is", async () => {
		const refusal =
			"Cet onglet n'existe plus : il a peut-être été supprimé, ou le plan a été créé à nouveau.";
		const { page } = await open((config) => {
			config.fail.openTab = refusal;
		});
		await page
			.getByRole("button", { name: "Appliquer ou actualiser les alertes" })
			.click();
		await page.locator("#alerts-result").waitFor();
		await page.getByRole("button", { name: "Créer le plan" }).click();
		await page
			.getByRole("button", { name: names.fr.actions, exact: true })
			.click();
		await expect
			.poll(() => page.locator("#open-errors").textContent())
			.toBe(`Impossible d'ouvrir l'onglet : ${refusal}`);

		const [alerts] = await callsNamed(page, "applyKpiAlerts");
		expect(parseAlertsRequest(alerts)).toEqual({
			target: "kpis",
			language: "fr",
		});
		const [tab] = await callsNamed(page, "openTab");
		// The stand-in numbers the tabs from 1000, in the plan's order.
		expect(parseOpenTab(tab)).toEqual({
			sheetId: 1000 + tabsOf("annual").indexOf("actions"),
			language: "fr",
		});
	});

	it("works with the keyboard: every control is labelled, Tab reaches Create, Enter creates", async () => {
		const { page } = await open();
		const unlabelled = await page.evaluate(() =>
			[...document.querySelectorAll("input, select, button")]
				.filter((element) => {
					const labelled =
						element.getAttribute("aria-label") ||
						(element as HTMLInputElement).labels?.length;
					return !(
						labelled ||
						(element.tagName === "BUTTON" && element.textContent?.trim())
					);
				})
				.map((element) => element.outerHTML),
		);
		expect(unlabelled).toEqual([]);

		// Enter in a field submits the plan form: it previews, which writes nothing.
		await page.getByLabel("Nom de l'étape 1").press("Enter");
		await page.locator("section.preview").waitFor();
		expect(await callsNamed(page, "generatePlan")).toEqual([]);

		await page.evaluate(() =>
			(document.activeElement as HTMLElement | null)?.blur(),
		);
		let presses = 0;
		while (
			(await page.evaluate(() => document.activeElement?.id)) !== "generate"
		) {
			await page.keyboard.press("Tab");
			presses += 1;
			expect(presses).toBeLessThan(80);
		}
		// The focus is visible.
		expect(
			await page
				.locator("#generate")
				.evaluate((button) => getComputedStyle(button).outlineStyle),
		).not.toBe("none");
		await page.keyboard.press("Enter");
		await page.getByRole("heading", { name: "Plan créé" }).waitFor();
		checkRequest(
			(await callsNamed(page, "generatePlan"))[0],
			previewNames("fr"),
		);
	});

	it("fits 300 px without horizontal scrolling; screenshot in test-output/sidebar.png", async () => {
		const { page } = await open();
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: output("sidebar.png") });
		await page.getByRole("button", { name: "Ajouter une étape" }).click();
		await page
			.getByLabel("Nom de l'étape 6")
			.fill("Signature d'un contrat cadre pluriannuel avec le groupe");
		await page.getByLabel("Probabilité de l'étape 6, en %").fill("90");
		await page
			.getByLabel("Conversion de l'étape 6 vers la suivante, en %")
			.fill("100");
		await page.getByRole("radio", { name: "Le tableau sélectionné" }).check();
		await page.getByLabel("Sens", { exact: true }).selectOption("column");
		await page.getByLabel("Devise", { exact: true }).selectOption("other");
		await page.getByLabel("Code de la devise (3 lettres)").fill("NOK");
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await page.getByRole("button", { name: "Créer le plan" }).click();
		await page.getByRole("heading", { name: "Plan créé" }).waitFor();
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: output("sidebar-full.png"), fullPage: true });
	});

	it.each([
		{
			call: "previewPlan",
			button: "Aperçu",
			box: "#plan-errors",
			answer: {},
			action: "L'aperçu a échoué",
		},
		{
			call: "generatePlan",
			button: "Créer le plan",
			box: "#plan-errors",
			answer: null,
			action: "La création du plan a échoué",
		},
		{
			call: "generatePlan",
			button: "Créer le plan",
			box: "#plan-errors",
			answer: { tabs: [{ key: "kpis" }] },
			action: "La création du plan a échoué",
		},
		{
			call: "applyKpiAlerts",
			button: "Appliquer ou actualiser les alertes",
			box: "#alerts-errors",
			answer: "ok",
			action: "Les alertes n'ont pas pu être appliquées",
		},
		{
			call: "checkPlan",
			button: "Vérifier le plan",
			box: "#check-errors",
			answer: { findings: "none" },
			action: "La vérification a échoué",
		},
	] as const)(
		"says in plain words when $call answers $answer, something it cannot read",
		async ({ call, button, box, answer, action }) => {
			const { page } = await open((config) => {
				config.answer[call] = answer;
			});
			await page.getByRole("button", { name: button, exact: true }).click();
			await expect
				.poll(() => page.locator(box).textContent())
				.toBe(
					`${action} : le module a répondu d'une façon que ce panneau ne sait pas lire. Fermez et rouvrez le panneau : le module a peut-être été mis à jour depuis son ouverture.`,
				);
			expect(await page.locator("body").innerText()).not.toMatch(
				/undefined|Cannot read|TypeError|null/,
			);
		},
	);

	it("says in plain words, in English too, when the spreadsheet's context comes back unreadable", async () => {
		const page = await browser.newPage({
			viewport: { width: 300, height: 900 },
		});
		page.setDefaultTimeout(5_000);
		await serve(page);
		const config = defaultConfig();
		config.answer.getSidebarContext = { language: "de" };
		await page.addInitScript(installStandIn, config);
		await page.goto(PAGE_URL);
		await expect
			.poll(() => page.getByRole("alert").textContent())
			.toMatch(
				/the add-in answered in a way this sidebar cannot read\.|le module a répondu d'une façon que ce panneau ne sait pas lire\./,
			);
		await page.close();
	});
});
