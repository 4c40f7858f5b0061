import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	approximateTotalWon,
	exactTotalWon,
	type UncertainDeals,
} from "../../src/functions/total-won";

interface Deal {
	readonly amount: number;
	readonly probability: number;
}

const uncertain = (deals: readonly Deal[], certain = 0): UncertainDeals => ({
	certain,
	amounts: deals.map((deal) => deal.amount),
	probabilities: deals.map((deal) => deal.probability),
	count: deals.length,
});

const expectedOf = (deals: readonly Deal[], certain = 0) =>
	deals.reduce((sum, deal) => sum + deal.amount * deal.probability, certain);

/** The quantile by listing all 2^n outcomes: the definition, written the plainest way. */
function bruteForce(
	deals: readonly Deal[],
	certain: number,
	level: number,
): number {
	const outcomes: { total: number; probability: number }[] = [];
	for (let won = 0; won < 2 ** deals.length; won++) {
		let total = certain;
		let probability = 1;
		deals.forEach((deal, i) => {
			if (won & (1 << i)) {
				total += deal.amount;
				probability *= deal.probability;
			} else probability *= 1 - deal.probability;
		});
		outcomes.push({ total, probability });
	}
	outcomes.sort((a, b) => a.total - b.total);
	let cumulative = 0;
	for (const [i, outcome] of outcomes.entries()) {
		cumulative += outcome.probability;
		// Outcomes equal to the next one are reached with it.
		if (outcomes[i + 1]?.total === outcome.total) continue;
		if (cumulative >= level - 1e-9) return outcome.total;
	}
	return outcomes[outcomes.length - 1]?.total as number;
}

/** The quantile of a × Binomial(n, p) plus, with probability q, one more deal of `extra`: exact, by the binomial law. */
function binomialQuantile(
	n: number,
	p: number,
	a: number,
	level: number,
	extra = 0,
	q = 0,
): number {
	const pmf = new Float64Array(n + 1);
	pmf[0] = 1;
	for (let i = 0; i < n; i++)
		for (let k = i + 1; k >= 0; k--) {
			const next =
				(pmf[k] as number) * (1 - p) + (k > 0 ? (pmf[k - 1] as number) * p : 0);
			// Flushed to 0 below 1e-300: subnormal numbers would make this loop crawl.
			pmf[k] = next < 1e-300 ? 0 : next;
		}
	const outcomes: { total: number; probability: number }[] = [];
	pmf.forEach((probability, k) => {
		outcomes.push({ total: k * a, probability: probability * (1 - q) });
		if (q > 0)
			outcomes.push({ total: k * a + extra, probability: probability * q });
	});
	outcomes.sort((x, y) => x.total - y.total);
	let cumulative = 0;
	for (const outcome of outcomes) {
		cumulative += outcome.probability;
		if (cumulative >= level - 1e-9) return outcome.total;
	}
	return outcomes[outcomes.length - 1]?.total as number;
}

const LEVELS = [0.005, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.995];

const dealArbitrary = fc.record({
	amount: fc.oneof(
		fc.integer({ min: 1, max: 100_000 }),
		fc.double({ min: 0.01, max: 1e7, noNaN: true }),
	),
	probability: fc.oneof(
		fc.double({ min: 0.001, max: 0.999, noNaN: true }),
		fc.constantFrom(0.1, 0.25, 0.5, 0.75, 0.9),
	),
});

describe("the exact distribution of the total won", () => {
	it("matches a hand-worked pair of deals", () => {
		// 1,000 and 3,000, each at 50%: totals 0, 1,000, 3,000, 4,000, a quarter each.
		const total = exactTotalWon(
			uncertain([
				{ amount: 1000, probability: 0.5 },
				{ amount: 3000, probability: 0.5 },
			]),
		);
		expect([0.1, 0.25, 0.26, 0.5, 0.75, 0.9].map(total.quantile)).toEqual([
			0, 0, 1000, 1000, 3000, 4000,
		]);
	});

	it("reaches a level that the probabilities reach only up to binary rounding", () => {
		// 1 − 0.9 is 0.09999999999999998 in binary: losing the deal is still a 10% chance, so P10 is 0.
		const total = exactTotalWon(
			uncertain([{ amount: 1000, probability: 0.9 }]),
		);
		expect(total.quantile((1 - 0.8) / 2)).toBe(0);
	});

	it("adds the deals at 100% to every outcome", () => {
		const total = exactTotalWon(
			uncertain([{ amount: 2000, probability: 0.3 }], 5000),
		);
		expect([total.quantile(0.1), total.quantile(0.9)]).toEqual([5000, 7000]);
	});

	it("agrees with listing every outcome, for up to 16 deals", () => {
		fc.assert(
			fc.property(
				fc.array(dealArbitrary, { minLength: 1, maxLength: 16 }),
				fc.integer({ min: 0, max: 100_000 }),
				fc.constantFrom(...LEVELS),
				(deals, certain, level) => {
					const exact = exactTotalWon(uncertain(deals, certain)).quantile(
						level,
					);
					expect(exact).toBeCloseTo(bruteForce(deals, certain, level), 6);
				},
			),
			{ numRuns: 200 },
		);
	});
});

describe("the approximate distribution of the total won, for many deals", () => {
	const within = (approximate: number, exact: number, expected: number) =>
		expect(Math.abs(approximate - exact)).toBeLessThanOrEqual(0.01 * expected);

	it("stays within 1% of the expected total of the exact quantile, for 21 to 26 deals of any shape", () => {
		fc.assert(
			fc.property(
				fc.array(dealArbitrary, { minLength: 21, maxLength: 26 }),
				fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e6 })),
				(deals, certain) => {
					const expected = expectedOf(deals, certain);
					const exact = exactTotalWon(uncertain(deals, certain));
					const approximate = approximateTotalWon(
						uncertain(deals, certain),
						expected,
					);
					for (const level of [0.005, 0.1, 0.5, 0.9, 0.995])
						within(
							approximate.quantile(level),
							exact.quantile(level),
							expected,
						);
				},
			),
			{ numRuns: 40 },
		);
	});

	it.each([
		{
			name: "one large long shot among small deals",
			deals: [
				{ amount: 1_000_000, probability: 0.15 },
				...Array.from({ length: 24 }, (_, i) => ({
					amount: 1000 + 37 * i,
					probability: 0.5,
				})),
			],
		},
		{
			name: "equal deals, whose totals fall on a lattice",
			deals: Array.from({ length: 26 }, () => ({
				amount: 5000,
				probability: 0.3,
			})),
		},
		{
			name: "amounts spread over four orders of magnitude",
			deals: Array.from({ length: 26 }, (_, i) => ({
				amount: Math.round(10 ** (2 + (i % 5))),
				probability: [0.05, 0.2, 0.5, 0.8, 0.95][i % 5] as number,
			})),
		},
	])("stays within 1% of the exact quantiles for $name", ({ deals }) => {
		const expected = expectedOf(deals);
		const exact = exactTotalWon(uncertain(deals));
		const approximate = approximateTotalWon(uncertain(deals), expected);
		for (const level of LEVELS)
			within(approximate.quantile(level), exact.quantile(level), expected);
	});

	it.each([
		{ name: "2,000 equal deals", n: 2000, p: 0.3, a: 500, extra: 0, q: 0 },
		{ name: "8,000 equal deals", n: 8000, p: 0.42, a: 1200, extra: 0, q: 0 },
		{
			name: "3,000 small deals and one large long shot",
			n: 3000,
			p: 0.4,
			a: 100,
			extra: 200_000,
			q: 0.12,
		},
		{
			name: "500 deals and one deal almost sure",
			n: 500,
			p: 0.1,
			a: 1000,
			extra: 60_000,
			q: 0.97,
		},
	])(
		"stays within 1% of the exact binomial quantiles for $name",
		({ n, p, a, extra, q }) => {
			const deals: Deal[] = Array.from({ length: n }, () => ({
				amount: a,
				probability: p,
			}));
			if (q > 0) deals.push({ amount: extra, probability: q });
			const expected = expectedOf(deals);
			const approximate = approximateTotalWon(uncertain(deals), expected);
			for (const level of LEVELS)
				within(
					approximate.quantile(level),
					binomialQuantile(n, p, a, level, extra, q),
					expected,
				);
		},
	);
});
