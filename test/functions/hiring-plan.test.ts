import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	call,
	column,
	errorOf,
	expectJunkArgumentsHandled,
	expectJunkHandled,
	junkCell,
	row,
} from "./helpers";

const hiringPlan = (...args: unknown[]) =>
	call("HIRING_PLAN", ...args) as number[][];

/** The five rows with figures rounded to 6 decimals, for comparison with hand computations. */
const rounded = (calendar: number[][]) =>
	calendar.map((line) => line.map((x) => Math.round(x * 1e6) / 1e6 + 0));

describe("HIRING_PLAN builds a month-by-month hiring calendar", () => {
	it.each([
		{
			name: "a team that already covers the targets hires nobody",
			// 2 reps × 50 = 100 every month
			args: [row(100, 100, 100), 50, "", "", "", 2],
			expected: [
				[0, 0, 0],
				[2, 2, 2],
				[2, 2, 2],
				[100, 100, 100],
				[0, 0, 0],
			],
		},
		{
			name: "a 3-month ramp makes the hire start 2 months before the month it is needed",
			// month 4 needs 300 ÷ 100 = 3 ramped reps; they start in month 2 and deliver 1/3, 2/3, 3/3
			args: [row(0, 0, 0, 300), 100, "", 3],
			expected: [
				[0, 3, 0, 0],
				[0, 3, 3, 3],
				[0, 1, 2, 3],
				[0, 100, 200, 300],
				[0, 100, 200, 0],
			],
		},
		{
			name: "a lead time of 2 months leaves months 1 and 2 uncovered",
			args: [row(100, 100, 100, 100), 100, "", 0, 0, 0, 2],
			expected: [
				[0, 0, 1, 0],
				[0, 0, 1, 1],
				[0, 0, 1, 1],
				[0, 0, 100, 100],
				[-100, -100, 0, 0],
			],
		},
		{
			name: "a month before lead time + ramp is narrowed only by hires made for later months",
			// F = 2, L = 1: month 3 is the first coverable one; its 2 hires start in month 2 at half speed
			args: [row(100, 100, 100), 50, 1, 2, 0, 0, 1],
			expected: [
				[0, 2, 0],
				[0, 2, 2],
				[0, 1, 2],
				[0, 50, 100],
				[-100, -50, 0],
			],
		},
		{
			name: "a ramp given as percentages of tenure months 1, 2, …",
			// F = 3 (first 100%); month 3 needs 2 reps, starting in month 1 at 0%, 50%, 100%
			args: [row(0, 0, 200), 100, "", column(0, 0.5, 1)],
			expected: [
				[2, 0, 0],
				[2, 2, 2],
				[0, 1, 2],
				[0, 100, 200],
				[0, 100, 0],
			],
		},
		{
			name: "attainment shrinks what each rep brings",
			// 100 ÷ (50 × 80%) = 2.5 → 3 reps
			args: [column(100), 50, 0.8],
			expected: [[3], [3], [3], [120], [20]],
		},
		{
			name: "21 ÷ 70% is 30 hires, not 31",
			args: [21, 1, 0.7],
			expected: [[30], [30], [30], [21], [0]],
		},
		{
			name: "21 ÷ 70% is 30 hires with attrition too, since month 1 counts every rep whole",
			args: [21, 1, 70, "", 20],
			expected: [[30], [30], [30], [21], [0]],
		},
		{
			name: "blank targets are 0",
			args: [row(100, "", 100), 100],
			expected: [
				[1, 0, 0],
				[1, 1, 1],
				[1, 1, 1],
				[100, 100, 100],
				[0, 100, 0],
			],
		},
	])("$name", ({ args, expected }) => {
		expect(rounded(hiringPlan(...args))).toEqual(expected);
	});

	it("backfills what a 20% annual attrition takes away", () => {
		// s = 0.8^(1/12) ≈ 0.981576. Month 2: 10s ≈ 9.8158 < 10, one hire → 10.8158; it then erodes by s a month,
		// 10.6165, 10.4209, 10.2289, 10.0405, until month 7: 9.8555 → a second hire; month 12: 9.8918 → a third.
		const [starts, reps, , capacity, gap] = hiringPlan(
			row(...Array.from({ length: 12 }, () => 100)),
			10,
			"",
			"",
			0.2,
			10,
		) as number[][];
		expect(starts).toEqual([0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
		expect(reps?.[1]).toBeCloseTo(10 * 0.8 ** (1 / 12) + 1, 9);
		expect(reps?.[11]).toBeCloseTo(10.891682, 6);
		expect(capacity?.[5]).toBeCloseTo(100.404671, 6);
		expect(Math.min(...(gap as number[]))).toBe(0);
	});

	it("adds no hire through floating-point error when attrition compounds to an exact figure", () => {
		// 75% a year is 50% over six months exactly: 10 reps are 5 in month 7, 5 × 10 = 50 meets the target.
		// In doubles 10 × 0.25^(6/12) is 4.999999999999999, which would hire one more rep.
		const [starts, reps, , capacity, gap] = hiringPlan(
			row(0, 0, 0, 0, 0, 0, 50),
			10,
			"",
			"",
			0.75,
			10,
		) as number[][];
		expect(starts).toEqual([0, 0, 0, 0, 0, 0, 0]);
		expect(reps?.[6]).toBeCloseTo(5, 12);
		expect(capacity?.[6]).toBeCloseTo(50, 12);
		expect(gap?.[6]).toBe(0);
	});

	it("misses no hire when attrition leaves the team a hair short", () => {
		// 50.0000001 is above 50 = 10 reps × 10 × 0.5: one hire, whatever the doubles say
		const [starts] = hiringPlan(
			row(0, 0, 0, 0, 0, 0, 50.0000001),
			10,
			"",
			"",
			0.75,
			10,
		) as number[][];
		expect(starts).toEqual([0, 0, 0, 0, 0, 0, 1]);
	});

	it("reads targets as a column or a row, and rates in whole percents", () => {
		expect(hiringPlan(column(100, 200), 100, 100, 1, 0, 0, 0)).toEqual(
			hiringPlan(row(100, 200), 100, 1, 0, "", "", ""),
		);
		expect(hiringPlan(row(100, 200), 100, "", column(0, 50, 100))).toEqual(
			hiringPlan(row(100, 200), 100, "", column(0, 0.5, 1)),
		);
	});
});

describe("HIRING_PLAN rejects bad input with a message naming the function, the argument and the cell", () => {
	it.each([
		{
			name: "a target typed as text",
			args: [row(100, "lots", 100), 10],
			message:
				'HIRING_PLAN: monthly_targets, column 2: "lots" is text, not a number',
		},
		{
			name: "a negative target",
			args: [column(100, 50, -1), 10],
			message: "HIRING_PLAN: monthly_targets, row 3: -1 is negative",
		},
		{
			name: "more than 36 months",
			args: [row(...Array.from({ length: 37 }, () => 1)), 10],
			message: "HIRING_PLAN: monthly_targets: 37 months, at most 36",
		},
		{
			name: "a grid of targets",
			args: [
				[
					[1, 2],
					[3, 4],
				],
				10,
			],
			message:
				"HIRING_PLAN: monthly_targets: expected one column or one row, got 2 rows × 2 columns",
		},
		{
			name: "no quota",
			args: [row(1), ""],
			message: "HIRING_PLAN: quota_per_rep is required",
		},
		{
			name: "a zero quota",
			args: [row(1), 0],
			message: "HIRING_PLAN: quota_per_rep: must be more than 0, got 0",
		},
		{
			name: "a zero attainment",
			args: [row(1), 10, 0],
			message:
				"HIRING_PLAN: attainment: 0% means reps deliver nothing, so no team size is enough",
		},
		{
			name: "a fractional ramp",
			args: [row(1), 10, "", 2.5],
			message:
				"HIRING_PLAN: ramp: expected a whole number of months or a range of percentages, got 2.5",
		},
		{
			name: "a negative ramp",
			args: [row(1), 10, "", -1],
			message: "HIRING_PLAN: ramp: must be at least 0, got -1",
		},
		{
			name: "a ramp percentage above 100%",
			args: [row(1), 10, "", column(50, 150)],
			message: "HIRING_PLAN: ramp, row 2: 150 is outside 0–100%",
		},
		{
			name: "a gap in the ramp's percentages",
			args: [row(1), 10, "", column(0.25, "", 1)],
			message: "HIRING_PLAN: ramp, row 2: a percentage is missing",
		},
		{
			name: "a ramp percentage typed as text",
			args: [row(1), 10, "", row(0.25, "half", 1)],
			message: 'HIRING_PLAN: ramp, column 2: "half" is text, not a number',
		},
		{
			name: "an attrition of 100%",
			args: [row(1), 10, "", "", 1],
			message:
				"HIRING_PLAN: annual_attrition: 100% means every rep leaves at once; it must be below 100%",
		},
		{
			name: "a negative attrition",
			args: [row(1), 10, "", "", -0.1],
			message: "HIRING_PLAN: annual_attrition: -0.1 is outside 0–100%",
		},
		{
			name: "a fractional team",
			args: [row(1), 10, "", "", "", 2.5],
			message: "HIRING_PLAN: current_reps: expected a whole number, got 2.5",
		},
		{
			name: "a negative lead time",
			args: [row(1), 10, "", "", "", "", -1],
			message: "HIRING_PLAN: lead_time_months: must be at least 0, got -1",
		},
		{
			name: "targets no hiring can reach",
			args: [row(1e300, 0), 1e-300],
			message:
				"HIRING_PLAN: monthly_targets, column 1: needs more than 1,000,000,000 hires in one month; check the magnitudes of the targets and of quota_per_rep",
		},
	])("rejects $name", ({ args, message }) => {
		expect(errorOf(() => hiringPlan(...args)).message).toBe(message);
	});
});

interface Inputs {
	readonly targets: number[];
	readonly quota: number;
	readonly attainment: number;
	readonly ramp: number | number[];
	readonly attrition: number;
	readonly current: number;
	readonly leadTime: number;
}

const inputs = (attrition: fc.Arbitrary<number>): fc.Arbitrary<Inputs> =>
	fc.record({
		targets: fc.array(
			fc.oneof(
				fc.integer({ min: 0, max: 500_000 }),
				fc.integer({ min: 0, max: 5_000_000 }).map((cents) => cents / 100),
			),
			{ minLength: 1, maxLength: 24 },
		),
		quota: fc.integer({ min: 1_000, max: 50_000 }),
		attainment: fc.integer({ min: 30, max: 100 }).map((p) => p / 100),
		ramp: fc.oneof(
			fc.integer({ min: 0, max: 6 }),
			fc.array(
				fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
				{ minLength: 2, maxLength: 5 },
			),
		),
		attrition,
		current: fc.integer({ min: 0, max: 30 }),
		leadTime: fc.integer({ min: 0, max: 4 }),
	});

const anyAttrition = fc.oneof(
	fc.constant(0),
	fc.integer({ min: 1, max: 60 }).map((p) => p / 100),
);

const run = (x: Inputs) =>
	hiringPlan(
		row(...x.targets),
		x.quota,
		x.attainment,
		Array.isArray(x.ramp) ? column(...x.ramp) : x.ramp,
		x.attrition,
		x.current,
		x.leadTime,
	);

const shareAt = (ramp: number | number[], tenure: number): number =>
	Array.isArray(ramp)
		? (ramp[tenure - 1] ?? 1)
		: ramp <= 1
			? 1
			: Math.min(tenure / ramp, 1);

/** F: the first tenure month at 100%. */
const fullFrom = (ramp: number | number[]): number => {
	if (!Array.isArray(ramp)) return Math.max(ramp, 1);
	const full = ramp.indexOf(1);
	return full === -1 ? ramp.length + 1 : full + 1;
};

const PROPERTY_RUNS = { numRuns: 150 };

describe("HIRING_PLAN properties", () => {
	it("covers every month from lead time + ramp on: each gap there is 0 or more", () => {
		fc.assert(
			fc.property(inputs(anyAttrition), (x) => {
				const gap = run(x)[4] as number[];
				const first = x.leadTime + fullFrom(x.ramp);
				gap.forEach((value, i) => {
					if (i + 1 >= first) expect(value).toBeGreaterThanOrEqual(0);
				});
			}),
			PROPERTY_RUNS,
		);
	});

	it("hires the fewest: one hire fewer in any month would leave the month it serves short, before later hires", () => {
		fc.assert(
			fc.property(inputs(anyAttrition), (x) => {
				const [starts = [], , , , gap = []] = run(x);
				const F = fullFrom(x.ramp);
				const s = (1 - x.attrition) ** (1 / 12);
				const delivered = x.quota * x.attainment;
				starts.forEach((hires, i) => {
					if (hires === 0) return;
					const [h, t] = [i + 1, i + F];
					// hires of months h + 1 … t, made for later months, also help month t while ramping
					let later = 0;
					for (let k = h + 1; k <= t; k++)
						later +=
							(starts[k - 1] ?? 0) *
							s ** (t - k) *
							shareAt(x.ramp, t - k + 1) *
							delivered;
					const perHire = delivered * s ** (F - 1);
					expect((gap[t - 1] as number) - later).toBeLessThan(
						perHire * (1 + 1e-9),
					);
				});
			}),
			PROPERTY_RUNS,
		);
	});

	it("with no attrition, never starts a negative number of hires and never loses a rep", () => {
		fc.assert(
			fc.property(inputs(fc.constant(0)), (x) => {
				const [starts, reps] = run(x) as number[][];
				for (const hires of starts ?? []) {
					expect(Number.isInteger(hires)).toBe(true);
					expect(hires).toBeGreaterThanOrEqual(0);
				}
				(reps ?? []).forEach((value, i) => {
					if (i > 0) expect(value).toBeGreaterThanOrEqual(reps?.[i - 1] ?? 0);
				});
			}),
			PROPERTY_RUNS,
		);
	});

	it("gives back its other four rows when recomputed by hand from its own starts row", () => {
		fc.assert(
			fc.property(inputs(anyAttrition), (x) => {
				const [starts = [], reps, ramped, capacity, gap] = run(x);
				const s = (1 - x.attrition) ** (1 / 12);
				x.targets.forEach((target, i) => {
					const t = i + 1;
					let people = x.current * s ** (t - 1);
					let equivalents = people;
					for (let h = 1; h <= t; h++) {
						const hires = starts[h - 1] ?? 0;
						people += hires * s ** (t - h);
						equivalents += hires * s ** (t - h) * shareAt(x.ramp, t - h + 1);
					}
					const delivered = equivalents * x.quota * x.attainment;
					const close = (actual: number | undefined, expected: number) =>
						expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
							1e-9 * Math.max(1, Math.abs(expected), target),
						);
					close(reps?.[i], people);
					close(ramped?.[i], equivalents);
					close(capacity?.[i], delivered);
					close(gap?.[i], delivered - target);
				});
			}),
			PROPERTY_RUNS,
		);
	});

	it("returns finite figures or a named error for junk in every argument", () => {
		expectJunkArgumentsHandled("HIRING_PLAN", 8);
	});

	it("returns finite figures or a named error for junk cells in every argument", () => {
		expectJunkHandled(
			"HIRING_PLAN",
			fc.array(junkCell, { minLength: 7, maxLength: 7 }),
			(args) => args,
		);
	});
});
