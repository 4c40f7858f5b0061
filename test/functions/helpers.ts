// Shared helpers for the custom-function tests: calling as Sheets does, checking outcomes, junk generators.

import vm from "node:vm";
import fc from "fast-check";
import { expect } from "vitest";
import { functions } from "../../src/functions/index";

export type FunctionName =
	| "WEIGHTED_FORECAST"
	| "FORECAST_CATEGORIES"
	| "FORECAST_BY_MONTH"
	| "FORECAST_RANGE"
	| "FUNNEL_TARGETS"
	| "HEADCOUNT_NEEDED"
	| "HIRING_PLAN";

/** Calls a custom function the way Sheets does. */
export function call(name: FunctionName, ...args: unknown[]): unknown {
	const fn = functions[name];
	if (!fn) throw new Error(`no custom function ${name}`);
	return fn(...args);
}

/** The error a call throws, or a failure if it returns. */
export function errorOf(run: () => unknown): Error {
	try {
		const result = run();
		throw new Error(`expected an error, got ${JSON.stringify(result)}`);
	} catch (error) {
		if (error instanceof Error && error.message.startsWith("expected an error"))
			throw error;
		expect(error).toBeInstanceOf(Error);
		return error as Error;
	}
}

/** A Date made in another realm (another global object), as Sheets' values may be. */
export function foreignDate(
	year: number,
	monthIndex: number,
	day: number,
): Date {
	return vm.runInNewContext(`new Date(${year}, ${monthIndex}, ${day})`) as Date;
}

/** A column range as Sheets passes it: [[a], [b], …]. */
export const column = (...cells: unknown[]): unknown[][] =>
	cells.map((cell) => [cell]);

/** A row range as Sheets passes it: [[a, b, …]]. */
export const row = (...cells: unknown[]): unknown[][] => [cells];

/** An open range such as A2:A: the cells, then many blank rows. */
export const openColumn = (cells: unknown[], blanks = 995): unknown[][] => [
	...column(...cells),
	...Array.from({ length: blanks }, () => [""]),
];

/**
 * What a call may legitimately produce: a finite number, rows of finite numbers and strings,
 * or an Error whose message starts with the function's name. Never NaN, undefined, Infinity or an internal TypeError.
 */
export function expectSheetsOutcome(
	name: FunctionName,
	run: () => unknown,
): void {
	let result: unknown;
	try {
		result = run();
	} catch (error) {
		expect(error).toBeInstanceOf(Error);
		expect(error).not.toBeInstanceOf(TypeError);
		expect(error).not.toBeInstanceOf(RangeError);
		expect(error).not.toBeInstanceOf(SyntaxError);
		expect(
			(error as Error).message.startsWith(`${name}: `),
			(error as Error).message,
		).toBe(true);
		return;
	}
	if (typeof result === "number") {
		expect(Number.isFinite(result), `result ${result}`).toBe(true);
		return;
	}
	expect(Array.isArray(result), `result ${String(result)}`).toBe(true);
	for (const line of result as unknown[]) {
		expect(Array.isArray(line)).toBe(true);
		for (const cell of line as unknown[]) {
			const ok =
				typeof cell === "string" ||
				(typeof cell === "number" && Number.isFinite(cell));
			expect(ok, `cell ${String(cell)}`).toBe(true);
		}
	}
}

/** Numbers of the magnitudes a sheet holds, edge values included. */
export const sheetNumber = fc.oneof(
	fc.double({ min: -1e9, max: 1e9, noNaN: true }),
	fc.integer({ min: -200, max: 200 }),
	fc.constantFrom(0, 1, 0.5, 0.25, 0.7, 50, 100, 101, 150, -1, 1.5, 13, 12, 3),
);

/** One cell's worth of junk: numbers, text, blanks, booleans, Dates (valid, invalid, foreign). */
export const junkCell: fc.Arbitrary<unknown> = fc.oneof(
	sheetNumber,
	fc.string({ maxLength: 12 }),
	fc.constantFrom(
		"",
		" ",
		"Won",
		" won ",
		"Lead",
		"Amount",
		"50%",
		"2027-01-01",
		"NaN",
		"Infinity",
	),
	fc.boolean(),
	fc.constantFrom(undefined, null),
	fc.date({ min: new Date(1990, 0, 1), max: new Date(2060, 0, 1) }),
	fc.constant(new Date(Number.NaN)),
	fc.integer({ min: 1, max: 28 }).map((day) => foreignDate(2027, 0, day)),
);

/** A range-shaped array of junk: columns, rows, grids, ragged or empty. */
export const junkRange: fc.Arbitrary<unknown> = fc.oneof(
	fc.array(junkCell, { maxLength: 6 }).map((cells) => column(...cells)),
	fc.array(junkCell, { maxLength: 6 }).map((cells) => row(...cells)),
	fc.array(fc.array(junkCell, { minLength: 0, maxLength: 3 }), {
		maxLength: 5,
	}),
);

/**
 * Anything at all, built by fast-check's fc.anything() (objects, nested and sparse arrays, Maps, Sets,
 * boxed values, BigInts, typed arrays, Dates), with sheet-sized numbers as leaves.
 * Null-prototype objects and extreme magnitudes have their own explicit tests.
 */
export const junkAnything: fc.Arbitrary<unknown> = fc.anything({
	maxDepth: 3,
	values: [junkCell],
	withBoxedValues: true,
	withMap: true,
	withSet: true,
	withObjectString: true,
	withBigInt: true,
	withDate: true,
	withTypedArray: true,
	withSparseArray: true,
});

/** Any argument: a cell, a range or anything. */
export const junkArgument: fc.Arbitrary<unknown> = fc.oneof(
	junkCell,
	junkRange,
	junkAnything,
);

export const RUNS = { numRuns: 300 };

/** Bad input drawn by `inputs`, laid out as the function's arguments by `args`: figures or an error naming it. */
export function expectJunkHandled<Input>(
	name: FunctionName,
	inputs: fc.Arbitrary<Input>,
	args: (input: Input) => readonly unknown[],
): void {
	fc.assert(
		fc.property(inputs, (input) => {
			expectSheetsOutcome(name, () => call(name, ...args(input)));
		}),
		RUNS,
	);
}

/** Junk in every argument, from none up to `most` of them: cells, ranges, anything at all. */
export const expectJunkArgumentsHandled = (
	name: FunctionName,
	most: number,
): void =>
	expectJunkHandled(
		name,
		fc.array(junkArgument, { maxLength: most }),
		(args) => args,
	);

/** Well-shaped columns of junk, one per cell arbitrary, all of one length (1 to 6 rows). */
export const junkColumns = (
	...cells: readonly fc.Arbitrary<unknown>[]
): fc.Arbitrary<unknown[][][]> =>
	fc
		.integer({ min: 1, max: 6 })
		.chain((rows) =>
			fc.tuple(
				...cells.map((cell) =>
					fc
						.array(cell, { minLength: rows, maxLength: rows })
						.map((values) => column(...values)),
				),
			),
		);
