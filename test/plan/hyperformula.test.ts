import { describe, expect, it } from "vitest";
import { functions } from "../../src/functions";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { capacityColumns, capacityLayout } from "../../src/plan/tabs/capacity";
import { funnelLayout } from "../../src/plan/tabs/funnel";
import { kpisLayout } from "../../src/plan/tabs/kpis";
import { pipelineColumns } from "../../src/plan/tabs/pipeline";
import { pipelineLayout } from "../../src/plan/tabs/pipeline-layout";
import { settingRows, settingsAreas } from "../../src/plan/tabs/settings";
import type { Language, PlanKind, Tab } from "../../src/plan/types";
import { errorsIn, evaluate } from "./hyperformula";

const kinds: PlanKind[] = ["annual", "quarterly", "30-60-90", "90-day"];
const cases = kinds.flatMap((kind) =>
	(["fr", "en"] as Language[]).flatMap((language) =>
		[true, false].map((examples) => ({ kind, language, examples })),
	),
);

const inChart = (tab: Tab, row: number, column: number): boolean =>
	(tab.charts ?? []).some((chart) =>
		[chart.categories, ...chart.series.map((series) => series.values)].some(
			(area) =>
				column === area.column && row >= area.row && row < area.row + area.rows,
		),
	);

const evaluated = (kind: PlanKind, language: Language, examples: boolean) =>
	evaluate(
		buildPlan(
			{ ...defaultChoices(kind, language, "2027-01-01"), examples },
			defaultTabNames(language),
		),
	);

describe("formulas in HyperFormula", () => {
	it.each(cases)(
		"a $kind plan in $language (examples: $examples) computes without an error",
		({ kind, language, examples }) => {
			expect(errorsIn(evaluated(kind, language, examples))).toEqual([]);
		},
	);

	it.each(kinds)(
		"a blank %s plan shows blanks, not zeros, in the formula columns of empty rows",
		(kind) => {
			const built = buildPlan(
				{ ...defaultChoices(kind, "en", "2027-01-01"), examples: false },
				defaultTabNames("en"),
			);
			const { values } = evaluate(built);
			let checked = 0;
			for (const tab of built.tabs) {
				if (tab.key === "funnel") continue; // the spill fills its own rows
				tab.cells.forEach((row, r) => {
					if (r < tab.frozenRows) return;
					const isFormula = (cell: unknown) =>
						cell !== null && typeof cell === "object";
					if (
						!row.some(isFormula) ||
						row.some((cell) => cell !== null && !isFormula(cell))
					)
						return;
					row.forEach((cell, c) => {
						if (!isFormula(cell)) return;
						// A chart's block sums the deals at each stage: zero is a real answer there.
						if (inChart(tab, r, c)) return;
						const value = values[tab.key]?.[r]?.[c];
						checked++;
						expect(
							value === "" || value === null,
							`${tab.key} R${r + 1}C${c + 1} = ${String(value)}`,
						).toBe(true);
					});
				});
			}
			expect(checked).toBeGreaterThan(100);
		},
	);

	it("finds 80 qualified meetings for a 120,000 quarter at 6,000 a deal", () => {
		const { values } = evaluated("quarterly", "en", false);
		const rows = values.funnel
			?.slice(funnelLayout.anchor.row, funnelLayout.anchor.row + 5)
			.map((row) => row.slice(0, 2));
		expect(rows).toEqual([
			["Lead", 400],
			["Qualified meeting", 80],
			["Proposal", 40],
			["Negotiation", 25],
			["Won", 20],
		]);
		expect(values.funnel?.[funnelLayout.anchor.row + 1]?.[2]).toBeCloseTo(
			80 / 13,
			6,
		);
		expect(values.funnel?.[funnelLayout.anchor.row]?.[3]).toBe(0.2);
	});

	it("weights the example deals by their stage's probability", () => {
		const { values } = evaluated("annual", "en", true);
		const { forecast, openPipeline, wonInPeriod } = pipelineLayout;
		expect(values.pipeline?.[forecast.row]?.[forecast.column]).toBe(
			18000 * 0.5 + 6000 * 0.25 + 9000 * 0.8 + 6000 * 0.05 + 6000,
		);
		expect(values.pipeline?.[openPipeline.row]?.[openPipeline.column]).toBe(
			39000,
		);
		expect(values.pipeline?.[wonInPeriod.row]?.[wonInPeriod.column]).toBe(6000);
		expect(values.pipeline?.[pipelineLayout.firstRow]?.[10]).toBe(0.5);
	});

	it("sizes the team from the funnel and the revenue target", () => {
		const { values } = evaluated("annual", "fr", true);
		const first = capacityLayout.needed.row;
		const sdr = values.capacity?.[first];
		const ae = values.capacity?.[first + 1];
		expect(sdr?.[1]).toBe(320);
		expect(sdr?.[8]).toBeGreaterThanOrEqual(3);
		expect(ae?.[1]).toBe(480000);
		expect(typeof ae?.[capacityLayout.needed.column]).toBe("number");
		expect(ae?.[capacityLayout.hires.column]).toBe((ae?.[8] as number) - 2);
	});

	it.each([
		["fr", "À surveiller"],
		["en", "At risk"],
	] as const)("writes the KPI status in %s", (language, atRisk) => {
		const { values } = evaluated("90-day", language, true);
		const statuses = values.kpis
			?.slice(kpisLayout.firstRow, kpisLayout.firstRow + 3)
			.map((row) => row[13]);
		expect(statuses?.[2]).toBe(atRisk);
	});

	it("spreads the annual target over twelve months whose targets add up to it", () => {
		const { values } = evaluated("annual", "en", true);
		const months =
			values.objectives?.slice(4, 16).map((row) => row[4] as number) ?? [];
		expect(months).toHaveLength(12);
		expect(months.reduce((a, b) => a + b, 0)).toBeCloseTo(480000, 2);
		// August weighs half a normal month.
		expect((months[7] as number) / (months[0] as number)).toBeCloseTo(0.5, 10);
	});

	it("splits a 30-60-90 plan into three 30-day steps ending with the period", () => {
		const { values } = evaluated("30-60-90", "en", true);
		const steps = values.objectives?.slice(4, 7).map((row) => [row[2], row[3]]);
		const start = values.settings?.[5]?.[1] as number;
		expect(steps).toEqual([
			[start, start + 29],
			[start + 30, start + 59],
			[start + 60, start + 89],
		]);
	});

	describe("the key figures equal what the custom functions compute from the same cells", () => {
		const { values } = evaluated("annual", "en", true);
		const settings = values.settings ?? [];
		const setting = (key: keyof typeof settingRows) =>
			settings[settingRows[key]]?.[1];
		const column = (
			rows: unknown[][],
			from: number,
			count: number,
			at: number,
		) => rows.slice(from, from + count).map((row) => [row[at] ?? ""]);
		const block = (
			rows: unknown[][],
			area: { row: number; column: number; rows: number; columns: number },
		) =>
			rows
				.slice(area.row, area.row + area.rows)
				.map((row) =>
					Array.from(
						{ length: area.columns },
						(_, c) => row[area.column + c] ?? "",
					),
				);
		// Sheets passes date cells as Dates; HyperFormula holds them as serial numbers.
		const asDate = (serial: unknown) =>
			typeof serial === "number" ? new Date(1899, 11, 30 + serial) : serial;

		it("the weighted forecast", () => {
			const pipeline = values.pipeline ?? [];
			const { firstRow, lastRow, forecast } = pipelineLayout;
			const rows = lastRow - firstRow + 1;
			const direct = functions.WEIGHTED_FORECAST?.(
				column(pipeline, firstRow, rows, pipelineColumns.amount),
				column(pipeline, firstRow, rows, pipelineColumns.stage),
				block(settings, settingsAreas.stageTable),
				column(pipeline, firstRow, rows, pipelineColumns.closeDate).map(
					([cell]) => [asDate(cell)],
				),
				asDate(setting("start")),
				asDate(setting("end")),
			);
			expect(pipeline[forecast.row]?.[forecast.column]).toBe(direct);
			// By hand: 18,000 × 50% + 6,000 × 25% + 9,000 × 80% + 6,000 × 5% + 6,000 won, all closing in the year.
			expect(direct).toBe(9000 + 1500 + 7200 + 300 + 6000);
		});

		it("the funnel volumes", () => {
			const funnel = values.funnel ?? [];
			const names = block(settings, settingsAreas.funnelNames).filter(
				([name]) => name !== "",
			);
			const direct = functions.FUNNEL_TARGETS?.(
				setting("revenueTarget"),
				setting("dealSize"),
				block(settings, settingsAreas.funnelRates).slice(0, names.length - 1),
				names,
				setting("weeks"),
			) as unknown[][];
			const spilled = block(funnel, {
				...funnelLayout.spill,
				rows: direct.length,
			});
			expect(spilled).toEqual(direct);
			// By hand: 480,000 ÷ 6,000 = 80 won; 80 ÷ 80% = 100; ÷ (62.5% × 80%) = 160; ÷ 25% = 320; ÷ 5% = 1,600.
			const needed = [1600, 320, 160, 100, 80];
			expect(direct.map((line) => line[1])).toEqual(needed);
			expect(direct.map((line) => line[2])).toEqual(needed.map((n) => n / 52));
		});

		it("the reps needed per role", () => {
			const capacity = values.capacity ?? [];
			const first = capacityLayout.firstRow;
			const role = capacity[first] ?? [];
			const direct = functions.HEADCOUNT_NEEDED?.(
				role[capacityColumns.workload],
				role[capacityColumns.perPeriod],
				role[capacityColumns.attainment],
				role[capacityColumns.ramp],
				capacity[capacityLayout.months.row]?.[capacityLayout.months.column],
				role[capacityColumns.current],
			);
			expect(role[capacityColumns.needed]).toBe(direct);
			// By hand: one SDR delivers 12 × 12 × 90% = 129.6 of the 320 meetings; the 190.4 left, at 23/24 of a
			// ramped SDR's 129.6 for a two-month ramp, need ⌈1.53⌉ = 2 hires: 3 in all.
			expect(direct).toBe(3);
		});
	});
});
