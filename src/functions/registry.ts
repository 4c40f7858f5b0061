// The one list of custom functions: names, parameters and help drive validation, the generated @customfunction stubs and the README table.

import { forecastByMonth } from "./forecast-by-month";
import { forecastCategories } from "./forecast-categories";
import { forecastRange } from "./forecast-range";
import { funnelTargets } from "./funnel-targets";
import { headcountNeeded } from "./headcount-needed";
import { hiringPlan } from "./hiring-plan";
import { InputError, isOmitted } from "./sheets-input";
import { weightedForecast } from "./weighted-forecast";

export interface ParameterSpec {
	readonly name: string;
	/** JSDoc type shown by Sheets' autocomplete. */
	readonly type: string;
	readonly help: string;
	readonly example: string;
	readonly optional: boolean;
}

export type CustomFunctionResult = number | (string | number)[][];

export interface CustomFunctionSpec {
	readonly name: string;
	readonly summary: string;
	readonly parameters: readonly ParameterSpec[];
	readonly returns: { readonly type: string; readonly help: string };
	/** A formula as a person would type it in an English-locale sheet. */
	readonly example: string;
	readonly implementation: (...args: unknown[]) => CustomFunctionResult;
	/**
	 * The implementation takes one more argument after the parameters: the spreadsheet's time zone, which the
	 * generated stub reads from SpreadsheetApp and HyperFormula's plugin gives as its own zone.
	 */
	readonly takesSpreadsheetTimeZone?: true;
}

const parameter =
	(optional: boolean) =>
	(
		name: string,
		type: string,
		help: string,
		example: string,
	): ParameterSpec => ({
		name,
		type,
		help,
		example,
		optional,
	});
const required = parameter(false);
const optional = parameter(true);

/** The pipeline arguments the forecast functions share. */
const AMOUNTS = required(
	"amounts",
	"number[][]",
	"Deal amounts, one per row; blank rows are skipped.",
	"F2:F",
);
const PROBABILITIES = required(
	"probabilities",
	"any[][]",
	"Each deal's probability (50% or 50) or its stage name.",
	"G2:G",
);
const STAGE_TABLE = optional(
	"stage_table",
	"any[][]",
	"Two columns, stage and probability, used for stage names.",
	"Settings!A2:B8",
);
const CLOSE_DATES = optional(
	"close_dates",
	"Date[][]",
	"Each deal's expected close date; needed with a period.",
	"H2:H",
);
const PERIOD_START = optional(
	"period_start",
	"Date",
	"First day counted; blank for no lower bound.",
	"DATE(2027,1,1)",
);
const PERIOD_END = optional(
	"period_end",
	"Date",
	"Last day counted; blank for no upper bound.",
	"DATE(2027,3,31)",
);

export const customFunctions: readonly CustomFunctionSpec[] = [
	{
		name: "WEIGHTED_FORECAST",
		summary:
			"Weighted pipeline: the sum of each deal's amount times its probability, optionally for deals closing within a period.",
		parameters: [
			AMOUNTS,
			PROBABILITIES,
			STAGE_TABLE,
			CLOSE_DATES,
			PERIOD_START,
			PERIOD_END,
		],
		returns: { type: "number", help: "The weighted forecast, unrounded." },
		example:
			"=WEIGHTED_FORECAST(F2:F, E2:E, Settings!A2:B8, H2:H, DATE(2027,1,1), DATE(2027,3,31))",
		implementation: weightedForecast,
	},
	{
		name: "FORECAST_CATEGORIES",
		summary:
			"Forecast categories rolled up as CRMs do: Closed, Commit (with Closed), Best case (with both) and Open pipeline, unweighted.",
		parameters: [
			AMOUNTS,
			required(
				"categories",
				"string[][]",
				"Each deal's forecast category: Closed, Commit, Best case, Pipeline or Omitted (or Gagné, Engagé, Meilleur cas, Omis…).",
				"G2:G",
			),
			CLOSE_DATES,
			PERIOD_START,
			PERIOD_END,
		],
		returns: {
			type: "number[][]",
			help: "One column: Closed, Commit, Best case, Open pipeline.",
		},
		example:
			"=FORECAST_CATEGORIES(F2:F, G2:G, H2:H, DATE(2027,1,1), DATE(2027,3,31))",
		implementation: forecastCategories,
	},
	{
		name: "FORECAST_BY_MONTH",
		summary:
			"Weighted forecast of each calendar month: amount times probability of the deals closing in that month.",
		parameters: [
			AMOUNTS,
			PROBABILITIES,
			optional(
				"stage_table",
				"any[][]",
				"Two columns, stage and probability; blank when the probabilities are numbers.",
				"Settings!A2:B8",
			),
			required(
				"close_dates",
				"Date[][]",
				"Each deal's expected close date.",
				"H2:H",
			),
			required(
				"first_month",
				"Date",
				"Any day of the first month.",
				"DATE(2027,1,1)",
			),
			optional(
				"months",
				"number",
				"How many months, 1 to 36; 12 if blank.",
				"12",
			),
		],
		returns: {
			type: "number[][]",
			help: "One row: the forecast of each month, first month first.",
		},
		example:
			"=FORECAST_BY_MONTH(F2:F, E2:E, Settings!A2:B8, H2:H, DATE(2027,1,1), 12)",
		implementation: forecastByMonth,
		takesSpreadsheetTimeZone: true,
	},
	{
		name: "FORECAST_RANGE",
		summary:
			"How far the period's revenue can go: low, expected and high totals won, each deal won or lost with its probability.",
		parameters: [
			AMOUNTS,
			PROBABILITIES,
			STAGE_TABLE,
			CLOSE_DATES,
			PERIOD_START,
			PERIOD_END,
			optional(
				"confidence",
				"number",
				"Chance that the total falls between low and high, 50% to 99%; 80% if blank.",
				"80%",
			),
		],
		returns: {
			type: "number[][]",
			help: "One row: low, expected, high.",
		},
		example:
			"=FORECAST_RANGE(F2:F, E2:E, Settings!A2:B8, H2:H, DATE(2027,1,1), DATE(2027,3,31), 80%)",
		implementation: forecastRange,
	},
	{
		name: "FUNNEL_TARGETS",
		summary:
			"Reverse funnel: the volume each stage needs, top first and deals won last, to reach a revenue target.",
		parameters: [
			required(
				"revenue_target",
				"number",
				"Revenue to win over the period.",
				"120000",
			),
			required(
				"avg_deal_size",
				"number",
				"Average amount of a won deal.",
				"6000",
			),
			required(
				"conversion_rates",
				"number[][]",
				"Share of each stage reaching the next, top of the funnel first; the last is the close rate.",
				"B2:B4",
			),
			optional(
				"stage_names",
				"string[][]",
				"One name per stage, deals won last: one more than the rates.",
				"A2:A5",
			),
			optional(
				"periods",
				"number",
				"Splits each volume into a pace per period (weeks, working days…).",
				"13",
			),
		],
		returns: {
			type: "any[][]",
			help: "One row per stage: [count], [name, count] with names, plus count per period with periods.",
		},
		example: "=FUNNEL_TARGETS(120000, 6000, 25%)",
		implementation: funnelTargets,
	},
	{
		name: "HEADCOUNT_NEEDED",
		summary:
			"Team size a workload needs, given what a rep delivers, the ramp-up of new hires and the current team.",
		parameters: [
			required(
				"workload",
				"number",
				"Work or revenue to cover over the period.",
				"200",
			),
			required(
				"capacity_per_rep",
				"number",
				"What one fully ramped rep handles over the same period.",
				"20",
			),
			optional(
				"attainment",
				"number",
				"Share of capacity a rep really delivers; 100% if blank.",
				"80%",
			),
			optional(
				"ramp_months",
				"number",
				"Months a new hire takes to reach full capacity; 0 if blank.",
				"3",
			),
			optional(
				"period_months",
				"number",
				"Months the workload covers; 12 if blank.",
				"12",
			),
			optional(
				"current_reps",
				"number",
				"Fully ramped reps already in the team; 0 if blank.",
				"4",
			),
		],
		returns: {
			type: "number",
			help: "Reps needed, current team included, rounded up.",
		},
		example: "=HEADCOUNT_NEEDED(200, 20)",
		implementation: headcountNeeded,
	},
	{
		name: "HIRING_PLAN",
		summary:
			"Hiring calendar, one column per month: whole hires to start, reps, ramped equivalents, capacity and the gap to each month's target, with ramp-up, attrition and recruiting lead time.",
		parameters: [
			required(
				"monthly_targets",
				"number[][]",
				"One row or one column of monthly targets, 1 to 36 months; blanks are 0.",
				"B5:M5",
			),
			required(
				"quota_per_rep",
				"number",
				"What one fully ramped rep brings in per month.",
				"20000",
			),
			optional(
				"attainment",
				"number",
				"Share of the quota a rep really delivers; 100% if blank.",
				"85%",
			),
			optional(
				"ramp",
				"any",
				"Months a hire takes to reach full speed (k/R in month k), or a range of percentages for tenure months 1, 2, …; 0 if blank.",
				"3",
			),
			optional(
				"annual_attrition",
				"number",
				"Share of reps leaving over a year, spread evenly over the months; 0 if blank.",
				"20%",
			),
			optional(
				"current_reps",
				"number",
				"Fully ramped reps in month 1; 0 if blank.",
				"4",
			),
			optional(
				"lead_time_months",
				"number",
				"Months recruiting takes: no hire starts before month 1 + lead time; 0 if blank.",
				"2",
			),
		],
		returns: {
			type: "number[][]",
			help: "Five rows (starts, reps, ramped equivalents, capacity, gap) and one column per month.",
		},
		example: "=HIRING_PLAN(B5:M5, 20000, 85%, 3, 20%, 4, 2)",
		implementation: hiringPlan,
	},
];

function isAllFinite(result: CustomFunctionResult): boolean {
	if (typeof result === "number") return Number.isFinite(result);
	return result.every((row) =>
		row.every((cell) => typeof cell === "string" || Number.isFinite(cell)),
	);
}

/** Calls a custom function as Sheets does, turning bad input into an error that names the function. */
export function runCustomFunction(
	spec: CustomFunctionSpec,
	args: readonly unknown[],
): CustomFunctionResult {
	try {
		spec.parameters.forEach((parameter, i) => {
			if (!parameter.optional && isOmitted(args[i]))
				throw new InputError(`${parameter.name} is required`);
		});
		const result = spec.implementation(...args);
		if (!isAllFinite(result))
			throw new InputError(
				"the result is too large for a spreadsheet; check the magnitudes of the inputs",
			);
		return result;
	} catch (error) {
		if (error instanceof InputError)
			throw new Error(`${spec.name}: ${error.message}`);
		throw error;
	}
}
