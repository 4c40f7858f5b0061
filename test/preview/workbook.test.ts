// The preview's in-memory workbook, driven as the sidebar and a person would: every plan, then edits.

import { describe, expect, it } from "vitest";
import type { PlanPreview } from "../../src/api";
import { buildPlan } from "../../src/plan/build-plan";
import { planKinds } from "../../src/plan/catalogue";
import { defaultChoices, defaultStages } from "../../src/plan/defaults";
import { pipelineColumns } from "../../src/plan/tabs/pipeline";
import { pipelineLayout } from "../../src/plan/tabs/pipeline-layout";
import { settingsAreas } from "../../src/plan/tabs/settings";
import type { Language, PlanKind } from "../../src/plan/types";
import { localeFollowing, PreviewWorkbook } from "../../src/preview/workbook";
import type { WorkbookView } from "../../src/preview/workbook-view";

const LOCALES: Record<Language, string> = { fr: "fr_FR", en: "en_US" };

/** A fresh workbook holding the plan the sidebar would create with its defaults and examples. */
function generated(
	kind: PlanKind,
	language: Language,
	locale = LOCALES[language],
): PreviewWorkbook {
	const workbook = new PreviewWorkbook(locale);
	const request = { kind, language, replace: [] };
	const { names } = workbook.call({
		name: "previewPlan",
		args: [request],
	}) as PlanPreview;
	const plan = buildPlan(defaultChoices(kind, language, "2027-01-01"), names);
	workbook.call({ name: "generatePlan", args: [{ plan, replace: [] }] });
	return workbook;
}

const errorCells = (view: WorkbookView): string[] =>
	view.tabs.flatMap((tab) =>
		tab.rows.flatMap((row, r) =>
			row.flatMap((cell, c) =>
				cell.error || cell.text.startsWith("#")
					? [`${tab.name} R${r + 1}C${c + 1}: ${cell.text}`]
					: [],
			),
		),
	);

const cases = planKinds.flatMap(({ kind, tabs }) =>
	(["fr", "en"] as const).map((language) => ({
		kind,
		language,
		tabs: tabs.length,
	})),
);

describe("the preview workbook", () => {
	it.each(cases)(
		"shows the $kind plan in $language: its $tabs tabs, computed, with no error cell",
		({ kind, language, tabs }) => {
			const view = generated(kind, language).read();
			expect(view.tabs).toHaveLength(tabs + 1);
			expect(errorCells(view)).toEqual([]);
		},
	);

	it.each(["fr", "en"] as const)(
		"updates a deal's probability and the weighted forecast when its stage changes (%s)",
		(language) => {
			const workbook = generated("annual", language);
			const pipeline = () =>
				workbook.read().tabs.find((tab) => tab.name === "Pipeline");
			const { forecast, firstRow } = pipelineLayout;
			const forecastText = () =>
				pipeline()?.rows[forecast.row]?.[forecast.column]?.text;
			const probabilityText = () =>
				pipeline()?.rows[firstRow]?.[pipelineColumns.probability]?.text;
			const before = {
				forecast: forecastText(),
				probability: probabilityText(),
			};
			const won = defaultStages(language).find(
				(stage) => stage.probability === 1,
			)?.name;

			workbook.edit({
				sheet: pipeline()?.id,
				row: firstRow + 1,
				column: pipelineColumns.stage + 1,
				value: won,
			});

			expect(probabilityText()).not.toBe(before.probability);
			expect(probabilityText()).toMatch(/^100\s?%$/);
			expect(forecastText()).not.toBe(before.forecast);
		},
	);
});

describe("the Settings stage names in the preview", () => {
	const names = settingsAreas.stageNames;
	/** The workbook, the Settings tab, and a way to type a stage name on a row of the stage table (0 is the first). */
	function settings() {
		const workbook = generated("annual", "en");
		const tab = () =>
			workbook.read().tabs.find((entry) => entry.name === "Settings");
		const id = tab()?.id;
		const stage = (row: number) =>
			tab()?.rows[names.row + row]?.[names.column]?.text;
		const type = (row: number, value: string) =>
			workbook.edit({
				sheet: id,
				row: names.row + row + 1,
				column: names.column + 1,
				value,
			});
		return { stage, type };
	}
	const stages = defaultStages("en").map((stage) => stage.name);
	const [first, second] = stages as [string, string];

	it.each([
		{ typed: "Won", why: "typed again as it is" },
		{ typed: first.toUpperCase(), why: "in capitals" },
		{ typed: ` ${first.toLowerCase()} `, why: "in another case with spaces" },
	])(
		"refuses $typed over another stage, $why, and keeps the cell as it was",
		({ typed }) => {
			const { stage, type } = settings();
			expect(() => type(1, typed)).toThrow(
				"This name is already in the list (case and spaces aside).",
			);
			expect(stage(1)).toBe(second);
		},
	);

	it("takes a new stage name, the same name on its own row, and a cleared cell", () => {
		const { stage, type } = settings();
		type(1, "Pilot");
		expect(stage(1)).toBe("Pilot");
		type(0, ` ${first} `);
		expect(stage(0)).toBe(` ${first} `);
		type(stages.length, "");
		type(1, "");
		expect(stage(1)).toBe("");
	});
});

describe("the preview workbook's locale", () => {
	const texts = (view: WorkbookView, tab: string): string[] =>
		view.tabs
			.find((t) => t.name === tab)
			?.rows.flatMap((row) => row.map((cell) => cell.text)) ?? [];

	it.each([
		{ language: "en", from: "fr_FR", locale: "en_US", target: "€480,000" },
		{
			language: "fr",
			from: "en_US",
			locale: "fr_FR",
			target: "480\u202f000 €",
		},
		{ language: "en", from: "en_GB", locale: "en_GB", target: "€480,000" },
		{
			language: "fr",
			from: "de_DE",
			locale: "fr_FR",
			target: "480\u202f000 €",
		},
	] as const)(
		"follows a $language plan created in a $from spreadsheet: $locale, the target shown as $target",
		({ language, from, locale, target }) => {
			const view = generated("annual", language, from).read();
			expect(view.locale).toBe(locale);
			const settings = language === "fr" ? "Paramètres" : "Settings";
			expect(texts(view, settings)).toContain(target);
		},
	);

	it.each([
		["en", "fr_CA", "en_US"],
		["fr", "fr_CA", "fr_CA"],
		["en", "es_ES", "en_US"],
		["fr", "en-GB", "fr_FR"],
	] as const)("for a %s plan, turns %s into %s", (language, from, locale) => {
		expect(localeFollowing(language, from)).toBe(locale);
	});
});
