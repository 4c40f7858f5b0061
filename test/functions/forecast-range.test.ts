import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	call,
	column,
	errorOf,
	expectJunkArgumentsHandled,
	expectJunkHandled,
	junkCell,
	junkColumns,
	openColumn,
	RUNS,
} from "./helpers";

const range = (...args: unknown[]) => call("FORECAST_RANGE", ...args);
const forecast = (...args: unknown[]) => call("WEIGHTED_FORECAST", ...args);

/** [low, expected, high] */
const triple = (result: unknown) => (result as number[][])[0] as number[];

describe("FORECAST_RANGE gives low, expected and high totals won", () => {
	it.each([
		{
			// 1,000 and 3,000 at 50% each: 0, 1,000, 3,000 or 4,000, a quarter each. P(≤ 0) = 25% ≥ 10%, so P10 = 0;
			// P(≤ 3,000) = 75% < 90%, so P90 = 4,000. Expected 500 + 1,500.
			name: "two deals at 50%",
			args: [column(1000, 3000), column(0.5, 0.5)],
			expected: [0, 2000, 4000],
		},
		{
			// The same deals at 50% confidence: P25 = 0 (25% reached), P75 = 3,000 (75% reached).
			name: "two deals at 50% confidence",
			args: [column(1000, 3000), column(0.5, 0.5), "", "", "", "", 0.5],
			expected: [0, 2000, 3000],
		},
		{
			// 5,000 won for sure, 9,000 at 0% never, 2,000 at 30%: 5,000 (70%) or 7,000 (30%); expected 5,600.
			name: "certain, hopeless and uncertain deals",
			args: [column(5000, 9000, 2000), column(1, 0, 0.3)],
			expected: [5000, 5600, 7000],
		},
		{
			// Lost with 10% chance: P(≤ 0) = 10% reaches the 10% level, so P10 = 0.
			name: "one deal at 90%",
			args: [1000, 0.9],
			expected: [0, 900, 1000],
		},
		{
			// P10 of a deal at 95% is its whole amount, above the expected 950: low is the expected figure.
			name: "one deal at 95%",
			args: [1000, 95],
			expected: [950, 950, 1000],
		},
		{
			// P90 of a deal at 5% is 0, below the expected 50: high is the expected figure.
			name: "one long shot at 5%",
			args: [1000, "5%"],
			expected: [0, 50, 50],
		},
	])("computes $name", ({ args, expected }) => {
		const looked = args.map((arg) => (arg === "5%" ? 0.05 : arg));
		expect(triple(range(...looked))).toEqual(expected);
	});

	it("reads stage names, whole percents and a period as WEIGHTED_FORECAST does", () => {
		// In the quarter: 10,000 at Proposal (50%) and 20,000 at 40%; the May deal is out.
		// Totals 0 (30%), 10,000 (30%), 20,000 (20%), 30,000 (20%): P10 = 0, P90 = 30,000, expected 13,000.
		const args = [
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
		];
		expect(triple(range(...args))).toEqual([0, 13000, 30000]);
		expect(triple(range(...args))[1]).toBe(forecast(...args));
	});

	it("reads confidence as a whole percent", () => {
		expect(
			range(column(1000, 3000), column(0.5, 0.5), "", "", "", "", 50),
		).toEqual(range(column(1000, 3000), column(0.5, 0.5), "", "", "", "", 0.5));
	});

	it("skips the blank rows of open ranges", () => {
		expect(
			triple(range(openColumn([1000, 3000]), openColumn([0.5, 0.5]))),
		).toEqual([0, 2000, 4000]);
	});
});

describe("FORECAST_RANGE rejects bad input with a message naming the function, the argument and the row", () => {
	it.each([
		{
			name: "a confidence of 40%",
			args: [100, 0.5, "", "", "", "", 0.4],
			message:
				"FORECAST_RANGE: confidence: must be between 50% and 99%, got 0.4",
		},
		{
			name: "a confidence of 100%",
			args: [100, 0.5, "", "", "", "", 100],
			message:
				"FORECAST_RANGE: confidence: must be between 50% and 99%, got 100",
		},
		{
			name: "a confidence typed as text",
			args: [100, 0.5, "", "", "", "", "high"],
			message: 'FORECAST_RANGE: confidence: "high" is text, not a number',
		},
		{
			name: "a probability of 150 on row 2",
			args: [column(1, 1), column(0.5, 150)],
			message: "FORECAST_RANGE: probabilities, row 2: 150 is outside 0–100%",
		},
		{
			name: "a stage missing from the stage table",
			args: [column(1), column("Maybe"), [["Won", 1]]],
			message:
				'FORECAST_RANGE: probabilities, row 1: stage "Maybe" is not in stage_table',
		},
		{
			name: "a deal with no close date in a period",
			args: [
				column(1, 1),
				column(0.5, 0.5),
				"",
				column(new Date(2027, 0, 2), ""),
				new Date(2027, 0, 1),
			],
			message: "FORECAST_RANGE: close_dates, row 2: a date is missing",
		},
		{
			name: "no probabilities",
			args: [column(1)],
			message: "FORECAST_RANGE: probabilities is required",
		},
	])("rejects $name", ({ args, message }) => {
		expect(errorOf(() => range(...args)).message).toBe(message);
	});
});

/** The quantile by listing all 2^n outcomes, written the plainest way, then kept on its side of the expected total. */
function bruteForce(
	amounts: number[],
	odds: number[],
	confidence: number,
): number[] {
	const outcomes: { total: number; probability: number }[] = [];
	for (let won = 0; won < 2 ** amounts.length; won++) {
		let total = 0;
		let probability = 1;
		amounts.forEach((amount, i) => {
			const p = odds[i] as number;
			if (won & (1 << i)) {
				total += amount;
				probability *= p;
			} else probability *= 1 - p;
		});
		outcomes.push({ total, probability });
	}
	outcomes.sort((a, b) => a.total - b.total);
	const quantile = (level: number) => {
		let cumulative = 0;
		for (const [i, outcome] of outcomes.entries()) {
			cumulative += outcome.probability;
			if (outcomes[i + 1]?.total === outcome.total) continue;
			if (cumulative >= level - 1e-9) return outcome.total;
		}
		return outcomes[outcomes.length - 1]?.total as number;
	};
	const expected = amounts.reduce(
		(sum, amount, i) => sum + amount * (odds[i] as number),
		0,
	);
	return [
		Math.min(quantile((1 - confidence) / 2), expected),
		expected,
		Math.max(quantile((1 + confidence) / 2), expected),
	];
}

const deals = (maxLength: number) =>
	fc.array(
		fc.record({
			amount: fc.integer({ min: 0, max: 1e6 }),
			probability: fc.oneof(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.constantFrom(0, 0.1, 0.25, 0.5, 0.9, 1),
			),
		}),
		{ minLength: 1, maxLength },
	);

describe("FORECAST_RANGE properties", () => {
	it("agrees with listing every outcome, for up to 16 uncertain deals", () => {
		fc.assert(
			fc.property(
				deals(16),
				fc.constantFrom(0.5, 0.8, 0.9, 0.99),
				(list, confidence) => {
					const amounts = list.map((deal) => deal.amount);
					const odds = list.map((deal) => deal.probability);
					const [low, expected, high] = triple(
						range(
							column(...amounts),
							column(...odds),
							"",
							"",
							"",
							"",
							confidence,
						),
					);
					const [bruteLow, bruteExpected, bruteHigh] = bruteForce(
						amounts,
						odds,
						confidence,
					);
					expect(low).toBeCloseTo(bruteLow as number, 6);
					expect(expected).toBeCloseTo(bruteExpected as number, 6);
					expect(high).toBeCloseTo(bruteHigh as number, 6);
				},
			),
			{ numRuns: 150 },
		);
	});

	it("keeps low ≤ expected ≤ high, expected being WEIGHTED_FORECAST, exact or approximate", () => {
		fc.assert(
			fc.property(deals(60), (list) => {
				const args = [
					column(...list.map((deal) => deal.amount)),
					column(...list.map((deal) => deal.probability)),
				];
				const [low, expected, high] = triple(range(...args)) as [
					number,
					number,
					number,
				];
				expect(low).toBeLessThanOrEqual(expected);
				expect(expected).toBeLessThanOrEqual(high);
				expect(expected).toBe(forecast(...args));
			}),
			RUNS,
		);
	});

	it("gives low = expected = high when every probability is 0 or 1", () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(0, 1)),
					{ minLength: 1, maxLength: 40 },
				),
				(list) => {
					const [low, expected, high] = triple(
						range(
							column(...list.map(([amount]) => amount)),
							column(...list.map(([, p]) => p)),
						),
					);
					expect(low).toBe(expected);
					expect(high).toBe(expected);
				},
			),
			RUNS,
		);
	});

	it("returns finite numbers or a named error for junk", () => {
		expectJunkArgumentsHandled("FORECAST_RANGE", 7);
		expectJunkHandled(
			"FORECAST_RANGE",
			fc.tuple(junkColumns(junkCell, junkCell, junkCell), junkCell),
			([[amounts, odds, dates], confidence]) => [
				amounts,
				odds,
				"",
				dates,
				"",
				"",
				confidence,
			],
		);
	});
});
