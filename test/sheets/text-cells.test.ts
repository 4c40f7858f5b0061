// Labels that look like values: "1", "50%", "TRUE" or a date as a stage, role or priority stay labels in Sheets.

import { beforeAll, describe, expect, it } from "vitest";
import type { PlanPreview } from "../../src/api";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices, defaultStages } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { pipelineLayout } from "../../src/plan/tabs/pipeline-layout";
import { sheetNamed } from "../../src/preview/fakes/person";
import { typedText } from "../../src/preview/fakes/typed-text";
import { PreviewWorkbook } from "../../src/preview/workbook";
import { looksLikeValue } from "../../src/sheets/text-cells";

const SAMPLES = [
	"1",
	"50%",
	"TRUE",
	"false",
	"2027-01-31",
	"1,5",
	"1 000",
	"-3.25",
	"1e3",
	"'1",
	"Lead",
	"AE",
	"Q1 review",
	"Won (100%)",
];

describe("which text Sheets would change", () => {
	it.each(["en_US", "fr_FR", "de_DE"])(
		"the writer marks as text every string the fake converts in %s",
		(locale) => {
			const converted = SAMPLES.filter(
				(text) => typeof typedText(text, "General", locale).value !== "string",
			);
			expect(converted.length).toBeGreaterThan(5);
			expect(converted.filter((text) => !looksLikeValue(text))).toEqual([]);
		},
	);

	it.each(["Lead", "AE", "Q1 review", "Won (100%)", "=A1"])(
		"leaves %s alone",
		(text) => {
			expect(looksLikeValue(text)).toBe(false);
		},
	);
});

/** The annual plan the sidebar would create, with the stages renamed. */
function generated(names: readonly string[]): PreviewWorkbook {
	const workbook = new PreviewWorkbook("en_US");
	const request = { kind: "annual", language: "en", replace: [] };
	const preview = workbook.call({
		name: "previewPlan",
		args: [request],
	}) as PlanPreview;
	const choices = defaultChoices("annual", "en", "2027-01-01");
	const stages = defaultStages("en").map((stage, i) => ({
		...stage,
		name: names[i] ?? stage.name,
	}));
	const plan = buildPlan({ ...choices, stages }, preview.names);
	workbook.call({ name: "generatePlan", args: [{ plan, replace: [] }] });
	return workbook;
}

const forecastOf = (workbook: PreviewWorkbook): string | undefined =>
	workbook.read().tabs.find((tab) => tab.name === "Pipeline")?.rows[
		pipelineLayout.forecast.row
	]?.[pipelineLayout.forecast.column]?.text;

describe("stages named like values", () => {
	const odd = ["1", "50%", "TRUE", "2027-01-31", "0", "FALSE"];
	// Each plan is computed by HyperFormula, a few seconds on a busy machine: built once for the tests below.
	let renamed: PreviewWorkbook;
	let plain: PreviewWorkbook;
	beforeAll(() => {
		renamed = generated(odd);
		plain = generated([]);
	}, 60_000);

	it("stay text in the Settings table and in the deals' stage cells", () => {
		const settings = sheetNamed(renamed.fakes.spreadsheet, "Settings");
		const texts = [...settings.cells.values()].map((cell) => cell.value);
		for (const name of odd.slice(0, defaultStages("en").length))
			expect(texts).toContain(name);
	});

	it("give the same weighted forecast as ordinary names: WEIGHTED_FORECAST reads them as stages", () => {
		const expected = forecastOf(plain);
		expect(expected).toMatch(/\d/);
		expect(forecastOf(renamed)).toBe(expected);
	}, 60_000);
});

describe("action priorities", () => {
	it('are the text "1", "2", "3" their dropdown lists, in plain-text cells', () => {
		const workbook = new PreviewWorkbook("en_US");
		workbook.call({
			name: "generatePlan",
			args: [
				{
					plan: buildPlan(
						defaultChoices("annual", "en", "2027-01-01"),
						defaultTabNames("en"),
					),
					replace: [],
				},
			],
		});
		const actions = sheetNamed(workbook.fakes.spreadsheet, "Actions");
		const listed = [...actions.cells.values()].filter(
			(cell) =>
				cell.validation?.criteria === "VALUE_IN_LIST" &&
				(cell.validation.args[0] as string[]).includes("1"),
		);
		expect(listed.length).toBeGreaterThan(0);
		for (const cell of listed) expect(cell.format).toBe("@");
		const priorities = listed.map((cell) => cell.value).filter((v) => v !== "");
		expect(priorities.length).toBeGreaterThan(0);
		for (const value of priorities) expect(typeof value).toBe("string");
	});
});
