import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	CellList,
	cellsOf,
	describe as describeValue,
	InputError,
	isBlank,
	isDate,
	isOmitted,
	rateScale,
	readDate,
	readLabel,
	readList,
	readNonNegative,
	readNumber,
	readPositive,
	readRate,
	readWholeNumber,
	requireSameSize,
	withoutTrailingBlanks,
} from "../../src/functions/sheets-input";
import {
	call,
	column,
	errorOf,
	foreignDate,
	junkArgument,
	openColumn,
	RUNS,
	row,
} from "./helpers";

/** The InputError a reader throws, checked to be one. */
function inputErrorOf(run: () => unknown): string {
	const error = errorOf(run);
	expect(error).toBeInstanceOf(InputError);
	expect(error.name).toBe("InputError");
	return error.message;
}

describe("isBlank and isOmitted", () => {
	it.each([
		{ name: "an empty string", value: "", blank: true, omitted: true },
		{ name: "undefined", value: undefined, blank: true, omitted: true },
		{ name: "null", value: null, blank: true, omitted: true },
		{
			name: "a one-cell range holding a blank",
			value: [[""]],
			blank: false,
			omitted: true,
		},
		{
			name: "a one-cell range holding a value",
			value: [[0]],
			blank: false,
			omitted: false,
		},
		{
			name: "a two-cell range of blanks",
			value: [[""], [""]],
			blank: false,
			omitted: false,
		},
		{ name: "zero", value: 0, blank: false, omitted: false },
		{ name: "FALSE", value: false, blank: false, omitted: false },
		{ name: "a space", value: " ", blank: false, omitted: false },
		{ name: "an empty array", value: [], blank: false, omitted: false },
	])(
		"tells whether $name is blank and omitted",
		({ value, blank, omitted }) => {
			expect(isBlank(value)).toBe(blank);
			expect(isOmitted(value)).toBe(omitted);
		},
	);
});

describe("readList reads a column, a row or a single cell", () => {
	it.each([
		{ name: "a single cell", value: 5, cells: [5], first: "x" },
		{ name: "a blank single cell", value: "", cells: [""], first: "x" },
		{
			name: "a column",
			value: column(1, 2, 3),
			cells: [1, 2, 3],
			first: "x, row 1",
		},
		{
			name: "a row",
			value: row(1, 2, 3),
			cells: [1, 2, 3],
			first: "x, column 1",
		},
		{ name: "a one-cell range", value: [[7]], cells: [7], first: "x, row 1" },
		{ name: "an empty row", value: [[]], cells: [], first: "x, column 1" },
	])("reads $name", ({ value, cells, first }) => {
		const list = readList(value, "x");
		expect(list.size).toBe(cells.length);
		expect(cellsOf(list)).toEqual(cells);
		expect(list.at(0)).toBe(first);
	});

	it("names the row of a column cell and the column of a row cell, counting from 1", () => {
		expect(readList(column(1, 2, 3), "amounts").at(2)).toBe("amounts, row 3");
		expect(readList(row(1, 2, 3), "amounts").at(2)).toBe("amounts, column 3");
	});

	it.each([
		{
			name: "a grid of several rows and columns",
			value: [
				[1, 2],
				[3, 4],
				[5, 6],
			],
			message: "x: expected one column or one row, got 3 rows × 2 columns",
		},
		{
			name: "a flat array",
			value: [1, 2],
			message: "x: expected a range of cells",
		},
		{
			name: "an array starting with a value",
			value: [1, [2]],
			message: "x: expected a range of cells",
		},
		{
			name: "an array with no rows",
			value: [],
			message: "x: expected a range of cells",
		},
	])("rejects $name", ({ value, message }) => {
		expect(inputErrorOf(() => readList(value, "x"))).toBe(message);
	});

	it("drops the trailing blanks of an open range but keeps blanks in the middle", () => {
		const list = withoutTrailingBlanks(
			readList(openColumn([1, "", 3], 500), "x"),
		);
		expect(cellsOf(list)).toEqual([1, "", 3]);
		expect(list.at(1)).toBe("x, row 2");
	});

	it("drops trailing nulls and undefineds too, and keeps an all-blank list empty", () => {
		expect(
			cellsOf(
				withoutTrailingBlanks(readList(row(1, null, undefined, ""), "x")),
			),
		).toEqual([1]);
		expect(withoutTrailingBlanks(readList(openColumn([], 10), "x")).size).toBe(
			0,
		);
	});

	it("accepts lists of the same size and rejects others, saying which is which", () => {
		const two = readList(column(1, 2), "a");
		const three = readList(column(1, 2, 3), "b");
		expect(() =>
			requireSameSize(two, "a", readList(row(1, 2), "c"), "c"),
		).not.toThrow();
		expect(inputErrorOf(() => requireSameSize(two, "a", three, "b"))).toBe(
			"b has 3 cells but a has 2: they must be the same size",
		);
	});
});

describe("isDate and describe", () => {
	it.each([
		{ name: "a Date", value: new Date(2027, 0, 15), expected: true },
		{
			name: "a Date from another realm",
			value: foreignDate(2027, 0, 15),
			expected: true,
		},
		{ name: "an invalid Date", value: new Date(Number.NaN), expected: false },
		{ name: "a date serial number", value: 46402, expected: false },
		{ name: "a date typed as text", value: "2027-01-15", expected: false },
		{
			name: "an object that looks like a Date",
			value: { getTime: (): number => 0 },
			expected: false,
		},
	])("tells whether $name is a date", ({ value, expected }) => {
		expect(isDate(value)).toBe(expected);
	});

	it("sees that a Date from another realm fails instanceof but passes isDate", () => {
		const date = foreignDate(2027, 0, 15);
		expect(date instanceof Date).toBe(false);
		expect(isDate(date)).toBe(true);
	});

	it.each([
		{ name: "text in quotes", value: "Won", expected: '"Won"' },
		{
			name: "long text shortened to 40 characters",
			value: "x".repeat(50),
			expected: `"${"x".repeat(37)}…"`,
		},
		{
			name: "text of exactly 40 characters in full",
			value: "y".repeat(40),
			expected: `"${"y".repeat(40)}"`,
		},
		{
			name: "a date as its day",
			value: new Date(Date.UTC(2027, 2, 31)),
			expected: "the date 2027-03-31",
		},
		{ name: "TRUE", value: true, expected: "TRUE" },
		{ name: "FALSE", value: false, expected: "FALSE" },
		{ name: "a range", value: [[1]], expected: "a range" },
		{ name: "a number", value: 1.5, expected: "1.5" },
		{
			name: "an invalid date",
			value: new Date(Number.NaN),
			expected: "an invalid date",
		},
	])("describes $name", ({ value, expected }) => {
		expect(describeValue(value)).toBe(expected);
	});

	it("describes an object without a prototype without throwing", () => {
		expect(() => describeValue(Object.create(null))).not.toThrow();
	});
});

describe("number readers", () => {
	it.each([
		{
			name: "a number is missing",
			value: "",
			message: "x: a number is missing",
		},
		{
			name: "undefined is missing",
			value: undefined,
			message: "x: a number is missing",
		},
		{
			name: "text is text",
			value: "12",
			message: 'x: "12" is text, not a number',
		},
		{
			name: "NaN is not a number",
			value: Number.NaN,
			message: "x: NaN is not a number",
		},
		{
			name: "Infinity is not a number",
			value: Number.POSITIVE_INFINITY,
			message: "x: Infinity is not a number",
		},
		{
			name: "a boolean is not a number",
			value: true,
			message: "x: TRUE is not a number",
		},
		{
			name: "a Date is not a number",
			value: new Date(Date.UTC(2027, 0, 1)),
			message: "x: the date 2027-01-01 is not a number",
		},
		{
			name: "a range is not a number",
			value: [[1]],
			message: "x: a range is not a number",
		},
		{
			name: "a BigInt is not a number",
			value: 5n,
			message: "x: 5 is not a number",
		},
	])("readNumber says $name", ({ value, message }) => {
		expect(inputErrorOf(() => readNumber(value, "x"))).toBe(message);
	});

	it("reads finite numbers as they are", () => {
		fc.assert(
			fc.property(
				fc.double({ noNaN: true, noDefaultInfinity: true }),
				(value) => {
					expect(readNumber(value, "x")).toBe(value);
				},
			),
			RUNS,
		);
	});

	it.each([
		{
			reader: "readPositive",
			read: () => readPositive(0, "x"),
			message: "x: must be more than 0, got 0",
		},
		{
			reader: "readPositive",
			read: () => readPositive(-1, "x"),
			message: "x: must be more than 0, got -1",
		},
		{
			reader: "readNonNegative",
			read: () => readNonNegative(-0.5, "x"),
			message: "x: -0.5 is negative",
		},
		{
			reader: "readWholeNumber",
			read: () => readWholeNumber(2.5, "x", 0),
			message: "x: expected a whole number, got 2.5",
		},
		{
			reader: "readWholeNumber",
			read: () => readWholeNumber(0, "x", 1),
			message: "x: must be at least 1, got 0",
		},
	])("$reader rejects with “$message”", ({ read, message }) => {
		expect(inputErrorOf(read)).toBe(message);
	});

	it("accepts the boundary values", () => {
		expect(readPositive(1e-9, "x")).toBe(1e-9);
		expect(readNonNegative(0, "x")).toBe(0);
		expect(readWholeNumber(1, "x", 1)).toBe(1);
		expect(readWholeNumber(0, "x", 0)).toBe(0);
	});
});

describe("rates", () => {
	it.each([
		{ name: "fractions", cells: [0.5, 0.25, 1], scale: 1 },
		{ name: "one number above 1", cells: [0.5, 1.01], scale: 100 },
		{ name: "whole percents", cells: [50, 25, 100], scale: 100 },
		{
			name: "blanks, text and booleans only",
			cells: ["", "Won", true, null],
			scale: 1,
		},
		{ name: "an empty range", cells: [], scale: 1 },
		{ name: "text that looks like a big number", cells: ["50", 0.5], scale: 1 },
	])("reads the scale of $name as $scale", ({ cells, scale }) => {
		const list = new CellList(
			cells.map((cell) => [cell]),
			cells.length,
			() => "x",
		);
		expect(rateScale(list)).toBe(scale);
		if (cells.length > 0)
			expect(rateScale(readList(column(...cells), "x"))).toBe(scale);
	});

	it.each([
		{ value: 0.5, scale: 1 as const, expected: [1n, 2n] },
		{ value: 1, scale: 1 as const, expected: [1n, 1n] },
		{ value: 0, scale: 1 as const, expected: [0n, 1n] },
		{ value: 0.333, scale: 1 as const, expected: [333n, 1000n] },
		{ value: 50, scale: 100 as const, expected: [1n, 2n] },
		{ value: 1, scale: 100 as const, expected: [1n, 100n] },
		{ value: 100, scale: 100 as const, expected: [1n, 1n] },
		// 33.3 / 100 in floating point is 0.33299999999999996: the exact reading is 333/1000.
		{ value: 33.3, scale: 100 as const, expected: [333n, 1000n] },
		{ value: 12.5, scale: 100 as const, expected: [1n, 8n] },
		{ value: 0.7, scale: 100 as const, expected: [7n, 1000n] },
	])(
		"reads $value at scale $scale as the exact fraction $expected",
		({ value, scale, expected: [numerator, denominator] }) => {
			expect(readRate(value, "x", scale)).toEqual({ numerator, denominator });
		},
	);

	it.each([
		{ value: 100.5, message: "x: 100.5 is outside 0–100%" },
		{ value: -1, message: "x: -1 is outside 0–100%" },
		{ value: "50%", message: 'x: "50%" is text, not a number' },
	])("rejects a rate of $value", ({ value, message }) => {
		expect(inputErrorOf(() => readRate(value, "x", 100))).toBe(message);
	});
});

describe("dates and labels", () => {
	it("returns Dates, from this realm or another, unchanged", () => {
		const here = new Date(2027, 0, 15);
		const there = foreignDate(2027, 0, 15);
		expect(readDate(here, "x")).toBe(here);
		expect(readDate(there, "x")).toBe(there);
	});

	it.each([
		{ name: "a blank", value: "", message: "x: a date is missing" },
		{
			name: "text",
			value: "15/01/2027",
			message: 'x: "15/01/2027" is text, not a date',
		},
		{
			name: "a serial number",
			value: 46402,
			message: "x: 46402 is not a date",
		},
		{
			name: "an invalid Date",
			value: new Date(Number.NaN),
			message: "x: an invalid date is not a date",
		},
		{ name: "a boolean", value: false, message: "x: FALSE is not a date" },
	])("readDate rejects $name", ({ value, message }) => {
		expect(inputErrorOf(() => readDate(value, "x"))).toBe(message);
	});

	it.each([
		{ value: "  Won ", expected: "Won" },
		{ value: "Closed lost", expected: "Closed lost" },
		{ value: 3, expected: "3" },
		{ value: 0, expected: "0" },
	])("readLabel reads $value as “$expected”", ({ value, expected }) => {
		expect(readLabel(value, "x")).toBe(expected);
	});

	it.each([
		{ name: "a blank", value: "", message: "x: a name is missing" },
		{ name: "spaces only", value: "   ", message: "x: a name is missing" },
		{ name: "undefined", value: undefined, message: "x: a name is missing" },
		{ name: "a boolean", value: true, message: "x: TRUE is not a name" },
		{ name: "NaN", value: Number.NaN, message: "x: NaN is not a name" },
		{ name: "a range", value: [["Won"]], message: "x: a range is not a name" },
	])("readLabel rejects $name", ({ value, message }) => {
		expect(inputErrorOf(() => readLabel(value, "x"))).toBe(message);
	});
});

describe("sheet input as the custom functions see it", () => {
	it("treats a one-cell blank range as an omitted optional argument", () => {
		expect(
			call("HEADCOUNT_NEEDED", 200, 20, [[""]], [[""]], [[""]], [[""]]),
		).toBe(10);
	});

	it("never lets an internal reader error escape without the function's name", () => {
		fc.assert(
			fc.property(
				fc.array(junkArgument, { minLength: 2, maxLength: 2 }),
				([a, b]) => {
					for (const name of [
						"WEIGHTED_FORECAST",
						"FUNNEL_TARGETS",
						"HEADCOUNT_NEEDED",
					] as const) {
						try {
							call(name, a, b, 0.5);
						} catch (error) {
							expect(error).not.toBeInstanceOf(InputError);
							expect((error as Error).message.startsWith(`${name}: `)).toBe(
								true,
							);
						}
					}
				},
			),
			RUNS,
		);
	});
});
