import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rampFactor } from "../../src/functions/headcount-needed";
import {
	call,
	errorOf,
	expectJunkArgumentsHandled,
	expectJunkHandled,
	expectSheetsOutcome,
	junkCell,
	RUNS,
} from "./helpers";

const headcount = (...args: unknown[]) => call("HEADCOUNT_NEEDED", ...args);

describe("HEADCOUNT_NEEDED sizes a team for a workload", () => {
	it("needs 10 reps for 200 emails a day at 20 per rep a day", () => {
		expect(headcount(200, 20)).toBe(10);
	});

	it.each([
		{ name: "rounds a partial rep up", args: [201, 20], expected: 11 },
		{ name: "needs no one for no workload", args: [0, 20], expected: 0 },
		{
			name: "needs one rep for a workload below one rep's capacity",
			args: [1, 20],
			expected: 1,
		},
		{ name: "reads 21 ÷ 0.7 as 30, not 31", args: [21, 1, 0.7], expected: 30 },
		{
			name: "reads 21 ÷ 70% in whole percents as 30",
			args: [21, 1, 70],
			expected: 30,
		},
		{ name: "reads 7.7 ÷ 0.35 as 22, not 23", args: [7.7, 0.35], expected: 22 },
		{
			name: "reads 333 ÷ 33.3% in whole percents as 1000, not 1001",
			args: [333, 1, 33.3],
			expected: 1000,
		},
		{
			name: "reads 1 ÷ 12.5% in whole percents as 8",
			args: [1, 1, 12.5],
			expected: 8,
		},
		{
			name: "reads an attainment typed as =1/3 as a third: 1 ÷ ⅓ is 3, not 4",
			args: [1, 1, 1 / 3],
			expected: 3,
		},
		{
			name: "reads an attainment typed as =200/3 in whole percents as ⅔: 2 ÷ ⅔ is 3",
			args: [2, 1, 200 / 3],
			expected: 3,
		},
		{
			name: "divides by capacity × attainment",
			args: [200, 20, 0.8],
			expected: 13,
		},
		{
			name: "takes an attainment of 1 as 100%",
			args: [200, 20, 1],
			expected: 10,
		},
		{
			name: "takes an attainment of 100 as 100%",
			args: [200, 20, 100],
			expected: 10,
		},
		{
			name: "defaults a blank attainment to 100%",
			args: [200, 20, ""],
			expected: 10,
		},
		{
			name: "defaults every omitted argument",
			args: [200, 20, undefined, undefined, undefined, undefined],
			expected: 10,
		},
		{
			name: "defaults every blank argument",
			args: [200, 20, "", "", "", ""],
			expected: 10,
		},
		{
			name: "treats a ramp of 0 as no ramp",
			args: [200, 20, 1, 0, 12],
			expected: 10,
		},
		{
			name: "treats a ramp of 1 month as no ramp",
			args: [200, 20, 1, 1, 12],
			expected: 10,
		},
		{ name: "accepts a fractional capacity", args: [10, 2.5], expected: 4 },
	])("$name", ({ args, expected }) => {
		expect(headcount(...args)).toBe(expected);
	});

	it("hires 6 on top of a team of 10 for 1.2M at 100k, 80% attainment and a 3-month ramp over 12 months", () => {
		// covered 10 × 100,000 × 0.8 = 800,000; missing 400,000; ramp factor (12 − (3 − 1)/2)/12 = 11/12;
		// a hire delivers 80,000 × 11/12 = 73,333.33; 400,000 ÷ 73,333.33 = 5.45 → 6 hires → 16 reps
		expect(headcount(1200000, 100000, 0.8, 3, 12, 10)).toBe(16);
		expect(headcount(1200000, 100000, 80, 3, 12, 10)).toBe(16);
		expect(headcount(1200000, 100000, 0.8, 3, "", 10)).toBe(16);
	});

	it.each([
		// factor (12 − 5/2)/12 = 19/24; a hire delivers 10 × 19/24; 190 ÷ (190/24) = 24 exactly
		{
			name: "a 6-month ramp landing exactly on a whole number of hires",
			args: [190, 10, 1, 6, 12],
			expected: 24,
		},
		// factor (12 − 11/2)/12 = 13/24 = (12 + 1)/(2 × 12): both formulas agree when the ramp equals the period
		{
			name: "a ramp as long as the period",
			args: [130, 10, 1, 12, 12],
			expected: 24,
		},
		// factor (12 + 1)/(2 × 24) = 13/48; 120 ÷ (10 × 13/48) = 44.3 → 45
		{
			name: "a ramp twice as long as the period",
			args: [120, 10, 1, 24, 12],
			expected: 45,
		},
		// factor (1 + 1)/(2 × 3) = 1/3; 10 ÷ (10/3) = 3
		{
			name: "a 3-month ramp over a 1-month period",
			args: [10, 10, 1, 3, 1],
			expected: 3,
		},
		// covered 5 × 20 = 100; missing 100; a hire delivers 20 × 11/12 = 18.33; 100 ÷ 18.33 = 5.45 → 6 → 11
		{
			name: "a current team with a 3-month ramp",
			args: [200, 20, "", 3, 12, 5],
			expected: 11,
		},
		// ramp factor (3 − 1/2)/3 = 5/6 over a quarter; missing 100; a hire delivers 20 × 0.5 × 5/6 = 8.33 → 12
		{
			name: "a quarter with 50% attainment and a 2-month ramp",
			args: [100, 20, 0.5, 2, 3],
			expected: 12,
		},
	])("hand-computes $name", ({ args, expected }) => {
		expect(headcount(...args)).toBe(expected);
	});

	it.each([
		{
			name: "a current team that exactly covers the workload",
			args: [200, 20, 1, 3, 12, 10],
			expected: 10,
		},
		{
			name: "a current team larger than needed",
			args: [100, 20, 1, 3, 12, 10],
			expected: 5,
		},
		{
			name: "a current team larger than needed with attainment",
			args: [100, 20, 0.5, 3, 12, 50],
			expected: 10,
		},
		{
			name: "a current team and no workload",
			args: [0, 20, 1, 0, 12, 4],
			expected: 0,
		},
	])(
		"returns ⌈workload ÷ (capacity × attainment)⌉ for $name",
		({ args, expected }) => {
			expect(headcount(...args)).toBe(expected);
		},
	);
});

describe("HEADCOUNT_NEEDED ramp factor", () => {
	it.each([
		{ ramp: 0, period: 12, numerator: 1n, denominator: 1n },
		{ ramp: 1, period: 12, numerator: 1n, denominator: 1n },
		{ ramp: 2, period: 12, numerator: 23n, denominator: 24n },
		{ ramp: 3, period: 12, numerator: 11n, denominator: 12n },
		{ ramp: 12, period: 12, numerator: 13n, denominator: 24n },
		{ ramp: 13, period: 12, numerator: 1n, denominator: 2n },
		{ ramp: 24, period: 12, numerator: 13n, denominator: 48n },
		{ ramp: 3, period: 1, numerator: 1n, denominator: 3n },
	])(
		"is $numerator/$denominator for a $ramp-month ramp over $period months",
		({ ramp, period, numerator, denominator }) => {
			const factor = rampFactor(ramp, period);
			// compared as values: the factor for a ramp longer than the period is not reduced (13/26)
			expect(factor.numerator * denominator).toBe(
				numerator * factor.denominator,
			);
			expect(factor.denominator > 0n).toBe(true);
		},
	);

	it("stays within (0, 1] and never grows with a longer ramp", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 120 }),
				fc.integer({ min: 1, max: 120 }),
				(ramp, period) => {
					const factor = rampFactor(ramp, period);
					const next = rampFactor(ramp + 1, period);
					expect(factor.numerator > 0n).toBe(true);
					expect(factor.numerator <= factor.denominator).toBe(true);
					expect(
						next.numerator * factor.denominator <=
							factor.numerator * next.denominator,
					).toBe(true);
				},
			),
			RUNS,
		);
	});

	it("matches the month-by-month average of k/R in month k of the ramp and full capacity after", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: 1, max: 60 }),
				(ramp, period) => {
					let delivered = 0;
					for (let month = 1; month <= period; month++)
						delivered += Math.min(month / ramp, 1);
					const factor = rampFactor(ramp, period);
					expect(
						Number(factor.numerator) / Number(factor.denominator),
					).toBeCloseTo(delivered / period, 9);
				},
			),
			RUNS,
		);
	});
});

describe("HEADCOUNT_NEEDED rejects bad input with a message naming the function and the argument", () => {
	it.each([
		{
			name: "a negative workload",
			args: [-200, 20],
			message: "HEADCOUNT_NEEDED: workload: -200 is negative",
		},
		{
			name: "an omitted workload",
			args: [undefined, 20],
			message: "HEADCOUNT_NEEDED: workload is required",
		},
		{
			name: "a workload typed as text",
			args: ["200 emails", 20],
			message: 'HEADCOUNT_NEEDED: workload: "200 emails" is text, not a number',
		},
		{
			name: "a workload range of several cells",
			args: [[[200], [100]], 20],
			message: "HEADCOUNT_NEEDED: workload: a range is not a number",
		},
		{
			name: "a workload that is a date",
			args: [new Date(Date.UTC(2027, 0, 1)), 20],
			message:
				"HEADCOUNT_NEEDED: workload: the date 2027-01-01 is not a number",
		},
		{
			name: "a zero capacity",
			args: [200, 0],
			message: "HEADCOUNT_NEEDED: capacity_per_rep: must be more than 0, got 0",
		},
		{
			name: "a negative capacity",
			args: [200, -20],
			message:
				"HEADCOUNT_NEEDED: capacity_per_rep: must be more than 0, got -20",
		},
		{
			name: "a blank capacity",
			args: [200, ""],
			message: "HEADCOUNT_NEEDED: capacity_per_rep is required",
		},
		{
			name: "a capacity that is a boolean",
			args: [200, false],
			message: "HEADCOUNT_NEEDED: capacity_per_rep: FALSE is not a number",
		},
		{
			name: "a zero attainment",
			args: [200, 20, 0],
			message:
				"HEADCOUNT_NEEDED: attainment: 0% means reps deliver nothing, so no team size is enough",
		},
		{
			name: "an attainment above 100",
			args: [200, 20, 150],
			message: "HEADCOUNT_NEEDED: attainment: 150 is outside 0–100%",
		},
		{
			name: "a negative attainment",
			args: [200, 20, -0.8],
			message: "HEADCOUNT_NEEDED: attainment: -0.8 is outside 0–100%",
		},
		{
			name: "an attainment typed as text",
			args: [200, 20, "80%"],
			message: 'HEADCOUNT_NEEDED: attainment: "80%" is text, not a number',
		},
		{
			name: "a negative ramp",
			args: [200, 20, 1, -1],
			message: "HEADCOUNT_NEEDED: ramp_months: must be at least 0, got -1",
		},
		{
			name: "a fractional ramp",
			args: [200, 20, 1, 1.5],
			message:
				"HEADCOUNT_NEEDED: ramp_months: expected a whole number, got 1.5",
		},
		{
			name: "a zero period",
			args: [200, 20, 1, 3, 0],
			message: "HEADCOUNT_NEEDED: period_months: must be at least 1, got 0",
		},
		{
			name: "a negative period",
			args: [200, 20, 1, 3, -12],
			message: "HEADCOUNT_NEEDED: period_months: must be at least 1, got -12",
		},
		{
			name: "a period typed as text",
			args: [200, 20, 1, 3, "12 months"],
			message:
				'HEADCOUNT_NEEDED: period_months: "12 months" is text, not a number',
		},
		{
			name: "a negative team",
			args: [200, 20, 1, 3, 12, -2],
			message: "HEADCOUNT_NEEDED: current_reps: must be at least 0, got -2",
		},
		{
			name: "a fractional team",
			args: [200, 20, 1, 3, 12, 2.5],
			message:
				"HEADCOUNT_NEEDED: current_reps: expected a whole number, got 2.5",
		},
	])("rejects $name", ({ args, message }) => {
		expect(errorOf(() => headcount(...args)).message).toBe(message);
	});
});

describe("HEADCOUNT_NEEDED properties", () => {
	const team = fc.record({
		capacity: fc.integer({ min: 1, max: 1e6 }),
		attainment: fc
			.integer({ min: 1, max: 100 })
			.map((percent) => percent / 100),
		ramp: fc.integer({ min: 0, max: 36 }),
		period: fc.integer({ min: 1, max: 36 }),
		current: fc.integer({ min: 0, max: 100 }),
	});

	it("never needs fewer reps for more workload", () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1e9, noNaN: true }),
				fc.double({ min: 0, max: 1e9, noNaN: true }),
				team,
				(a, b, { capacity, attainment, ramp, period, current }) => {
					const [less, more] = a <= b ? [a, b] : [b, a];
					const fewer = headcount(
						less,
						capacity,
						attainment,
						ramp,
						period,
						current,
					) as number;
					const moreReps = headcount(
						more,
						capacity,
						attainment,
						ramp,
						period,
						current,
					) as number;
					expect(moreReps).toBeGreaterThanOrEqual(fewer);
				},
			),
			RUNS,
		);
	});

	it("needs at least the current team once the workload is not covered, and never fewer than with no ramp", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1e8 }),
				team,
				(workload, { capacity, attainment, ramp, period, current }) => {
					const reps = headcount(
						workload,
						capacity,
						attainment,
						ramp,
						period,
						current,
					) as number;
					expect(Number.isInteger(reps)).toBe(true);
					expect(reps).toBeGreaterThanOrEqual(
						headcount(
							workload,
							capacity,
							attainment,
							0,
							period,
							current,
						) as number,
					);
					if (workload > current * capacity * attainment)
						expect(reps).toBeGreaterThan(current);
				},
			),
			RUNS,
		);
	});

	it("matches exact integer arithmetic without ramp or team, for attainments with a decimal in either scale", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1e9 }),
				fc.integer({ min: 1, max: 1e6 }),
				// Tenths of a percent above 1%: 333 is 33.3%, typed 33.3 or 0.333.
				fc.oneof(
					fc.integer({ min: 11, max: 1000 }),
					fc.constantFrom(333, 125, 995),
				),
				(workload, capacity, tenths) => {
					const divisor = BigInt(capacity * tenths);
					const expected = Number(
						(BigInt(workload) * 1000n + divisor - 1n) / divisor,
					);
					expect(headcount(workload, capacity, tenths / 1000)).toBe(expected);
					expect(headcount(workload, capacity, tenths / 10)).toBe(expected);
				},
			),
			RUNS,
		);
	});

	it("returns a finite number or a named error for junk in every argument", () => {
		expectJunkArgumentsHandled("HEADCOUNT_NEEDED", 7);
	});

	it("returns a finite number or a named error for junk cells in every argument", () => {
		expectJunkHandled(
			"HEADCOUNT_NEEDED",
			fc.array(junkCell, { minLength: 6, maxLength: 6 }),
			(args) => args,
		);
	});
});

describe("HEADCOUNT_NEEDED never returns Infinity nor throws an internal error", () => {
	it("says the result is too large for workload 1e308 at capacity 1e-308, never a finite number", () => {
		expect(errorOf(() => headcount(1e308, 1e-308)).message).toBe(
			"HEADCOUNT_NEEDED: the result is too large for a spreadsheet; check the magnitudes of the inputs",
		);
	});

	it("names the function for a workload that is an object without a prototype", () => {
		expectSheetsOutcome("HEADCOUNT_NEEDED", () =>
			headcount(Object.create(null), 20),
		);
	});
});
