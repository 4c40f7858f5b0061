// The Pipeline's forecast figures: the period's categories, its range, and the weighted forecast of each month.

import { forecastRange } from "../../functions/forecast-range";
import { weightedForecast } from "../../functions/weighted-forecast";
import { area } from "../a1";
import type { PlanContext } from "../context";
import { isoToSerial, periodEnd, serialToIso } from "../dates";
import { formula, type TabBuilder } from "../grid";
import type { Cell } from "../types";
import { objectivePeriods } from "./objectives";

/**
 * Where the figures sit: all in the four rows above the deal table's data (the rows the header protection covers),
 * right of the key figures, so they hide no input and leave the columns beside the table to the charts.
 */
export interface ForecastPlaces {
	/** Row 2: the label, then FORECAST_BY_MONTH's spill; row 1 above holds each month's first day. */
	readonly months: { readonly row: number; readonly column: number };
	readonly monthCount: number;
	/** Row 2 after the months: FORECAST_RANGE's spill of low, expected, high, labelled on row 1. */
	readonly range: { readonly row: number; readonly column: number };
	/** Rows 0 to 3: labels, then FORECAST_CATEGORIES' spill of Closed, Commit, Best case, Open pipeline. */
	readonly categories: { readonly row: number; readonly column: number };
	/** Columns the figures reach, from A. */
	readonly width: number;
}

const text = {
	months: {
		fr: "Prévision pondérée par mois",
		en: "Weighted forecast by month",
	},
	range: [
		{ fr: "Fourchette (période) : basse", en: "Range (period): low" },
		{ fr: "attendue", en: "expected" },
		{ fr: "haute", en: "high" },
	],
	rows: [
		{ fr: "Gagné (période)", en: "Closed (period)" },
		{ fr: "Engagé, avec gagné", en: "Commit, with closed" },
		{ fr: "Meilleur cas, avec engagé", en: "Best case, with commit" },
		{ fr: "Pipeline ouvert (catégories)", en: "Open pipeline (categories)" },
	],
};

/** Months in the plan's forecast row: one per Objectives period of an annual plan, three otherwise. */
export const forecastMonths = (context: PlanContext): number =>
	objectivePeriods(context.choices.kind);

/** The places, for a plan whose charts' blocks start at `blockColumn` and leave `blockWidth` columns free. */
export function forecastPlaces(
	context: PlanContext,
	chartColumn: number,
): ForecastPlaces {
	const monthCount = forecastMonths(context);
	const months = { row: 2, column: 7 };
	const range = { row: 2, column: months.column + 1 + monthCount };
	const categories = {
		row: 0,
		column: Math.max(range.column + 4, chartColumn),
	};
	return {
		months,
		monthCount,
		range,
		categories,
		width: categories.column + 2,
	};
}

export interface ForecastArguments {
	/** FORECAST_RANGE on the plan's own deals, for the .xlsx, where it has no native form; undefined if refused. */
	readonly rangeFigures: readonly (readonly number[])[] | undefined;
	readonly amounts: string;
	readonly stages: string;
	readonly stageTable: string;
	readonly closeDates: string;
	readonly categories: string;
	readonly start: string;
	readonly end: string;
}

/** What every forecast function reads of the plan: the deal table's amounts, stages and close dates, and the stage table. */
export type ForecastInputs = Pick<
	ForecastArguments,
	"amounts" | "stages" | "stageTable" | "closeDates"
>;

/** WEIGHTED_FORECAST of the deals closing from `start` to `end`, both days included (no "=" before it). */
export const weightedForecastCall = (
	inputs: ForecastInputs,
	start: string,
	end: string,
): string =>
	`WEIGHTED_FORECAST(${inputs.amounts},${inputs.stages},${inputs.stageTable},${inputs.closeDates},${start},${end})`;

/** Writes the three functions' calls, labelled in the plan's language, with their formats; the caller protects them. */
export function addForecastFigures(
	tab: TabBuilder,
	context: PlanContext,
	places: ForecastPlaces,
	args: ForecastArguments,
): void {
	const { translate, formats } = context;
	const { months, monthCount, range, categories } = places;
	const first = months.column + 1;
	tab.set(months.row, months.column, translate(text.months));
	for (let k = 0; k < monthCount; k++)
		tab.set(months.row - 1, first + k, formula(`=EDATE(${args.start},${k})`));
	tab.format(area(months.row - 1, first, 1, monthCount), "mmm yyyy");
	tab.set(
		months.row,
		first,
		formula(
			`=FORECAST_BY_MONTH(${args.amounts},${args.stages},${args.stageTable},${args.closeDates},${args.start},${monthCount})`,
		),
	);
	text.range.forEach((label, i) => {
		tab.set(range.row - 1, range.column + i, translate(label));
	});
	const rangeCall = formula(
		`=FORECAST_RANGE(${args.amounts},${args.stages},${args.stageTable},${args.closeDates},${args.start},${args.end})`,
	);
	tab.set(
		range.row,
		range.column,
		args.rangeFigures
			? { ...(rangeCall as { formula: string }), figures: args.rangeFigures }
			: rangeCall,
	);
	tab.format(
		area(months.row, months.column + 1, 1, monthCount + 3),
		formats.currency,
	);
	text.rows.forEach((label, i) => {
		tab.set(categories.row + i, categories.column, translate(label));
	});
	tab.set(
		categories.row,
		categories.column + 1,
		formula(
			`=FORECAST_CATEGORIES(${args.amounts},${args.categories},${args.closeDates},${args.start},${args.end})`,
		),
	);
	tab.format(
		area(categories.row, categories.column + 1, 4, 1),
		formats.currency,
	);
}

/** A deal row as the plan writes it: the cells FORECAST_RANGE reads. */
export interface RangeDeal {
	readonly amount?: Cell;
	readonly stage?: Cell;
	readonly closeDate?: Cell;
}

/** Sheets' Date for a date cell: local midnight of its day. */
const dateOf = (serial: number): Date => {
	const [year, month, day] = serialToIso(serial).split("-").map(Number);
	return new Date(year as number, (month as number) - 1, day as number);
};
const asPassed = (cell: Cell | undefined): unknown =>
	cell === null || cell === undefined || typeof cell === "object" ? "" : cell;

/** The plan's deals and its stage table as Sheets passes them to a forecast function. */
function dealArguments(context: PlanContext, deals: readonly RangeDeal[]) {
	const column = (read: (deal: RangeDeal) => unknown) =>
		deals.length > 0 ? deals.map((deal) => [read(deal)]) : [[""]];
	return {
		amounts: column((deal) => asPassed(deal.amount)),
		stages: column((deal) => asPassed(deal.stage)),
		stageTable: context.stages.pipeline.map((stage) => [
			stage.name,
			stage.probability,
		]),
		closeDates: column((deal) =>
			typeof deal.closeDate === "number" ? dateOf(deal.closeDate) : "",
		),
	};
}

/**
 * FORECAST_RANGE over the plan's deals, its stage table and its period, computed from the plan's own data (never by
 * evaluating the workbook): the .xlsx's only figure that is not a formula. Undefined when the function refuses.
 */
export function rangeOfDeals(
	context: PlanContext,
	deals: readonly RangeDeal[],
): number[][] | undefined {
	const { choices } = context;
	const start = choices.start;
	const end = periodEnd(choices.kind, start);
	const isoDate = (iso: string) => dateOf(isoToSerial(iso));
	const { amounts, stages, stageTable, closeDates } = dealArguments(
		context,
		deals,
	);
	try {
		return forecastRange(
			amounts,
			stages,
			stageTable,
			closeDates,
			isoDate(start),
			isoDate(end),
		);
	} catch {
		return undefined;
	}
}

/**
 * WEIGHTED_FORECAST over the plan's deals closing from day `start` to day `end` (serials), as its formula computes it
 * on the plan as built: a file export then need not evaluate it over every deal row. Undefined when the function
 * refuses. The deals are read once, for every period asked.
 */
export function weightedOfDeals(
	context: PlanContext,
	deals: readonly RangeDeal[],
): (start: number, end: number) => number | undefined {
	const { amounts, stages, stageTable, closeDates } = dealArguments(
		context,
		deals,
	);
	return (start, end) => {
		try {
			return weightedForecast(
				amounts,
				stages,
				stageTable,
				closeDates,
				dateOf(start),
				dateOf(end),
			);
		} catch {
			return undefined;
		}
	};
}
