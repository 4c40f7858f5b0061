// The Overview's forecast line: the weighted forecast of each Objectives period, the span its target covers.

import { describe, expect, it } from "vitest";
import { makeContext } from "../../src/plan/context";
import { isoToSerial } from "../../src/plan/dates";
import { defaultTabNames } from "../../src/plan/tab-names";
import {
	objectiveColumns,
	objectivesLayout,
} from "../../src/plan/tabs/objectives";
import { pipelineForecastPlaces } from "../../src/plan/tabs/pipeline";
import type { Plan } from "../../src/plan/types";
import { computePlan } from "../../src/workbook/compute-plan";
import {
	deal,
	MID_MONTH_START,
	midMonthByHand,
	midMonthDeals,
	planOf,
} from "../support/period-edges";

const tabValues = (
	plan: Plan,
	knownValues: boolean,
): Record<string, unknown[][]> => {
	const tabs = computePlan(plan, { knownValues });
	expect(tabs.flatMap((tab) => tab.errors)).toEqual([]);
	return Object.fromEntries(tabs.map((tab) => [tab.key, tab.values]));
};

const overviewOf = (plan: Plan) =>
	plan.tabs.find((tab) => tab.key === "overview");
const overviewChart = (plan: Plan) =>
	overviewOf(plan)?.charts?.find((c) => c.key === "overview-target-won");

/** The Overview chart's series, in the order it draws them: the cells under each series' header. */
function overviewSeries(plan: Plan, values: Record<string, unknown[][]>) {
	const chart = overviewChart(plan);
	if (!chart) throw new Error("no Overview chart");
	return chart.series.map(({ values: column }) =>
		Array.from(
			{ length: column.rows - 1 },
			(_, i) => values.overview?.[column.row + 1 + i]?.[column.column],
		),
	);
}

/** The Pipeline's FORECAST_BY_MONTH row, as computed. */
function pipelineMonths(plan: Plan, values: Record<string, unknown[][]>) {
	const { months, monthCount } = pipelineForecastPlaces(
		makeContext(plan.choices, defaultTabNames("en")),
	);
	return values.pipeline?.[months.row]?.slice(
		months.column + 1,
		months.column + 1 + monthCount,
	);
}

/** Both ways the plan is computed: live (every formula) and for a file export (the plan's known values). */
const engines = [{ knownValues: false }, { knownValues: true }];

describe("the Overview's forecast of an annual plan starting mid-month, on 15 January 2027", () => {
	const plan = planOf("annual", MID_MONTH_START, midMonthDeals);

	it.each(engines)(
		"is, for each Objectives month, amount × probability of the deals closing in it (known values: $knownValues)",
		({ knownValues }) => {
			const values = tabValues(plan, knownValues);
			const objectives = values.objectives ?? [];
			const periodOf = (i: number) => {
				const row = objectives[objectivesLayout.firstRow + i] ?? [];
				return [row[objectiveColumns.start], row[objectiveColumns.end]];
			};
			// The months the figures were worked out on are the ones the Objectives tab shows.
			expect(periodOf(0)).toEqual([
				isoToSerial("2027-01-15"),
				isoToSerial("2027-02-14"),
			]);
			expect(periodOf(1)).toEqual([
				isoToSerial("2027-02-15"),
				isoToSerial("2027-03-14"),
			]);
			expect(periodOf(11)).toEqual([
				isoToSerial("2027-12-15"),
				isoToSerial("2028-01-14"),
			]);
			const [, , forecast] = overviewSeries(plan, values);
			expect(forecast).toEqual(midMonthByHand);
		},
	);

	it("is known to the plan as built, so a file export evaluates no formula over the deals there", () => {
		const overview = overviewOf(plan);
		const line = overviewChart(plan)?.series[2]?.values;
		if (!overview || !line) throw new Error("no forecast line");
		const known = midMonthByHand.map((_, i) => {
			const cell = overview.cells[line.row + 1 + i]?.[line.column];
			return cell !== null && typeof cell === "object" ? cell.value : cell;
		});
		expect(known).toEqual(midMonthByHand);
	});

	it("differs from the Pipeline's calendar months, which it is not drawn against", () => {
		const values = tabValues(plan, false);
		const calendar = pipelineMonths(plan, values);
		// January holds the deal of 14 January and not the one of 14 February; February holds both 14 and 15 February.
		expect(calendar?.slice(0, 2)).toEqual([2000 + 8000, 3000 + 5000]);
		const [, , forecast] = overviewSeries(plan, values);
		expect(forecast?.slice(0, 2)).toEqual([11000, 11400]);
	});
});

describe("the Overview's forecast of an annual plan starting on 1 January 2027", () => {
	const deals = [
		deal("Last day of January", "Proposal", 6000, "2027-01-31"),
		deal("First day of February", "Negotiation", 10000, "2027-02-01"),
		deal("Last day of February", "Qualified meeting", 4000, "2027-02-28"),
		deal("Won in June", "Won", 3000, "2027-06-30"),
		deal("Last day of the plan", "Lead", 20000, "2027-12-31"),
		deal("Day after the plan", "Negotiation", 9000, "2028-01-01"),
	];
	const plan = planOf("annual", "2027-01-01", deals);

	it.each(engines)(
		"equals the Pipeline's forecast by month, each month being a period (known values: $knownValues)",
		({ knownValues }) => {
			const values = tabValues(plan, knownValues);
			const calendar = pipelineMonths(plan, values);
			const [, , forecast] = overviewSeries(plan, values);
			expect(forecast).toEqual(calendar);
			// January 6,000 × 50%; February 10,000 × 80% + 4,000 × 25%; June 3,000 won; December 20,000 × 5%.
			expect(forecast).toEqual([
				3000, 9000, 0, 0, 0, 3000, 0, 0, 0, 0, 0, 1000,
			]);
		},
	);
});

describe.each(["quarterly", "30-60-90"] as const)(
	"a %s plan, which has no Pipeline",
	(kind) => {
		it("draws each period's target and won revenue, with no forecast line", () => {
			const plan = planOf(kind, "2027-01-15", []);
			expect(overviewChart(plan)?.series).toHaveLength(2);
			const formulas = JSON.stringify(overviewOf(plan)?.cells);
			expect(formulas).not.toContain("FORECAST");
			expect(formulas).not.toContain("Pipeline");
		});
	},
);
