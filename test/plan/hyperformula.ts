// Evaluates a built plan in HyperFormula, with the three custom functions registered as a plugin that runs the real code.

import {
	ArraySize,
	CellError,
	ErrorType,
	FunctionArgumentType,
	FunctionPlugin,
	HyperFormula,
	SimpleRangeValue,
} from "hyperformula";
import { functions } from "../../src/functions/index";
import type { Cell, Plan } from "../../src/plan/types";

const EPOCH_MS = Date.UTC(1899, 11, 30);
const toDate = (value: unknown): unknown =>
	typeof value === "number" ? new Date(EPOCH_MS + value * 86_400_000) : value;

/** HyperFormula's internal values as Sheets would pass them: numbers unwrapped, empty as "". */
function plain(value: unknown): unknown {
	if (typeof value === "symbol" || value === null || value === undefined)
		return "";
	if (typeof value === "object" && value !== null && "val" in value)
		return (value as { val: unknown }).val;
	return value;
}
const grid = (value: unknown): unknown =>
	value instanceof SimpleRangeValue
		? value.data.map((row) => row.map(plain))
		: plain(value);

function call(name: string, args: unknown[]): unknown {
	const fn = functions[name];
	if (!fn) throw new Error(name);
	try {
		return fn(...args);
	} catch (error) {
		return new CellError(ErrorType.VALUE, (error as Error).message);
	}
}

const range = { argumentType: FunctionArgumentType.RANGE };
const any = (optional = false) => ({
	argumentType: FunctionArgumentType.ANY,
	optionalArg: optional,
});
const rangeOrAny = (optional = false) => ({
	argumentType: FunctionArgumentType.ANY,
	optionalArg: optional,
});

class PlanFunctions extends FunctionPlugin {
	weightedForecast(ast: { args: unknown[] }, state: unknown) {
		return this.runFunction(
			ast.args as never,
			state as never,
			this.metadata("WEIGHTED_FORECAST"),
			((...args: unknown[]) => {
				const [amounts, stages, table, dates, start, end] = args.map(grid);
				const closeDates = Array.isArray(dates)
					? dates.map((row: unknown[]) => row.map(toDate))
					: dates;
				return call("WEIGHTED_FORECAST", [
					amounts,
					stages,
					table,
					closeDates,
					toDate(start),
					toDate(end),
				]);
			}) as never,
		);
	}
	funnelTargets(ast: { args: unknown[] }, state: unknown) {
		return this.runFunction(
			ast.args as never,
			state as never,
			this.metadata("FUNNEL_TARGETS"),
			((...args: unknown[]) => {
				const result = call("FUNNEL_TARGETS", args.map(grid));
				if (!Array.isArray(result)) return result;
				// HyperFormula sizes the spill before computing: pad to the predicted size.
				const rows = result as (string | number)[][];
				const height = this.funnelSize(ast).height;
				const width = rows[0]?.length ?? 1;
				while (rows.length < height)
					rows.push(Array.from({ length: width }, () => ""));
				return SimpleRangeValue.onlyValues(rows as never);
			}) as never,
		);
	}
	funnelSize(ast: { args: unknown[] }): ArraySize {
		const names = ast.args[3] as
			| { start?: { row: number }; end?: { row: number } }
			| undefined;
		const height =
			names?.start && names.end ? names.end.row - names.start.row + 1 : 10;
		return new ArraySize(ast.args.length >= 5 ? 3 : 2, height);
	}
	headcountNeeded(ast: { args: unknown[] }, state: unknown) {
		return this.runFunction(
			ast.args as never,
			state as never,
			this.metadata("HEADCOUNT_NEEDED"),
			((...args: unknown[]) =>
				call("HEADCOUNT_NEEDED", args.map(grid))) as never,
		);
	}
}
(
	PlanFunctions as unknown as { implementedFunctions: unknown }
).implementedFunctions = {
	WEIGHTED_FORECAST: {
		method: "weightedForecast",
		parameters: [
			range,
			range,
			rangeOrAny(true),
			rangeOrAny(true),
			any(true),
			any(true),
		],
	},
	FUNNEL_TARGETS: {
		method: "funnelTargets",
		sizeOfResultArrayMethod: "funnelSize",
		vectorizationForbidden: true,
		parameters: [any(), any(), range, rangeOrAny(true), any(true)],
	},
	HEADCOUNT_NEEDED: {
		method: "headcountNeeded",
		parameters: [any(), any(), any(true), any(true), any(true), any(true)],
	},
};

let registered = false;
function register(): void {
	if (registered) return;
	const names = {
		WEIGHTED_FORECAST: "WEIGHTED_FORECAST",
		FUNNEL_TARGETS: "FUNNEL_TARGETS",
		HEADCOUNT_NEEDED: "HEADCOUNT_NEEDED",
	};
	HyperFormula.registerFunctionPlugin(PlanFunctions as never, {
		enGB: names,
		enUS: names,
	});
	registered = true;
}

const toContent = (cell: Cell): unknown =>
	cell !== null && typeof cell === "object" ? cell.formula : cell;

export interface Evaluated {
	readonly hf: HyperFormula;
	/** Values by tab key. */
	readonly values: Readonly<Record<string, unknown[][]>>;
	readonly sheetId: (key: string) => number;
}

export function evaluate(plan: Plan): Evaluated {
	register();
	const sheets = Object.fromEntries(
		plan.tabs.map((tab) => [
			tab.name,
			tab.cells.map((row) => row.map(toContent)),
		]),
	);
	const hf = HyperFormula.buildFromSheets(sheets as never, {
		licenseKey: "gpl-v3",
		dateFormats: ["YYYY-MM-DD"],
	});
	const ids = Object.fromEntries(
		plan.tabs.map((tab) => [tab.key, hf.getSheetId(tab.name) as number]),
	);
	const values = Object.fromEntries(
		plan.tabs.map((tab) => [
			tab.key,
			hf.getSheetValues(ids[tab.key] as number) as unknown[][],
		]),
	);
	return { hf, values, sheetId: (key) => ids[key] as number };
}

/** Every cell whose value is an error, as "tab!A1: message". */
export function errorsIn(evaluated: Evaluated): string[] {
	const errors: string[] = [];
	for (const [key, rows] of Object.entries(evaluated.values)) {
		rows.forEach((row, r) => {
			row.forEach((value, c) => {
				if (value && typeof value === "object" && "type" in value) {
					const detail = value as unknown as { value: string; message: string };
					errors.push(
						`${key} R${r + 1}C${c + 1}: ${detail.value} ${detail.message}`,
					);
				}
			});
		});
	}
	return errors;
}
