// Registers the add-in's custom functions in HyperFormula, passing arguments the way Google Sheets does.

import {
	ArraySize,
	CellError,
	EmptyValue,
	ErrorType,
	FunctionArgumentType,
	FunctionPlugin,
	HyperFormula,
	type ImplementedFunctions,
	SimpleRangeValue,
} from "hyperformula";
import { functions } from "../functions";
import {
	type CustomFunctionSpec,
	customFunctions,
} from "../functions/registry";

/** Sheets passes date cells as Date objects at local midnight; HyperFormula holds them as serial numbers. */
function serialToDate(serial: number): Date {
	const whole = Math.floor(serial);
	const date = new Date(1899, 11, 30 + whole);
	date.setTime(date.getTime() + Math.round((serial - whole) * 86_400_000));
	return date;
}

/** The zone the dates above are made in, passed to the functions that count calendar months. */
const LOCAL_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

type Scalar = unknown;

// HyperFormula does not export its parser's types; these are the parts this plugin reads.
type Ast = { readonly type?: string };
type ProcedureAst = { readonly procedureName: string; readonly args: Ast[] };
type InterpreterState = object;
// biome-ignore lint/suspicious/noExplicitAny: the protected helpers take HyperFormula's unexported types.
type Internal = any;

/** One HyperFormula value as Sheets would pass it, or the first error it carries. */
function toSheetsScalar(value: Scalar, isDate: boolean): unknown {
	if (value === EmptyValue || value === null || value === undefined) return "";
	if (value instanceof CellError) throw value;
	const raw =
		typeof value === "object" && value !== null && "val" in value
			? (value as { val: unknown }).val
			: value;
	return isDate && typeof raw === "number" ? serialToDate(raw) : raw;
}

function toSheetsArgument(value: unknown, isDate: boolean): unknown {
	if (value instanceof SimpleRangeValue)
		return value.data.map((row) =>
			row.map((cell) => toSheetsScalar(cell, isDate)),
		);
	return toSheetsScalar(value, isDate);
}

const acceptsDates = (type: string): boolean => type.startsWith("Date");

/** How many rows and columns FUNNEL_TARGETS spills: HyperFormula needs it before computing. */
function funnelSize(
	plugin: CustomFunctionsPlugin,
	ast: ProcedureAst,
	state: InterpreterState,
): ArraySize {
	const args = ast.args;
	const rates = args[2] ? plugin.sizeOf(args[2], state) : ArraySize.scalar();
	const given = (i: number) =>
		args[i] !== undefined && args[i]?.type !== "EMPTY";
	return new ArraySize(
		1 + (given(3) ? 1 : 0) + (given(4) ? 1 : 0),
		rates.width * rates.height + 1,
	);
}

/** HIRING_PLAN spills five rows and one column per month of its targets. */
function hiringPlanSize(
	plugin: CustomFunctionsPlugin,
	ast: ProcedureAst,
	state: InterpreterState,
): ArraySize {
	const targets = ast.args[0]
		? plugin.sizeOf(ast.args[0], state)
		: ArraySize.scalar();
	return new ArraySize(targets.width * targets.height, 5);
}

type SpillSize = (
	plugin: CustomFunctionsPlugin,
	ast: ProcedureAst,
	state: InterpreterState,
) => ArraySize;

/** FORECAST_BY_MONTH spills one row of months: their number must be typed in the formula (or left out) for HyperFormula to know it. */
function monthsSize(_: CustomFunctionsPlugin, ast: ProcedureAst): ArraySize {
	const months = ast.args[5] as { type?: string; value?: unknown } | undefined;
	const typed = months?.type === "NUMBER" ? Number(months.value) : 12;
	return new ArraySize(
		Number.isInteger(typed) && typed >= 1 && typed <= 36 ? typed : 12,
		1,
	);
}

/** The functions that spill a range, and how big it is. */
const spillSizes: Readonly<Record<string, SpillSize>> = {
	FORECAST_CATEGORIES: () => new ArraySize(1, 4),
	FORECAST_BY_MONTH: monthsSize,
	FORECAST_RANGE: () => new ArraySize(3, 1),
	FUNNEL_TARGETS: funnelSize,
	HIRING_PLAN: hiringPlanSize,
};

export class CustomFunctionsPlugin extends FunctionPlugin {
	static override implementedFunctions: ImplementedFunctions =
		Object.fromEntries(
			customFunctions.map((spec) => [
				spec.name,
				{
					method: "run",
					parameters: spec.parameters.map(() => ({
						argumentType: FunctionArgumentType.ANY,
						optionalArg: true,
					})),
					...(spillSizes[spec.name]
						? {
								sizeOfResultArrayMethod: "spillSize",
								vectorizationForbidden: true,
							}
						: {}),
				},
			]),
		);

	sizeOf(ast: Ast, state: InterpreterState): ArraySize {
		return this.arraySizeForAst(ast as Internal, state as Internal);
	}

	spillSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
		const size = spillSizes[ast.procedureName] as SpillSize;
		return size(this, ast, state);
	}

	run(ast: ProcedureAst, state: InterpreterState) {
		const spec = customFunctions.find(
			(candidate) => candidate.name === ast.procedureName,
		) as CustomFunctionSpec;
		const metadata = this.metadata(spec.name);
		return this.runFunction(
			ast.args as Internal,
			state as Internal,
			metadata,
			(...values: unknown[]) => {
				try {
					const args = values.map((value, i) =>
						toSheetsArgument(
							value,
							acceptsDates(spec.parameters[i]?.type ?? ""),
						),
					);
					// serialToDate makes dates at midnight in this machine's zone: it is this workbook's spreadsheet zone.
					if (spec.takesSpreadsheetTimeZone) {
						while (args.length < spec.parameters.length) args.push(undefined);
						args.push(LOCAL_TIME_ZONE);
					}
					const result = (functions[spec.name] as (...a: unknown[]) => unknown)(
						...args,
					);
					if (typeof result === "number") return result;
					const rows = result as (string | number)[][];
					const size = this.spillSize(ast, state);
					if (rows.length > size.height || (rows[0]?.length ?? 0) > size.width)
						return new CellError(
							ErrorType.VALUE,
							`${spec.name}: the result is larger than HyperFormula could foresee from the formula`,
						);
					// Sheets spills exactly the rows returned; HyperFormula reserves the predicted size, so pad with blanks.
					const padded = Array.from({ length: size.height }, (_, r) =>
						Array.from({ length: size.width }, (_, c) => rows[r]?.[c] ?? ""),
					);
					return SimpleRangeValue.onlyValues(padded);
				} catch (error) {
					if (error instanceof CellError) return error;
					return new CellError(
						ErrorType.VALUE,
						error instanceof Error ? error.message : String(error),
					);
				}
			},
		);
	}
}

let registered = false;

/** Makes the add-in's custom functions available to every HyperFormula instance. */
export function registerCustomFunctions(): void {
	if (registered) return;
	const names = Object.fromEntries(
		customFunctions.map((spec) => [spec.name, spec.name]),
	);
	HyperFormula.registerFunctionPlugin(CustomFunctionsPlugin, {
		enGB: names,
		enUS: names,
	});
	registered = true;
}
