import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	call,
	column,
	errorOf,
	expectJunkArgumentsHandled,
	expectJunkHandled,
	expectSheetsOutcome,
	junkCell,
	junkRange,
	openColumn,
	RUNS,
	row,
} from "./helpers";

const funnel = (...args: unknown[]) => call("FUNNEL_TARGETS", ...args);

describe("FUNNEL_TARGETS works back from a revenue target to each stage's volume", () => {
	it("needs 80 qualified meetings for 20 contracts at €6,000 with a 25% close rate", () => {
		expect(funnel(120000, 6000, 0.25)).toEqual([[80], [20]]);
	});

	it.each([
		{
			name: "a single close rate as a cell",
			rates: 0.25,
			expected: [[80], [20]],
		},
		{
			name: "a three-stage chain as a column",
			rates: column(0.5, 0.4, 0.25),
			expected: [[400], [200], [80], [20]],
		},
		{
			name: "a three-stage chain as a row",
			rates: row(0.5, 0.4, 0.25),
			expected: [[400], [200], [80], [20]],
		},
		{
			name: "a three-stage chain in whole percents",
			rates: column(50, 40, 25),
			expected: [[400], [200], [80], [20]],
		},
		{
			name: "an open range with trailing blank rows",
			rates: openColumn([0.5, 0.4, 0.25]),
			expected: [[400], [200], [80], [20]],
		},
		{
			name: "a rate of 100%",
			rates: column(1, 0.25),
			expected: [[80], [80], [20]],
		},
		{
			name: "a whole-percent rate of 100",
			rates: column(100, 25),
			expected: [[80], [80], [20]],
		},
		{
			name: "a range where one number above 1 makes 1 mean 1%",
			rates: column(1, 50),
			expected: [[4000], [40], [20]],
		},
	])("computes $name", ({ rates, expected }) => {
		expect(funnel(120000, 6000, rates)).toEqual(expected);
	});

	it.each([
		{
			name: "deals won round up",
			target: 100000,
			dealSize: 6000,
			rates: 0.25,
			expected: [[68], [17]],
		},
		{
			name: "a target of 0 needs nothing",
			target: 0,
			dealSize: 6000,
			rates: 0.25,
			expected: [[0], [0]],
		},
		{
			name: "a target below one deal still needs one deal",
			target: 1,
			dealSize: 6000,
			rates: 0.5,
			expected: [[2], [1]],
		},
		{
			name: "21 ÷ 0.7 is 30, not 31",
			target: 21,
			dealSize: 1,
			rates: 0.7,
			expected: [[30], [21]],
		},
		{
			name: "2.1 ÷ 0.7 deals won is 3, not 4",
			target: 2.1,
			dealSize: 0.7,
			rates: 1,
			expected: [[3], [3]],
		},
		{
			name: "7.7 ÷ 0.35 deals won is 22, not 23",
			target: 7.7,
			dealSize: 0.35,
			rates: 1,
			expected: [[22], [22]],
		},
		{
			name: "21 won through 50% then 70% is 60 at the top, not 61",
			target: 21,
			dealSize: 1,
			rates: column(0.5, 0.7),
			expected: [[60], [30], [21]],
		},
		{
			name: "each stage comes from the exact chain, not from the rounded stage below (20 won at 30% then 30%)",
			target: 20,
			dealSize: 1,
			rates: column(0.3, 0.3),
			// ⌈20 ÷ 0.09⌉ = 223, where rounding ⌈20 ÷ 0.3⌉ = 67 first would give ⌈67 ÷ 0.3⌉ = 224
			expected: [[223], [67], [20]],
		},
		{
			name: "whole percents with decimals stay exact: 333 won through 33.3% then 50% is 2000, not 2001",
			target: 333,
			dealSize: 1,
			rates: column(33.3, 50),
			expected: [[2000], [666], [333]],
		},
		{
			name: "12.5% and 0.7% in a whole-percent range are 1/8 and 7/1000",
			target: 7,
			dealSize: 1,
			rates: column(12.5, 0.7),
			expected: [[8000], [1000], [7]],
		},
		{
			name: "a rate typed as =1/3 is a third: 1 won needs 3, not 4",
			target: 1,
			dealSize: 1,
			rates: 1 / 3,
			expected: [[3], [1]],
		},
		{
			name: "a rate typed as =2/3 in whole percents (=200/3): 2 won need 3, not 4",
			target: 2,
			dealSize: 1,
			rates: column(200 / 3),
			expected: [[3], [2]],
		},
		{
			name: "a figure 10^-9 above a whole number still rounds up (1000000001 won at 1/1000000000 below 100%)",
			target: 1_000_000_001,
			dealSize: 1,
			rates: 0.999_999_999,
			// 1000000001 ÷ 0.999999999 = 1000000002.000000002…: kept above 1000000002 at 9 decimals
			expected: [[1_000_000_003], [1_000_000_001]],
		},
		{
			name: "a fractional deal size",
			target: 1000,
			dealSize: 333.33,
			rates: 0.5,
			expected: [[8], [4]],
		},
	])("rounds correctly when $name", ({ target, dealSize, rates, expected }) => {
		expect(funnel(target, dealSize, rates)).toEqual(expected);
	});

	it("puts stage names in front of each count, deals won last", () => {
		expect(
			funnel(
				120000,
				6000,
				column(0.5, 0.4, 0.25),
				column("Leads", "Meetings", "Proposals", "Won"),
			),
		).toEqual([
			["Leads", 400],
			["Meetings", 200],
			["Proposals", 80],
			["Won", 20],
		]);
	});

	it("trims stage names and accepts them as a row with trailing blanks", () => {
		expect(
			funnel(120000, 6000, 0.25, row(" Meetings ", "Won", "", "")),
		).toEqual([
			["Meetings", 80],
			["Won", 20],
		]);
	});

	it("accepts numbers as stage names", () => {
		expect(funnel(120000, 6000, 0.25, column(1, 2))).toEqual([
			["1", 80],
			["2", 20],
		]);
	});

	it("adds the pace per period, unrounded, as a last column (13 weeks)", () => {
		const result = funnel(
			120000,
			6000,
			column(0.5, 0.4, 0.25),
			column("Leads", "Meetings", "Proposals", "Won"),
			13,
		);
		expect(result).toEqual([
			["Leads", 400, 400 / 13],
			["Meetings", 200, 200 / 13],
			["Proposals", 80, 80 / 13],
			["Won", 20, 20 / 13],
		]);
	});

	it("adds the pace per period without stage names", () => {
		expect(funnel(120000, 6000, 0.25, undefined, 4)).toEqual([
			[80, 20],
			[20, 5],
		]);
		expect(funnel(120000, 6000, 0.25, "", 13)).toEqual([
			[80, 80 / 13],
			[20, 20 / 13],
		]);
	});

	it("accepts a fractional number of periods", () => {
		expect(funnel(120000, 6000, 0.25, "", 2.5)).toEqual([
			[80, 32],
			[20, 8],
		]);
	});
});

describe("FUNNEL_TARGETS rejects bad input with a message naming the function and the cell", () => {
	it.each([
		{
			name: "a negative target",
			args: [-1, 6000, 0.25],
			message: "FUNNEL_TARGETS: revenue_target: -1 is negative",
		},
		{
			name: "a target typed as text",
			args: ["120k", 6000, 0.25],
			message: 'FUNNEL_TARGETS: revenue_target: "120k" is text, not a number',
		},
		{
			name: "a target that is a range",
			args: [[[1], [2]], 6000, 0.25],
			message: "FUNNEL_TARGETS: revenue_target: a range is not a number",
		},
		{
			name: "an omitted target",
			args: [undefined, 6000, 0.25],
			message: "FUNNEL_TARGETS: revenue_target is required",
		},
		{
			name: "a zero deal size",
			args: [120000, 0, 0.25],
			message: "FUNNEL_TARGETS: avg_deal_size: must be more than 0, got 0",
		},
		{
			name: "a negative deal size",
			args: [120000, -6000, 0.25],
			message: "FUNNEL_TARGETS: avg_deal_size: must be more than 0, got -6000",
		},
		{
			name: "a blank deal size",
			args: [120000, "", 0.25],
			message: "FUNNEL_TARGETS: avg_deal_size is required",
		},
		{
			name: "a deal size that is a boolean",
			args: [120000, true, 0.25],
			message: "FUNNEL_TARGETS: avg_deal_size: TRUE is not a number",
		},
		{
			name: "omitted rates",
			args: [120000, 6000, undefined],
			message: "FUNNEL_TARGETS: conversion_rates is required",
		},
		{
			name: "a close rate of 0",
			args: [120000, 6000, 0],
			message:
				"FUNNEL_TARGETS: conversion_rates: a rate of 0% means no deal ever reaches the next stage",
		},
		{
			name: "a rate of 0 inside a chain",
			args: [120000, 6000, column(0.5, 0, 0.25)],
			message:
				"FUNNEL_TARGETS: conversion_rates, row 2: a rate of 0% means no deal ever reaches the next stage",
		},
		{
			name: "a rate above 100",
			args: [120000, 6000, column(50, 120)],
			message: "FUNNEL_TARGETS: conversion_rates, row 2: 120 is outside 0–100%",
		},
		{
			name: "a negative rate",
			args: [120000, 6000, row(0.5, -0.25)],
			message:
				"FUNNEL_TARGETS: conversion_rates, column 2: -0.25 is outside 0–100%",
		},
		{
			name: "a header row in the rates",
			args: [120000, 6000, column("Rate", 0.5, 0.25)],
			message:
				'FUNNEL_TARGETS: conversion_rates, row 1: "Rate" is text, not a number',
		},
		{
			name: "a rate typed as text with a percent sign",
			args: [120000, 6000, "25%"],
			message: 'FUNNEL_TARGETS: conversion_rates: "25%" is text, not a number',
		},
		{
			name: "a blank rate inside a chain",
			args: [120000, 6000, column(0.5, "", 0.25)],
			message: "FUNNEL_TARGETS: conversion_rates, row 2: a rate is missing",
		},
		{
			name: "an empty row of rates",
			args: [120000, 6000, [[]]],
			message: "FUNNEL_TARGETS: conversion_rates: at least one rate is needed",
		},
		{
			name: "an open range with no rates",
			args: [120000, 6000, openColumn([])],
			message: "FUNNEL_TARGETS: conversion_rates: at least one rate is needed",
		},
		{
			name: "a two-dimensional range of rates",
			args: [
				120000,
				6000,
				[
					[0.5, 0.4],
					[0.3, 0.2],
				],
			],
			message:
				"FUNNEL_TARGETS: conversion_rates: expected one column or one row, got 2 rows × 2 columns",
		},
		{
			name: "as many stage names as rates",
			args: [120000, 6000, column(0.5, 0.25), column("Leads", "Meetings")],
			message:
				"FUNNEL_TARGETS: stage_names: expected 3 names (one per stage: one more than the 2 rates, the last for deals won), got 2",
		},
		{
			name: "too many stage names",
			args: [120000, 6000, 0.25, column("Leads", "Meetings", "Won")],
			message:
				"FUNNEL_TARGETS: stage_names: expected 2 names (one per stage: one more than the 1 rates, the last for deals won), got 3",
		},
		{
			name: "a single stage name for a single rate",
			args: [120000, 6000, 0.25, "Won"],
			message:
				"FUNNEL_TARGETS: stage_names: expected 2 names (one per stage: one more than the 1 rates, the last for deals won), got 1",
		},
		{
			name: "a blank stage name inside the list",
			args: [120000, 6000, column(0.5, 0.25), column("Leads", " ", "Won")],
			message: "FUNNEL_TARGETS: stage_names, row 2: a name is missing",
		},
		{
			name: "a stage name that is a date",
			args: [120000, 6000, 0.25, column(new Date(Date.UTC(2027, 0, 1)), "Won")],
			message:
				"FUNNEL_TARGETS: stage_names, row 1: the date 2027-01-01 is not a name",
		},
		{
			name: "zero periods",
			args: [120000, 6000, 0.25, "", 0],
			message: "FUNNEL_TARGETS: periods: must be more than 0, got 0",
		},
		{
			name: "negative periods",
			args: [120000, 6000, 0.25, "", -13],
			message: "FUNNEL_TARGETS: periods: must be more than 0, got -13",
		},
		{
			name: "periods typed as text",
			args: [120000, 6000, 0.25, "", "13 weeks"],
			message: 'FUNNEL_TARGETS: periods: "13 weeks" is text, not a number',
		},
	])("rejects $name", ({ args, message }) => {
		expect(errorOf(() => funnel(...args)).message).toBe(message);
	});
});

const rateArbitrary = fc
	.integer({ min: 1, max: 100 })
	.map((percent) => percent / 100);

/** Percents with one decimal as people type them (33.3, 12.5, 0.7), in tenths of a percent: 333 is 33.3%. */
const tenthsArbitrary = fc.oneof(
	fc.integer({ min: 1, max: 1000 }),
	fc.constantFrom(333, 125, 7, 1000, 995, 1),
);

/** ⌈a ÷ b⌉ after rounding to 9 decimals, in integers: the documented rule for counts rounded up. */
const roundUpQuotient = (a: bigint, b: bigint): bigint => {
	const scale = 10n ** 9n;
	const rounded = (2n * a * scale + b) / (2n * b);
	return (rounded + scale - 1n) / scale;
};

describe("FUNNEL_TARGETS properties", () => {
	it("never increases stage volumes down the funnel", () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1e9, noNaN: true }),
				fc.double({ min: 1, max: 1e6, noNaN: true }),
				fc.array(fc.double({ min: 0.0001, max: 1, noNaN: true }), {
					minLength: 1,
					maxLength: 6,
				}),
				(target, dealSize, rates) => {
					const volumes = (
						funnel(target, dealSize, column(...rates)) as number[][]
					).map(([count]) => count as number);
					expect(volumes).toHaveLength(rates.length + 1);
					for (let i = 1; i < volumes.length; i++)
						expect(volumes[i]).toBeLessThanOrEqual(volumes[i - 1] as number);
					for (const volume of volumes)
						expect(Number.isInteger(volume)).toBe(true);
				},
			),
			RUNS,
		);
	});

	it("matches exact integer arithmetic for whole targets and rates in percents with a decimal", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1e7 }),
				fc.integer({ min: 1, max: 1e4 }),
				fc.array(tenthsArbitrary, {
					minLength: 1,
					maxLength: 4,
				}),
				fc.boolean(),
				(target, dealSize, tenths, asPercents) => {
					const won = roundUpQuotient(BigInt(target), BigInt(dealSize));
					const expected = [Number(won)];
					let numerator = 1n;
					let denominator = 1n;
					for (let i = tenths.length - 1; i >= 0; i--) {
						numerator *= BigInt(tenths[i] as number);
						denominator *= 1000n;
						expected.unshift(
							Number(roundUpQuotient(won * denominator, numerator)),
						);
					}
					// A whole-percent range needs one number above 1 (33.3 as typed); a fraction range holds 0.333.
					const rates =
						asPercents && tenths.some((t) => t > 10)
							? tenths.map((t) => t / 10)
							: tenths.map((t) => t / 1000);
					expect(funnel(target, dealSize, column(...rates))).toEqual(
						expected.map((count) => [count]),
					);
				},
			),
			RUNS,
		);
	});

	it("gives the same volumes for a column, a row, trailing blanks and whole percents", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1e7 }),
				fc.array(rateArbitrary, { minLength: 1, maxLength: 5 }),
				(target, rates) => {
					const expected = funnel(target, 1000, column(...rates));
					expect(funnel(target, 1000, row(...rates))).toEqual(expected);
					expect(funnel(target, 1000, openColumn(rates, 20))).toEqual(expected);
					if (rates.some((rate) => rate > 0.01)) {
						expect(
							funnel(
								target,
								1000,
								column(...rates.map((rate) => Math.round(rate * 100))),
							),
						).toEqual(expected);
					}
				},
			),
			RUNS,
		);
	});

	it("divides each count by the periods in the last column", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1e7 }),
				fc.array(rateArbitrary, { minLength: 1, maxLength: 4 }),
				fc.integer({ min: 1, max: 260 }),
				(target, rates, periods) => {
					const rows = funnel(
						target,
						1000,
						column(...rates),
						"",
						periods,
					) as number[][];
					for (const [count, pace] of rows)
						expect(pace).toBe((count as number) / periods);
				},
			),
			RUNS,
		);
	});

	it("returns rows of finite numbers and strings or a named error for junk in every argument", () => {
		expectJunkArgumentsHandled("FUNNEL_TARGETS", 5);
	});

	it("returns rows of finite numbers and strings or a named error for junk cells in well-shaped arguments", () => {
		expectJunkHandled(
			"FUNNEL_TARGETS",
			fc.tuple(
				junkCell,
				junkCell,
				fc.oneof(junkCell, junkRange),
				fc.oneof(fc.constant(undefined), junkCell, junkRange),
				fc.oneof(fc.constant(undefined), junkCell),
			),
			(args) => args,
		);
	});

	it("returns finite rows or a named error for any positive sheet-sized target, deal size and rates", () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1e12, noNaN: true }),
				fc.double({ min: 0.01, max: 1e9, noNaN: true }),
				// rates from 0.0001%; overflowing magnitudes are covered below
				fc.array(
					fc.oneof(
						fc.constant(0),
						fc.double({ min: 1e-6, max: 100, noNaN: true }),
					),
					{ minLength: 1, maxLength: 5 },
				),
				(target, dealSize, rates) => {
					expectSheetsOutcome("FUNNEL_TARGETS", () =>
						funnel(target, dealSize, column(...rates)),
					);
				},
			),
			RUNS,
		);
	});
});

describe("FUNNEL_TARGETS never returns Infinity nor throws an internal error", () => {
	it.each([
		{
			name: "deals won (target 1e308, deal size 1e-308)",
			args: [1e308, 1e-308, 0.5],
		},
		{
			name: "a stage volume above the largest double",
			args: [1e300, 1, column(1e-10, 1e-10)],
		},
		{
			name: "a tiny number of periods",
			args: [120000, 6000, 0.25, "", 1e-309],
		},
	])(
		"says the result is too large for $name, never a finite number",
		({ args }) => {
			expect(errorOf(() => funnel(...args)).message).toBe(
				"FUNNEL_TARGETS: the result is too large for a spreadsheet; check the magnitudes of the inputs",
			);
		},
	);

	it("names the function for a target that is an object without a prototype", () => {
		expectSheetsOutcome("FUNNEL_TARGETS", () =>
			funnel(Object.create(null), 6000, 0.25),
		);
	});
});
