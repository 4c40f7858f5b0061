import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build-plan";
import { coveredArea, SHEET_COLUMNS } from "../../src/plan/charts/position";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type {
	Area,
	Chart,
	Language,
	Plan,
	PlanKind,
	Tab,
	TabKey,
} from "../../src/plan/types";
import { evaluate } from "./hyperformula";

const kinds: PlanKind[] = ["annual", "quarterly", "30-60-90", "90-day"];
const languages: Language[] = ["fr", "en"];

const build = (kind: PlanKind, language: Language, examples = true): Plan =>
	buildPlan(
		{ ...defaultChoices(kind, language, "2027-01-01"), examples },
		defaultTabNames(language),
	);

/** The charts each tab brings, when the plan has that tab (Overview's needs Objectives too). */
const expected: Readonly<Partial<Record<TabKey, string>>> = {
	overview: "overview-target-won",
	funnel: "funnel-needed-actual",
	pipeline: "pipeline-weighted-by-stage,pipeline-forecast-by-month",
	kpis: "kpis-share-of-target",
	capacity: "capacity-vs-target,capacity-reps",
};

const chartsOf = (plan: Plan) =>
	plan.tabs.flatMap((tab) =>
		(tab.charts ?? []).map((chart) => ({ tab, chart })),
	);

const inside = (area: Area, tab: Tab): boolean =>
	area.row >= 0 &&
	area.column >= 0 &&
	area.row + area.rows <= tab.cells.length &&
	area.column + area.columns <= (tab.cells[0]?.length ?? 0);

const columnsOf = (chart: Chart): Area[] => [
	chart.categories,
	...chart.series.map((series) => series.values),
];

const cases = kinds.flatMap((kind) =>
	languages.map((language) => ({ kind, language })),
);

describe.each(cases)(
	"the charts of a $kind plan in $language",
	({ kind, language }) => {
		const plan = build(kind, language);
		const charts = chartsOf(plan);
		const keys = new Set(plan.tabs.map((tab) => tab.key));

		it("has one chart on each tab that shows a trend or a gap", () => {
			const wanted = plan.tabs.flatMap((tab) => {
				const key = expected[tab.key];
				if (!key) return [];
				if (tab.key === "overview" && !keys.has("objectives")) return [];
				return key.split(",").map((one) => `${tab.key}:${one}`);
			});
			expect(wanted.length).toBeGreaterThan(0);
			expect(charts.map(({ tab, chart }) => `${tab.key}:${chart.key}`)).toEqual(
				wanted,
			);
		});

		it("reads one column per series over the same rows, header first, inside its own tab", () => {
			for (const { tab, chart } of charts) {
				for (const column of columnsOf(chart)) {
					expect(
						inside(column, tab),
						`${chart.key} ${JSON.stringify(column)}`,
					).toBe(true);
					expect(column.columns).toBe(1);
					expect(column.row).toBe(chart.categories.row);
					expect(column.rows).toBe(chart.categories.rows);
					expect(column.rows).toBeGreaterThanOrEqual(2);
					const header = tab.cells[column.row]?.[column.column];
					expect(typeof header, `${chart.key} header`).toBe("string");
					expect(header).not.toBe("");
				}
				if (chart.kind === "combo") {
					expect(chart.series.some((series) => series.line)).toBe(true);
					expect(chart.series.some((series) => !series.line)).toBe(true);
				}
			}
		});

		it("sits outside the tab's cells, so it hides no input, within the sheet's 26 columns", () => {
			for (const { tab, chart } of charts) {
				const covered = coveredArea(chart.position, tab.columnWidths);
				const hidden = tab.cells
					.slice(covered.row, covered.row + covered.rows)
					.flatMap((line) =>
						line
							.slice(covered.column, covered.column + covered.columns)
							.filter((value) => value !== null),
					);
				expect(hidden, chart.key).toEqual([]);
				// Under the frozen rows: the chart scrolls with the cells it reads.
				expect(chart.position.row, chart.key).toBeGreaterThanOrEqual(
					tab.frozenRows,
				);
				expect(covered.column + covered.columns).toBeLessThanOrEqual(
					SHEET_COLUMNS,
				);
			}
		});

		it("uses the number format of the cells it draws", () => {
			for (const { tab, chart } of charts) {
				const first = chart.series[0]?.values as Area;
				const format = tab.formats.find(
					(f) =>
						f.area.column === first.column &&
						f.area.row <= first.row + 1 &&
						f.area.row + f.area.rows > first.row + 1,
				);
				expect(format?.pattern, chart.key).toBe(chart.numberFormat);
			}
		});

		it("draws computed values: a label for the first category and a number in the first series", () => {
			const { values } = evaluate(plan);
			for (const { tab, chart } of charts) {
				const grid = values[tab.key] as unknown[][];
				const cellOf = (area: Area, i: number) =>
					grid[area.row + 1 + i]?.[area.column];
				expect(cellOf(chart.categories, 0), chart.key).not.toBe("");
				expect(cellOf(chart.categories, 0), chart.key).not.toBeNull();
				const first = chart.series[0]?.values as Area;
				const numbers = Array.from({ length: first.rows - 1 }, (_, i) =>
					cellOf(first, i),
				).filter((value) => typeof value === "number");
				expect(numbers.length, chart.key).toBeGreaterThan(0);
			}
		});

		it("still has its charts, on formulas, without example rows", () => {
			const blank = chartsOf(build(kind, language, false));
			expect(blank.map(({ chart }) => chart.key)).toEqual(
				charts.map(({ chart }) => chart.key),
			);
		});
	},
);

describe("chart words", () => {
	it("gives French and English plans their own titles and axis titles", () => {
		const [fr, en] = languages.map((language) =>
			chartsOf(build("annual", language)).map(({ chart }) => chart),
		) as [Chart[], Chart[]];
		expect(fr.length).toBe(en.length);
		fr.forEach((chart, i) => {
			const other = en[i] as Chart;
			expect(chart.key).toBe(other.key);
			expect(chart.title).not.toBe(other.title);
			for (const text of [chart.title, chart.axes.category, chart.axes.value])
				expect(text.trim()).not.toBe("");
		});
	});
});

describe("the Overview chart's title", () => {
	it.each([
		{ kind: "annual", language: "en", forecast: true },
		{ kind: "annual", language: "fr", forecast: true },
		{ kind: "quarterly", language: "en", forecast: false },
		{ kind: "30-60-90", language: "fr", forecast: false },
	] as const)(
		"names the forecast line exactly when the $kind plan in $language draws one ($forecast)",
		({ kind, language, forecast }) => {
			const overview = build(kind, language).tabs.find(
				(tab) => tab.key === "overview",
			);
			const chart = overview?.charts?.find(
				(c) => c.key === "overview-target-won",
			);
			expect(chart?.series).toHaveLength(forecast ? 3 : 2);
			expect(/forecast|prévision/i.test(chart?.title ?? "")).toBe(forecast);
		},
	);
});
