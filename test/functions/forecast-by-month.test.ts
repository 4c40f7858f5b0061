import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	call,
	column,
	errorOf,
	expectJunkArgumentsHandled,
	expectJunkHandled,
	foreignDate,
	junkCell,
	junkColumns,
	openColumn,
	RUNS,
} from "./helpers";

const byMonth = (...args: unknown[]) => call("FORECAST_BY_MONTH", ...args);
const forecast = (...args: unknown[]) => call("WEIGHTED_FORECAST", ...args);

const STAGES = [
	["Lead", 0.1],
	["Proposal", 0.5],
	["Won", 1],
];

describe("FORECAST_BY_MONTH spreads the weighted forecast over calendar months", () => {
	it("matches a hand-worked first quarter", () => {
		// January: 10,000 × 50% (Proposal) + 2,000 × 100% (Won) = 7,000; February: nothing;
		// March: 30,000 × 10% (Lead) = 3,000; the April deal falls after the three months.
		const result = byMonth(
			column(10000, 2000, 30000, 8000),
			column("Proposal", "won", "Lead", "Won"),
			STAGES,
			column(
				new Date(2027, 0, 31),
				new Date(2027, 0, 1),
				new Date(2027, 2, 15),
				new Date(2027, 3, 1),
			),
			new Date(2027, 0, 1),
			3,
		);
		expect(result).toEqual([[7000, 0, 3000]]);
	});

	it("starts at the month of any day given as first_month", () => {
		expect(
			byMonth(100, 1, "", new Date(2027, 1, 28), new Date(2027, 1, 14), 2),
		).toEqual([[100, 0]]);
	});

	it("spills 12 months by default", () => {
		const [months] = byMonth(
			100,
			0.5,
			"",
			new Date(2027, 11, 31),
			new Date(2027, 0, 1),
		) as number[][];
		// December is the twelfth month after January.
		expect(months).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50]);
	});

	it("counts a deal closing late on the last day of a month in that month", () => {
		expect(
			byMonth(
				column(100),
				column(1),
				"",
				column(new Date(2027, 0, 31, 23, 59)),
				new Date(2027, 0, 1),
				2,
			),
		).toEqual([[100, 0]]);
	});

	it("crosses a year end", () => {
		expect(
			byMonth(
				column(100, 200),
				column(1, 1),
				"",
				column(new Date(2027, 11, 1), new Date(2028, 0, 31)),
				new Date(2027, 10, 20),
				3,
			),
		).toEqual([[0, 100, 200]]);
	});

	it("reads whole percents and Dates from another realm", () => {
		expect(
			byMonth(
				column(1000, 1000),
				column(50, 25),
				"",
				column(foreignDate(2027, 0, 2), foreignDate(2027, 1, 2)),
				foreignDate(2027, 0, 1),
				2,
			),
		).toEqual([[500, 250]]);
	});

	it("skips blank rows of open ranges, with no close date needed", () => {
		expect(
			byMonth(
				openColumn([100, ""]),
				openColumn([0.5, ""]),
				"",
				openColumn([new Date(2027, 0, 9), ""]),
				new Date(2027, 0, 1),
				1,
			),
		).toEqual([[50]]);
	});

	it("accepts 36 months", () => {
		expect(
			(
				byMonth(
					1,
					1,
					"",
					new Date(2029, 11, 1),
					new Date(2027, 0, 1),
					36,
				) as number[][]
			)[0]?.[35],
		).toBe(1);
	});
});

describe("FORECAST_BY_MONTH rejects bad input with a message naming the function, the argument and the row", () => {
	const dates = column(new Date(2027, 0, 5), new Date(2027, 0, 6));
	it.each([
		{
			name: "a deal with no close date, even outside the months",
			args: [
				column(1, 2),
				column(1, 1),
				"",
				column(new Date(2027, 0, 5), ""),
				new Date(2027, 0, 1),
			],
			message: "FORECAST_BY_MONTH: close_dates, row 2: a date is missing",
		},
		{
			name: "a stage name without a stage table",
			args: [column(1, 2), column(0.5, "Won"), "", dates, new Date(2027, 0, 1)],
			message:
				'FORECAST_BY_MONTH: probabilities, row 2: "Won" is a stage name, but no stage_table was given',
		},
		{
			name: "a probability of 150",
			args: [column(1, 2), column(0.5, 150), "", dates, new Date(2027, 0, 1)],
			message: "FORECAST_BY_MONTH: probabilities, row 2: 150 is outside 0–100%",
		},
		{
			name: "37 months",
			args: [column(1, 2), column(1, 1), "", dates, new Date(2027, 0, 1), 37],
			message: "FORECAST_BY_MONTH: months: at most 36, got 37",
		},
		{
			name: "0 months",
			args: [column(1, 2), column(1, 1), "", dates, new Date(2027, 0, 1), 0],
			message: "FORECAST_BY_MONTH: months: must be at least 1, got 0",
		},
		{
			name: "2.5 months",
			args: [column(1, 2), column(1, 1), "", dates, new Date(2027, 0, 1), 2.5],
			message: "FORECAST_BY_MONTH: months: expected a whole number, got 2.5",
		},
		{
			name: "a first month typed as text",
			args: [column(1, 2), column(1, 1), "", dates, "January"],
			message: 'FORECAST_BY_MONTH: first_month: "January" is text, not a date',
		},
		{
			name: "no first month",
			args: [column(1, 2), column(1, 1), "", dates],
			message: "FORECAST_BY_MONTH: first_month is required",
		},
		{
			name: "no close dates",
			args: [column(1, 2), column(1, 1), "", "", new Date(2027, 0, 1)],
			message: "FORECAST_BY_MONTH: close_dates is required",
		},
	])("rejects $name", ({ args, message }) => {
		expect(errorOf(() => byMonth(...args)).message).toBe(message);
	});
});

const deal = fc.record({
	amount: fc.integer({ min: 0, max: 1e7 }),
	probability: fc.constantFrom(0, 0.1, 0.25, 1 / 3, 0.5, 0.7, 1),
	// Any day of 2026–2029, any hour.
	day: fc.integer({ min: 0, max: 4 * 365 }),
	hour: fc.integer({ min: 0, max: 23 }),
});

describe("FORECAST_BY_MONTH properties", () => {
	it("sums over its months to WEIGHTED_FORECAST over the same whole months", () => {
		fc.assert(
			fc.property(
				fc.array(deal, { minLength: 1, maxLength: 30 }),
				fc.integer({ min: 0, max: 36 }),
				fc.integer({ min: 1, max: 36 }),
				(deals, offset, months) => {
					const args = [
						column(...deals.map((d) => d.amount)),
						column(...deals.map((d) => d.probability)),
						"",
						column(...deals.map((d) => new Date(2026, 0, 1 + d.day, d.hour))),
					];
					const [spread = []] = byMonth(
						...args,
						new Date(2026, offset, 17),
						months,
					) as number[][];
					expect(spread).toHaveLength(months);
					const total = spread.reduce((sum, month) => sum + month, 0);
					const whole = forecast(
						...args,
						new Date(2026, offset, 1),
						new Date(2026, offset + months, 0),
					) as number;
					expect(total).toBeCloseTo(whole, 4);
				},
			),
			RUNS,
		);
	});

	it("returns finite numbers or a named error for junk", () => {
		expectJunkArgumentsHandled("FORECAST_BY_MONTH", 6);
		expectJunkHandled(
			"FORECAST_BY_MONTH",
			fc.tuple(junkColumns(junkCell, junkCell, junkCell), junkCell, junkCell),
			([[amounts, odds, dates], first, months]) => [
				amounts,
				odds,
				"",
				dates,
				first,
				months,
			],
		);
	});
});
