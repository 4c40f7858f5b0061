// The writer's charts against the fake: made once with EmbeddedChartBuilder, rebuilt in place on a second run,
// the person's own chart left as it was.

import { beforeEach, describe, expect, it } from "vitest";
import { a1Notation } from "../../src/plan/a1";
import { buildPlan } from "../../src/plan/build-plan";
import { chartText } from "../../src/plan/charts/text";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type { Chart, Plan, TabKey } from "../../src/plan/types";
import type { FakeEmbeddedChart } from "../../src/preview/fakes/charts";
import { type Fakes, install } from "../../src/preview/fakes/services";
import type { FakeSheet } from "../../src/preview/fakes/sheet";
import { applyPlan, placeTabs, readTabIds } from "../../src/sheets";
import { axisFormat } from "../../src/sheets/charts";

type GRange = GoogleAppsScript.Spreadsheet.Range;

const choices = defaultChoices("annual", "en", "2027-01-01");
const keys = buildPlan(choices, defaultTabNames("en")).tabs.map((t) => t.key);

/** What the server does for generatePlan: place the tabs (replacing `replace`), then apply. */
function generate(fakes: Fakes, replace: readonly TabKey[] = []): Plan {
	const placements = placeTabs(
		fakes.document,
		keys,
		defaultTabNames("en"),
		replace,
		readTabIds(fakes.documentProperties),
	);
	const plan = buildPlan(choices, placements.names);
	applyPlan(fakes.document, plan, {
		placements,
		properties: fakes.documentProperties,
	});
	return plan;
}

const sheetOf = (fakes: Fakes, name: string): FakeSheet => {
	const sheet = fakes.spreadsheet.sheets.find((s) => s.name === name);
	if (!sheet) throw new Error(`no sheet ${name}`);
	return sheet;
};

const chartsWithTabs = (plan: Plan) =>
	plan.tabs.flatMap((tab) =>
		(tab.charts ?? []).map((chart) => ({ tab, chart })),
	);

const a1Of = (chart: FakeEmbeddedChart) =>
	chart.spec.ranges.map((range) => range.a1);

const optionsOf = (chart: FakeEmbeddedChart) =>
	Object.fromEntries(chart.spec.options);

const TYPES: Record<Chart["kind"], string> = {
	bar: "BAR",
	column: "COLUMN",
	line: "LINE",
	combo: "COMBO",
};

let fakes: Fakes;
beforeEach(() => {
	fakes = install();
});

describe("the plan's charts in Sheets", () => {
	it("puts each chart on its tab: its kind, its own cells, header row as names, where the plan anchors it", () => {
		const plan = generate(fakes);
		const expected = chartsWithTabs(plan);
		expect(expected.length).toBeGreaterThanOrEqual(4);
		for (const { tab, chart } of expected) {
			const charts = sheetOf(fakes, tab.name).charts;
			expect(charts, tab.key).toHaveLength(tab.charts?.length ?? 0);
			const made = charts[
				tab.charts?.indexOf(chart) ?? -1
			] as FakeEmbeddedChart;
			expect(made.spec.type).toBe(TYPES[chart.kind]);
			expect(made.spec.numHeaders).toBe(1);
			expect(
				made.spec.ranges.every((range) => range.sheet.name === tab.name),
			).toBe(true);
			expect(a1Of(made)).toEqual(
				[chart.categories, ...chart.series.map((s) => s.values)].map(
					a1Notation,
				),
			);
			expect(made.spec.position).toEqual({
				row: chart.position.row + 1,
				column: chart.position.column + 1,
				offsetX: 0,
				offsetY: 0,
			});
			const options = optionsOf(made);
			expect(options.title).toBe(chart.title);
			expect(options.width).toBe(chart.position.width);
			const value = chart.kind === "bar" ? "hAxis" : "vAxis";
			expect(options[`${value}.title`]).toBe(chart.axes.value);
			expect(options[`${value}.format`]).toBe(axisFormat(chart.numberFormat));
		}
		const combo = expected.find(({ chart }) => chart.kind === "combo");
		const made = sheetOf(fakes, combo?.tab.name as string)
			.charts[0] as FakeEmbeddedChart;
		expect(optionsOf(made).series).toMatchObject({
			0: { type: "bars" },
			1: { type: "line" },
		});
	});

	it("keeps its charts, once each, when the plan is generated again", () => {
		const plan = generate(fakes);
		const before = chartsWithTabs(plan).map(({ tab }) =>
			sheetOf(fakes, tab.name).charts.map((c) => c.id),
		);
		generate(fakes);
		const after = chartsWithTabs(plan).map(({ tab }) =>
			sheetOf(fakes, tab.name).charts.map((c) => c.id),
		);
		expect(after).toEqual(before);
	});

	it("rebuilds its charts in place when the tabs are replaced: same charts, none added, no read after a write", () => {
		const plan = generate(fakes);
		const before = chartsWithTabs(plan).map(({ tab }) =>
			sheetOf(fakes, tab.name).charts.map((c) => c.id),
		);
		fakes.calls.reset();
		generate(fakes, keys);
		expect(fakes.calls.readsAfterWrites).toBe(0);
		expect(fakes.calls.byMethod.get("Sheet.updateChart")).toBe(
			chartsWithTabs(plan).length,
		);
		expect(fakes.calls.byMethod.get("Sheet.insertChart")).toBeUndefined();
		const after = chartsWithTabs(plan).map(({ tab }) =>
			sheetOf(fakes, tab.name).charts.map((c) => c.id),
		);
		expect(after).toEqual(before);
	});

	it.each([
		["Overview", ["overview"] as TabKey[]],
		["Funnel and Pipeline", ["funnel", "pipeline"] as TabKey[]],
	])(
		"recognises its charts the person moved when the %s tabs are replaced: rebuilt where they are, none added, none removed",
		(_, replace) => {
			const plan = generate(fakes);
			const moved = chartsWithTabs(plan).filter(({ tab }) =>
				replace.includes(tab.key),
			);
			const sheets = moved.map(({ tab }) => sheetOf(fakes, tab.name));
			const before = sheets.map((sheet) =>
				sheet.charts.map((chart) => chart.id),
			);
			for (const sheet of new Set(sheets)) {
				const [chart] = sheet.charts;
				if (!chart) throw new Error(`no chart on ${sheet.name}`);
				sheet.updateChart(
					chart.modify().setPosition(60, 2, 7, 9).build() as never,
				);
			}
			generate(fakes, replace);
			sheets.forEach((sheet, i) => {
				expect(sheet.charts.map((chart) => chart.id)).toEqual(before[i]);
				expect(sheet.charts[0]?.spec.position).toEqual({
					row: 60,
					column: 2,
					offsetX: 7,
					offsetY: 9,
				});
			});
		},
	);

	it("recognises an Overview chart of an earlier version, titled without the forecast, that the person moved: rebuilt where it is, under today's title", () => {
		const plan = generate(fakes);
		const overview = chartsWithTabs(plan).find(
			({ tab }) => tab.key === "overview",
		);
		const sheet = sheetOf(fakes, overview?.tab.name as string);
		const [chart] = sheet.charts;
		if (!chart) throw new Error("no chart on the Overview");
		sheet.updateChart(
			chart
				.modify()
				.setOption("title", chartText.overview.title.en)
				.setPosition(60, 2, 7, 9)
				.build() as never,
		);
		generate(fakes, ["overview"]);
		expect(sheet.charts.map((c) => c.id)).toEqual([chart.id]);
		expect(sheet.charts[0]?.spec.position).toMatchObject({
			row: 60,
			column: 2,
		});
		expect(optionsOf(sheet.charts[0] as FakeEmbeddedChart).title).toBe(
			chartText.overviewWithForecast.title.en,
		);
	});

	it("leaves the person's own chart on a plan tab as it was, even one titled like ours elsewhere", () => {
		const plan = generate(fakes);
		const funnel = chartsWithTabs(plan).find(({ tab }) => tab.key === "funnel");
		const sheet = sheetOf(fakes, funnel?.tab.name as string);
		const theirs = sheet
			.newChart()
			.asLineChart()
			.addRange(sheet.getRange("A5:B9") as GRange)
			.setPosition(30, 2, 5, 5)
			.setOption("title", "Our weekly meetings")
			.build();
		sheet.insertChart(theirs);
		// A copy of our chart, moved by the person: theirs now.
		const copy = sheet
			.newChart()
			.asBarChart()
			.addRange(sheet.getRange("A4:B9") as GRange)
			.setPosition(40, 8, 0, 0)
			.setOption("title", funnel?.chart.title)
			.build();
		sheet.insertChart(copy);
		const snapshot = sheet.charts.slice(1).map((c) => ({
			id: c.id,
			ranges: a1Of(c),
			options: optionsOf(c),
			position: c.spec.position,
		}));

		generate(fakes, ["funnel"]);
		expect(sheet.charts).toHaveLength(3);
		expect(
			sheet.charts.slice(1).map((c) => ({
				id: c.id,
				ranges: a1Of(c),
				options: optionsOf(c),
				position: c.spec.position,
			})),
		).toEqual(snapshot);
	});
});

describe("a failure midway", () => {
	/** The document calls of a whole run that fills an empty "Funnel" tab, counted on a twin spreadsheet. */
	function callsOfFillingRun(): number {
		const original = fakes;
		const twin = install();
		twin.spreadsheet.insertSheet("Funnel");
		twin.calls.reset();
		generate(twin);
		const count = twin.calls.byKind.document;
		Object.assign(globalThis, { SpreadsheetApp: original.app });
		return count;
	}

	it("takes its charts off the empty tab it was filling, and leaves the person's chart there", () => {
		const last = callsOfFillingRun();
		const funnel = fakes.spreadsheet.insertSheet(
			"Funnel",
		) as unknown as FakeSheet;
		const theirs = funnel
			.newChart()
			.asColumnChart()
			.addRange(funnel.getRange("A1:B3") as GRange)
			.setPosition(2, 2, 0, 0)
			.setOption("title", "Mine")
			.build();
		funnel.insertChart(theirs);
		fakes.calls.reset();
		fakes.calls.failAt(last);
		expect(() => generate(fakes)).toThrow(/could not be created/);
		expect(funnel.charts.map((chart) => optionsOf(chart).title)).toEqual([
			"Mine",
		]);
	});
});

describe("the fake's charts refuse what Sheets refuses", () => {
	const sheet = () => sheetOf(fakes, "Sheet1");

	it("an anchor outside the sheet", () => {
		expect(() => sheet().newChart().setPosition(0, 1, 0, 0)).toThrow(/outside/);
		expect(() => sheet().newChart().setPosition(1, 27, 0, 0)).toThrow(
			/outside/,
		);
		expect(() => sheet().newChart().setPosition(1001, 1, 0, 0)).toThrow(
			/outside/,
		);
	});

	it("a chart built for another sheet, one inserted twice, one with no data, an update of a chart not there", () => {
		const other = fakes.spreadsheet.insertSheet(
			"Other",
		) as unknown as FakeSheet;
		const range = sheet().getRange("A1:B3") as GRange;
		const built = sheet().newChart().addRange(range).build();
		expect(() => other.insertChart(built)).toThrow(/another sheet/);
		sheet().insertChart(built);
		expect(() => sheet().insertChart(built)).toThrow(/already/);
		expect(() => sheet().insertChart(sheet().newChart().build())).toThrow(
			/no data/,
		);
		expect(() =>
			other.updateChart(sheet().charts[0]?.modify().build() as never),
		).toThrow(/not on this sheet/);
		expect(() => other.removeChart(built)).toThrow(/not on this sheet/);
	});
});
