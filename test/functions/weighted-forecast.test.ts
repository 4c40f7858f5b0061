import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	call,
	column,
	errorOf,
	expectJunkArgumentsHandled,
	expectJunkHandled,
	expectSheetsOutcome,
	foreignDate,
	junkCell,
	junkColumns,
	junkRange,
	openColumn,
	RUNS,
	row,
} from "./helpers";

const forecast = (...args: unknown[]) => call("WEIGHTED_FORECAST", ...args);

const STAGES = [
	["Lead", 0.1],
	["Qualified", 0.25],
	["Proposal", 0.5],
	["Negotiation", 0.75],
	["Won", 1],
];

describe("WEIGHTED_FORECAST sums amount × probability", () => {
	it.each([
		{
			name: "a single cell amount and probability",
			amounts: 1000,
			probabilities: 0.5,
			expected: 500,
		},
		{
			name: "a column of deals",
			amounts: column(1000, 2000, 3000),
			probabilities: column(0.5, 0.25, 1),
			expected: 4000,
		},
		{
			name: "a row of deals",
			amounts: row(1000, 2000, 3000),
			probabilities: row(0.5, 0.25, 1),
			expected: 4000,
		},
		{
			name: "a row of amounts against a column of probabilities",
			amounts: row(100, 200),
			probabilities: column(0.5, 0.5),
			expected: 150,
		},
		{
			name: "probabilities of 0 and 100%",
			amounts: column(400, 600),
			probabilities: column(0, 1),
			expected: 600,
		},
		{
			name: "a zero amount",
			amounts: column(0, 600),
			probabilities: column(0.5, 0.5),
			expected: 300,
		},
		{
			name: "whole percents from a CRM export",
			amounts: column(1000, 2000, 3000),
			probabilities: column(50, 25, 100),
			expected: 4000,
		},
		{
			name: "a range with one number above 1, read entirely as whole percents",
			amounts: column(1000, 1000),
			probabilities: column(1, 50),
			expected: 510,
		},
		{
			name: "a range of fractions where 1 means 100%",
			amounts: column(1000, 1000),
			probabilities: column(1, 0.5),
			expected: 1500,
		},
		{
			name: "the 100 of a whole-percent range as 100%",
			amounts: column(80, 20),
			probabilities: column(100, 50),
			expected: 90,
		},
		{ name: "empty ranges", amounts: [[]], probabilities: [[]], expected: 0 },
	])("computes $name", ({ amounts, probabilities, expected }) => {
		expect(forecast(amounts, probabilities)).toBeCloseTo(expected, 9);
	});

	it("matches a hand-computed pipeline of five deals", () => {
		// 12,000×0.1 + 8,500×0.25 + 40,000×0.6 + 3,200×0.9 + 15,000×1 = 1,200 + 2,125 + 24,000 + 2,880 + 15,000 = 45,205
		const result = forecast(
			column(12000, 8500, 40000, 3200, 15000),
			column(0.1, 0.25, 0.6, 0.9, 1),
		);
		expect(result).toBeCloseTo(45205, 9);
	});

	it("matches the same pipeline exported in whole percents", () => {
		const result = forecast(
			column(12000, 8500, 40000, 3200, 15000),
			column(10, 25, 60, 90, 100),
		);
		expect(result).toBeCloseTo(45205, 9);
	});

	it("does not round the result", () => {
		expect(forecast(column(333, 1), column(0.333, 0.5))).toBeCloseTo(
			111.389,
			12,
		);
	});

	it("skips rows whose amount is blank, whatever their probability", () => {
		expect(
			forecast(column(1000, "", 2000, null), column(0.5, "", 0.5, "junk")),
		).toBe(1500);
	});

	it("skips the trailing blank rows of open ranges such as F2:F", () => {
		expect(forecast(openColumn([1000, 2000]), openColumn([0.5, 0.25]))).toBe(
			1000,
		);
	});

	it("returns 0 for open ranges that are entirely blank", () => {
		expect(forecast(openColumn([]), openColumn([]))).toBe(0);
	});
});

describe("WEIGHTED_FORECAST looks stage names up in stage_table", () => {
	it.each([
		{
			name: "exact stage names",
			probabilities: column("Proposal", "Won"),
			expected: 1500,
		},
		{
			name: "stage names in another case",
			probabilities: column("PROPOSAL", "won"),
			expected: 1500,
		},
		{
			name: "stage names with surrounding spaces",
			probabilities: column("  proposal ", " Won  "),
			expected: 1500,
		},
		{
			name: "a mix of stage names and numbers",
			probabilities: column("Proposal", 0.25),
			expected: 750,
		},
	])("resolves $name", ({ probabilities, expected }) => {
		expect(forecast(column(1000, 1000), probabilities, STAGES)).toBe(expected);
	});

	it("ignores case and spaces in the stage table itself", () => {
		expect(forecast(1000, "proposal", [["  PROPOSAL  ", 0.5]])).toBe(500);
	});

	it("reads a stage table in whole percents", () => {
		expect(
			forecast(column(1000, 1000), column("Lead", "Won"), [
				["Lead", 10],
				["Won", 100],
			]),
		).toBe(1100);
	});

	it("reads the stage table's scale apart from the probabilities' scale", () => {
		// probabilities in whole percents, stage table in fractions
		expect(forecast(column(1000, 1000), column(50, "Won"), [["Won", 1]])).toBe(
			1500,
		);
	});

	it("skips blank rows of an open stage table", () => {
		const table = [...STAGES, ...Array.from({ length: 50 }, () => ["", ""])];
		expect(forecast(1000, "Won", table)).toBe(1000);
	});

	it("accepts a stage listed twice with the same probability", () => {
		expect(
			forecast(1000, "Won", [
				["Won", 1],
				["won", 1],
			]),
		).toBe(1000);
	});

	it("accepts a stage called by a number", () => {
		expect(forecast(1000, "1", [[1, 0.3]])).toBeCloseTo(300, 9);
	});
});

describe("WEIGHTED_FORECAST counts only deals closing inside the period", () => {
	const amounts = column(100, 200, 400, 800);
	const probabilities = column(1, 1, 1, 1);
	const closes = column(
		new Date(2026, 11, 31),
		new Date(2027, 0, 1),
		new Date(2027, 2, 31),
		new Date(2027, 3, 1),
	);

	it.each([
		{
			name: "a closed window",
			start: new Date(2027, 0, 1),
			end: new Date(2027, 2, 31),
			expected: 600,
		},
		{
			name: "a window with no end",
			start: new Date(2027, 0, 1),
			end: undefined,
			expected: 1400,
		},
		{
			name: "a window with a blank end",
			start: new Date(2027, 0, 1),
			end: "",
			expected: 1400,
		},
		{
			name: "a window with no start",
			start: undefined,
			end: new Date(2027, 2, 31),
			expected: 700,
		},
		{
			name: "a window with a blank start",
			start: "",
			end: new Date(2027, 2, 31),
			expected: 700,
		},
		{
			name: "a one-day window",
			start: new Date(2027, 2, 31),
			end: new Date(2027, 2, 31),
			expected: 400,
		},
		{
			name: "a window no deal closes in",
			start: new Date(2028, 0, 1),
			end: new Date(2028, 11, 31),
			expected: 0,
		},
	])("sums $name", ({ start, end, expected }) => {
		expect(
			forecast(amounts, probabilities, undefined, closes, start, end),
		).toBe(expected);
	});

	it("counts a deal closing on the first day of the period", () => {
		expect(
			forecast(
				100,
				1,
				"",
				new Date(2027, 0, 1),
				new Date(2027, 0, 1),
				new Date(2027, 2, 31),
			),
		).toBe(100);
	});

	it("counts a deal closing on the last day of the period", () => {
		expect(
			forecast(
				100,
				1,
				"",
				new Date(2027, 2, 31),
				new Date(2027, 0, 1),
				new Date(2027, 2, 31),
			),
		).toBe(100);
	});

	it("counts a deal closing late in the day on the last day of the period", () => {
		expect(
			forecast(
				100,
				1,
				"",
				new Date(2027, 2, 31, 18, 30),
				new Date(2027, 0, 1),
				new Date(2027, 2, 31),
			),
		).toBe(100);
	});

	it("leaves out a deal closing the day before the period", () => {
		expect(
			forecast(
				100,
				1,
				"",
				new Date(2026, 11, 31),
				new Date(2027, 0, 1),
				new Date(2027, 2, 31),
			),
		).toBe(0);
	});

	it("leaves out a deal closing the day after the period", () => {
		expect(
			forecast(
				100,
				1,
				"",
				new Date(2027, 3, 1),
				new Date(2027, 0, 1),
				new Date(2027, 2, 31),
			),
		).toBe(0);
	});

	it("leaves out a deal closing the day after a period that ends on a daylight-saving day", () => {
		const periodEnd = new Date("2027-03-28T00:00:00+01:00"); // Sunday 28 March 2027, clocks go forward at 02:00
		const closesNextDay = new Date("2027-03-29T00:00:00+02:00"); // Monday 29 March 2027, midnight
		expect(forecast(100, 1, "", closesNextDay, "", periodEnd)).toBe(0);
	});

	it("uses Dates made in another realm for close dates and the period", () => {
		const result = forecast(
			column(100, 200, 400),
			column(1, 1, 1),
			undefined,
			column(
				foreignDate(2027, 0, 15),
				foreignDate(2027, 1, 15),
				foreignDate(2027, 5, 15),
			),
			foreignDate(2027, 0, 15),
			foreignDate(2027, 2, 31),
		);
		expect(result).toBe(300);
	});

	it("counts a foreign-realm close date exactly on period_start and period_end", () => {
		const day = foreignDate(2027, 0, 15);
		expect(forecast(100, 0.5, "", foreignDate(2027, 0, 15), day, day)).toBe(50);
	});

	it("ignores close dates when no period is given", () => {
		expect(
			forecast(column(100, 200), column(1, 1), "", column("not a date", "")),
		).toBe(300);
	});

	it("does not need a close date for a row whose amount is blank", () => {
		const result = forecast(
			openColumn([100]),
			openColumn([1]),
			"",
			openColumn([new Date(2027, 0, 5)]),
			new Date(2027, 0, 1),
		);
		expect(result).toBe(100);
	});

	it("combines stage names, whole percents and a window", () => {
		const result = forecast(
			column(10000, 20000, 30000, ""),
			column(" proposal", 40, "WON", ""),
			[
				["Proposal", 50],
				["Won", 100],
			],
			column(
				new Date(2027, 0, 10),
				new Date(2027, 1, 10),
				new Date(2027, 4, 10),
				"",
			),
			new Date(2027, 0, 1),
			new Date(2027, 2, 31),
		);
		// 10,000 × 50% + 20,000 × 40%; the third deal closes in May
		expect(result).toBeCloseTo(13000, 9);
	});
});

describe("WEIGHTED_FORECAST rejects bad input with a message naming the function and the cell", () => {
	it.each([
		{
			name: "a probability of 150 on row 7",
			args: [
				column(1, 1, 1, 1, 1, 1, 1),
				column(0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 150),
			],
			message: "WEIGHTED_FORECAST: probabilities, row 7: 150 is outside 0–100%",
		},
		{
			name: "a negative probability",
			args: [column(1, 1), column(0.5, -0.2)],
			message:
				"WEIGHTED_FORECAST: probabilities, row 2: -0.2 is outside 0–100%",
		},
		{
			name: "a probability out of range in a row-shaped range",
			args: [row(1, 1), row(50, 101)],
			message:
				"WEIGHTED_FORECAST: probabilities, column 2: 101 is outside 0–100%",
		},
		{
			name: "ranges of different sizes",
			args: [column(1, 2, 3), column(0.5, 0.5)],
			message:
				"WEIGHTED_FORECAST: probabilities has 2 cells but amounts has 3: they must be the same size",
		},
		{
			name: "a header row in amounts",
			args: [column("Amount", 100), column(0.5, 0.5)],
			message:
				'WEIGHTED_FORECAST: amounts, row 1: "Amount" is text, not a number',
		},
		{
			name: "a header row in probabilities, without a stage table",
			args: [column(100, 100), column("Probability", 0.5)],
			message:
				'WEIGHTED_FORECAST: probabilities, row 1: "Probability" is a stage name, but no stage_table was given',
		},
		{
			name: "a negative amount",
			args: [column(100, -5), column(0.5, 0.5)],
			message: "WEIGHTED_FORECAST: amounts, row 2: -5 is negative",
		},
		{
			name: "an amount with no probability",
			args: [column(100, 200), column(0.5, "")],
			message:
				"WEIGHTED_FORECAST: probabilities, row 2: the deal has an amount but no probability",
		},
		{
			name: "an amount whose probability is only spaces",
			args: [column(100), column("   ")],
			message:
				"WEIGHTED_FORECAST: probabilities, row 1: the deal has an amount but no probability",
		},
		{
			name: "an amount that is a boolean",
			args: [column(true), column(0.5)],
			message: "WEIGHTED_FORECAST: amounts, row 1: TRUE is not a number",
		},
		{
			name: "a probability that is a date",
			args: [100, new Date(Date.UTC(2027, 0, 15))],
			message:
				"WEIGHTED_FORECAST: probabilities: the date 2027-01-15 is not a number",
		},
		{
			name: "a stage name without a stage table",
			args: [column(100), column("Won")],
			message:
				'WEIGHTED_FORECAST: probabilities, row 1: "Won" is a stage name, but no stage_table was given',
		},
		{
			// The spreadsheet's TRIM keeps tabs and no-break spaces: the file's formulas would not find these either.
			name: "a stage name after a tab or before a no-break space",
			args: [column(100, 100), column("\tWon", "Won\u00a0"), STAGES],
			message:
				'WEIGHTED_FORECAST: probabilities, row 1: stage "Won" is not in stage_table (the tab or no-break space around it is part of the name, as for the spreadsheet\'s TRIM)',
		},
		{
			name: "a stage name missing from the stage table",
			args: [column(100, 100), column("Won", " Closed lost "), STAGES],
			message:
				'WEIGHTED_FORECAST: probabilities, row 2: stage "Closed lost" is not in stage_table',
		},
		{
			name: "a stage table with one column",
			args: [100, "Won", column("Won", "Lost")],
			message:
				"WEIGHTED_FORECAST: stage_table: expected two columns, stage and probability",
		},
		{
			name: "a stage table with three columns",
			args: [100, "Won", [["Won", 1, "x"]]],
			message:
				"WEIGHTED_FORECAST: stage_table: expected two columns, stage and probability",
		},
		{
			name: "a stage table that is a single cell",
			args: [100, "Won", "Won"],
			message:
				"WEIGHTED_FORECAST: stage_table: expected two columns, stage and probability",
		},
		{
			name: "a stage table with a header row",
			args: [
				100,
				"Won",
				[
					["Stage", "Probability"],
					["Won", 1],
				],
			],
			message:
				'WEIGHTED_FORECAST: stage_table, row 1: "Probability" is text, not a number',
		},
		{
			name: "a stage table with a probability outside 0–100",
			args: [100, "Won", [["Won", 120]]],
			message: "WEIGHTED_FORECAST: stage_table, row 1: 120 is outside 0–100%",
		},
		{
			name: "a stage table row with a probability but no name",
			args: [
				100,
				"Won",
				[
					["Won", 1],
					["", 0.5],
				],
			],
			message: "WEIGHTED_FORECAST: stage_table, row 2: a name is missing",
		},
		{
			name: "a stage listed twice with different probabilities",
			args: [
				100,
				"Won",
				[
					["Won", 1],
					[" won", 0.9],
				],
			],
			message:
				'WEIGHTED_FORECAST: stage_table, row 2: stage "won" is listed twice with different probabilities',
		},
		{
			name: "a two-dimensional amounts range",
			args: [
				[
					[1, 2],
					[3, 4],
				],
				[
					[0.5, 0.5],
					[0.5, 0.5],
				],
			],
			message:
				"WEIGHTED_FORECAST: amounts: expected one column or one row, got 2 rows × 2 columns",
		},
		{
			name: "amounts that are an array of values rather than of rows",
			args: [[1, 2], column(0.5, 0.5)],
			message: "WEIGHTED_FORECAST: amounts: expected a range of cells",
		},
		{
			name: "omitted amounts",
			args: [undefined, column(0.5)],
			message: "WEIGHTED_FORECAST: amounts is required",
		},
		{
			name: "blank probabilities",
			args: [100, ""],
			message: "WEIGHTED_FORECAST: probabilities is required",
		},
	])("rejects $name", ({ args, message }) => {
		expect(errorOf(() => forecast(...args)).message).toBe(message);
	});

	const amounts = column(100, 200);
	const probabilities = column(0.5, 0.5);
	const start = new Date(2027, 0, 1);
	const end = new Date(2027, 2, 31);

	it.each([
		{
			name: "a window without close dates",
			args: [amounts, probabilities, "", undefined, start, end],
			message:
				"WEIGHTED_FORECAST: close_dates: needed when period_start or period_end is given",
		},
		{
			name: "a window that ends before it starts",
			args: [
				amounts,
				probabilities,
				"",
				column(start, start),
				new Date(Date.UTC(2027, 2, 31)),
				new Date(Date.UTC(2027, 0, 1)),
			],
			message:
				"WEIGHTED_FORECAST: period_end: the date 2027-01-01 is before period_start the date 2027-03-31",
		},
		{
			name: "a period_start typed as text",
			args: [
				amounts,
				probabilities,
				"",
				column(start, start),
				"2027-01-01",
				end,
			],
			message:
				'WEIGHTED_FORECAST: period_start: "2027-01-01" is text, not a date',
		},
		{
			name: "a period_end given as a date serial number",
			args: [amounts, probabilities, "", column(start, start), start, 46477],
			message: "WEIGHTED_FORECAST: period_end: 46477 is not a date",
		},
		{
			name: "a period_end that is an invalid Date",
			args: [
				amounts,
				probabilities,
				"",
				column(start, start),
				start,
				new Date(Number.NaN),
			],
			message: "WEIGHTED_FORECAST: period_end: an invalid date is not a date",
		},
		{
			name: "close dates of a different size",
			args: [
				amounts,
				probabilities,
				"",
				column(start, start, start),
				start,
				end,
			],
			message:
				"WEIGHTED_FORECAST: close_dates has 3 cells but amounts has 2: they must be the same size",
		},
		{
			name: "a counted row without a close date",
			args: [amounts, probabilities, "", column(start, ""), start, end],
			message: "WEIGHTED_FORECAST: close_dates, row 2: a date is missing",
		},
		{
			name: "a counted row whose close date is text",
			args: [amounts, probabilities, "", column("soon", start), start, end],
			message:
				'WEIGHTED_FORECAST: close_dates, row 1: "soon" is text, not a date',
		},
		{
			name: "a counted row whose close date is a number",
			args: [
				amounts,
				probabilities,
				"",
				column(start, 46400),
				start,
				undefined,
			],
			message: "WEIGHTED_FORECAST: close_dates, row 2: 46400 is not a date",
		},
	])("rejects $name", ({ args, message }) => {
		expect(errorOf(() => forecast(...args)).message).toBe(message);
	});
});

describe("WEIGHTED_FORECAST rejects a counted row whose close date is not a valid date", () => {
	it("rejects an invalid Date as the close date of a counted row", () => {
		const error = errorOf(() =>
			forecast(
				column(100, 200),
				column(1, 1),
				"",
				column(new Date(Number.NaN), new Date(2027, 0, 5)),
				new Date(2027, 0, 1),
			),
		);
		expect(error.message).toBe(
			"WEIGHTED_FORECAST: close_dates, row 1: an invalid date is not a date",
		);
	});

	it("rejects an invalid Date from another realm as the close date of a counted row", () => {
		const invalid = vm.runInNewContext("new Date(NaN)") as Date;
		const error = errorOf(() =>
			forecast(
				100,
				1,
				"",
				invalid,
				new Date(2027, 0, 1),
				new Date(2027, 2, 31),
			),
		);
		expect(error.message).toBe(
			"WEIGHTED_FORECAST: close_dates: an invalid date is not a date",
		);
	});
});

describe("WEIGHTED_FORECAST properties", () => {
	it("never exceeds the sum of the amounts, and equals it at 100%", () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						amount: fc.double({ min: 0, max: 1e9, noNaN: true }),
						probability: fc.double({ min: 0, max: 1, noNaN: true }),
					}),
					{ minLength: 1, maxLength: 30 },
				),
				(deals) => {
					const amounts = column(...deals.map((deal) => deal.amount));
					const total = deals.reduce((sum, deal) => sum + deal.amount, 0);
					expect(
						forecast(amounts, column(...deals.map((deal) => deal.probability))),
					).toBeLessThanOrEqual(total);
					expect(forecast(amounts, column(...deals.map(() => 1)))).toBe(total);
					expect(forecast(amounts, column(...deals.map(() => 100)))).toBe(
						total,
					);
				},
			),
			RUNS,
		);
	});

	it.each([
		{ percent: 33.3, amount: 1000, expected: 333 },
		{ percent: 12.5, amount: 8000, expected: 1000 },
		{ percent: 0.7, amount: 100_000, expected: 700 },
	])(
		"weighs $amount at $percent% in a whole-percent range as exactly $expected",
		({ percent, amount, expected }) => {
			// The range is whole percents (one value above 1); 33.3 ÷ 100 in floating point would give 332.99999999999994.
			expect(forecast(column(amount, 0), column(percent, 50))).toBe(expected);
			const stages = [
				["Proposal", percent],
				["Won", 100],
			];
			expect(forecast(column(amount), column("Proposal"), stages)).toBe(
				expected,
			);
		},
	);

	it("gives the same result for percents with a decimal as for the matching fractions", () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						amount: fc.integer({ min: 0, max: 1e6 }),
						tenths: fc.oneof(
							fc.integer({ min: 11, max: 1000 }),
							fc.constantFrom(333, 125, 7),
						),
					}),
					{ minLength: 1, maxLength: 20 },
				),
				(deals) => {
					const amounts = column(...deals.map((deal) => deal.amount), 0);
					const asPercents = forecast(
						amounts,
						column(...deals.map((deal) => deal.tenths / 10), 50),
					);
					const asFractions = forecast(
						amounts,
						column(...deals.map((deal) => deal.tenths / 1000), 0.5),
					);
					expect(asPercents).toBe(asFractions);
				},
			),
			RUNS,
		);
	});

	it("gives the same result for whole percents as for the matching fractions", () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						amount: fc.integer({ min: 0, max: 1e6 }),
						percent: fc.integer({ min: 2, max: 100 }),
					}),
					{
						minLength: 1,
						maxLength: 20,
					},
				),
				(deals) => {
					const amounts = column(...deals.map((deal) => deal.amount));
					const asPercents = forecast(
						amounts,
						column(...deals.map((deal) => deal.percent)),
					);
					const asFractions = forecast(
						amounts,
						column(...deals.map((deal) => deal.percent / 100)),
					);
					expect(asPercents).toBeCloseTo(asFractions as number, 6);
				},
			),
			RUNS,
		);
	});

	it("gives the same result for a column, a row and trailing blank rows", () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						fc.integer({ min: 0, max: 1e6 }),
						fc.double({ min: 0, max: 1, noNaN: true }),
					),
					{
						minLength: 1,
						maxLength: 10,
					},
				),
				fc.integer({ min: 0, max: 50 }),
				(deals, blanks) => {
					const amounts = deals.map(([amount]) => amount);
					const probabilities = deals.map(([, probability]) => probability);
					const expected = forecast(
						column(...amounts),
						column(...probabilities),
					);
					expect(forecast(row(...amounts), row(...probabilities))).toBe(
						expected,
					);
					expect(
						forecast(
							openColumn(amounts, blanks),
							openColumn(probabilities, blanks),
						),
					).toBe(expected);
				},
			),
			RUNS,
		);
	});

	it("returns a finite number or a named error for junk in every argument", () => {
		expectJunkArgumentsHandled("WEIGHTED_FORECAST", 6);
	});

	it("returns a finite number or a named error for junk cells inside well-shaped ranges", () => {
		expectJunkHandled(
			"WEIGHTED_FORECAST",
			fc.tuple(
				junkColumns(junkCell, junkCell, junkCell),
				fc.oneof(
					fc.constant(undefined),
					fc.array(fc.tuple(junkCell, junkCell), { maxLength: 4 }),
				),
				junkCell,
				junkCell,
			),
			([[amounts, probabilities, dates], table, start, end]) => [
				amounts,
				probabilities,
				table,
				dates,
				start,
				end,
			],
		);
	});

	it("returns a finite number or a named error for junk ranges in every argument", () => {
		fc.assert(
			fc.property(
				fc.array(junkRange, { minLength: 2, maxLength: 6 }),
				(args) => {
					expectSheetsOutcome("WEIGHTED_FORECAST", () => forecast(...args));
				},
			),
			RUNS,
		);
	});
});

describe("WEIGHTED_FORECAST never returns Infinity nor throws an internal error", () => {
	it("says the result is too large when huge amounts overflow the sum, never a finite number", () => {
		expect(
			errorOf(() => forecast(column(1e308, 1e308), column(1, 1))).message,
		).toBe(
			"WEIGHTED_FORECAST: the result is too large for a spreadsheet; check the magnitudes of the inputs",
		);
	});

	it("names the function for an amount that is an object without a prototype", () => {
		expectSheetsOutcome("WEIGHTED_FORECAST", () =>
			forecast(Object.create(null), 0.5),
		);
	});
});
