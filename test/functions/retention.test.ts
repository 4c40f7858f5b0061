import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Fraction, fromNumber } from "../../src/functions/fraction";
import {
	evaluate,
	integerRoot,
	monthlyRetention,
	sign,
} from "../../src/functions/retention";
import { RUNS } from "./helpers";

const f = (numerator: bigint, denominator = 1n): Fraction => ({
	numerator,
	denominator,
});

describe("integerRoot", () => {
	it("is the largest x with x^k ≤ n", () => {
		fc.assert(
			fc.property(
				fc.bigInt({ min: 0n, max: 2n ** 300n }),
				fc.integer({ min: 1, max: 12 }),
				(n, k) => {
					const x = integerRoot(n, k);
					const power = BigInt(k);
					expect(x ** power <= n).toBe(true);
					expect((x + 1n) ** power > n).toBe(true);
				},
			),
			RUNS,
		);
	});
});

describe("monthlyRetention writes s = (1 − attrition)^(1/12) as base^(1/root) with the smallest root", () => {
	it.each([
		{ annual: f(1n), root: 1, base: f(1n) },
		{ annual: f(4n, 5n), root: 12, base: f(4n, 5n) },
		{ annual: f(16n, 25n), root: 6, base: f(4n, 5n) },
		{ annual: f(1n, 4n), root: 6, base: f(1n, 2n) },
		{ annual: f(1n, 8n), root: 4, base: f(1n, 2n) },
		{ annual: f(1n, 4096n), root: 1, base: f(1n, 2n) },
		{ annual: f(81n, 10000n), root: 3, base: f(3n, 10n) },
	])(
		"$annual.numerator/$annual.denominator a year is ($base.numerator/$base.denominator)^(1/$root) a month",
		({ annual, root, base }) => {
			const retention = monthlyRetention(annual);
			expect(retention.root).toBe(root);
			expect(retention.base).toEqual(base);
			expect(retention.value).toBeCloseTo(
				(Number(annual.numerator) / Number(annual.denominator)) ** (1 / 12),
				14,
			);
		},
	);
});

describe("sign decides Σ c_j s^j exactly", () => {
	it("finds 0 where doubles find a hair below: 10 s^6 − 5 with s^12 = 1/4", () => {
		const retention = monthlyRetention(f(1n, 4n));
		const powers = [f(-5n), f(0n), f(0n), f(0n), f(0n), f(0n), f(10n)];
		expect(10 * (0.25 ** (1 / 12)) ** 6 - 5).toBeLessThan(0);
		expect(sign(powers, retention)).toBe(0);
		expect(
			sign(
				[f(-5n, 1n), ...powers.slice(1, 6), f(10_000_000_001n, 1_000_000_000n)],
				retention,
			),
		).toBe(1);
	});

	it("finds s^12 − (1 − attrition) to be 0 and s to be irrational otherwise", () => {
		const retention = monthlyRetention(f(4n, 5n));
		const twelfth = Array.from({ length: 13 }, (_, j) =>
			j === 0 ? f(-4n, 5n) : j === 12 ? f(1n) : f(0n),
		);
		expect(sign(twelfth, retention)).toBe(0);
		// no rational r has r^12 = 4/5, so s − r is never 0
		expect(sign([f(-981576n, 1_000_000n), f(1n)], retention)).toBe(1);
		expect(sign([f(-981577n, 1_000_000n), f(1n)], retention)).toBe(-1);
	});

	it("agrees with doubles wherever doubles are far from 0", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 99 }),
				fc.array(fc.integer({ min: -1000, max: 1000 }), {
					minLength: 1,
					maxLength: 36,
				}),
				(percent, coefficients) => {
					const retention = monthlyRetention(fromNumber(1 - percent / 100));
					const powers = coefficients.map((c) => fromNumber(c));
					const value = evaluate(powers, retention);
					fc.pre(Math.abs(value) > 1e-6);
					expect(sign(powers, retention)).toBe(Math.sign(value));
				},
			),
			RUNS,
		);
	});
});
