import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	add,
	ceiling,
	divide,
	type Fraction,
	fromNumber,
	multiply,
	roundUp,
	share,
	subtract,
	toNumber,
} from "../../src/functions/fraction";
import { RUNS } from "./helpers";

const f = (numerator: bigint, denominator: bigint): Fraction => ({
	numerator,
	denominator,
});

const gcd = (a: bigint, b: bigint): bigint => {
	let x = a < 0n ? -a : a;
	let y = b < 0n ? -b : b;
	while (y !== 0n) [x, y] = [y, x % y];
	return x;
};

/** In lowest terms with a positive denominator. */
function expectReduced(value: Fraction): void {
	expect(value.denominator > 0n).toBe(true);
	expect(
		gcd(value.numerator, value.denominator) === 1n || value.numerator === 0n,
	).toBe(true);
	if (value.numerator === 0n) expect(value.denominator).toBe(1n);
}

const smallFraction = fc
	.tuple(
		fc.bigInt({ min: -1000n, max: 1000n }),
		fc.bigInt({ min: 1n, max: 1000n }),
	)
	.map(([numerator, denominator]) =>
		divide(f(numerator, 1n), f(denominator, 1n)),
	);

describe("fromNumber reads back the decimal a person typed", () => {
	it.each([
		{ value: 0.7, numerator: 7n, denominator: 10n },
		{ value: 0.25, numerator: 1n, denominator: 4n },
		{ value: 21, numerator: 21n, denominator: 1n },
		{ value: 0, numerator: 0n, denominator: 1n },
		{ value: -0, numerator: 0n, denominator: 1n },
		{ value: -1.5, numerator: -3n, denominator: 2n },
		{ value: 6000, numerator: 6000n, denominator: 1n },
		{ value: 333.33, numerator: 33333n, denominator: 100n },
		{ value: 1e-7, numerator: 1n, denominator: 10000000n },
		{ value: 1.5e-7, numerator: 3n, denominator: 20000000n },
		{ value: 1e21, numerator: 10n ** 21n, denominator: 1n },
		{ value: 1.25e22, numerator: 125n * 10n ** 20n, denominator: 1n },
		{
			value: 0.1 + 0.2,
			numerator: 7500000000000001n,
			denominator: 25000000000000000n,
		},
	])(
		"reads $value as $numerator/$denominator",
		({ value, numerator, denominator }) => {
			expect(fromNumber(value)).toEqual({ numerator, denominator });
		},
	);

	it("round-trips every finite double and is always in lowest terms", () => {
		fc.assert(
			fc.property(
				fc.double({ noNaN: true, noDefaultInfinity: true }),
				(value) => {
					const fraction = fromNumber(value);
					expectReduced(fraction);
					// numerator ÷ denominator as exact decimal text, compared through Number's correctly rounded parsing
					const scale = fraction.denominator;
					const sign = fraction.numerator < 0n ? "-" : "";
					const magnitude =
						fraction.numerator < 0n ? -fraction.numerator : fraction.numerator;
					let digits = 0;
					let power = 1n;
					while (power % scale !== 0n && digits < 400) {
						power *= 10n;
						digits++;
					}
					// every denominator divides a power of ten, so the value is an exact decimal
					expect(power % scale).toBe(0n);
					const scaled = (magnitude * (power / scale))
						.toString()
						.padStart(digits + 1, "0");
					const text = `${sign}${scaled.slice(0, scaled.length - digits)}.${scaled.slice(scaled.length - digits) || "0"}`;
					expect(Number(text)).toBe(value === 0 ? 0 : value);
				},
			),
			RUNS,
		);
	});
});

describe("fraction arithmetic", () => {
	it.each([
		{
			name: "multiplies",
			op: multiply,
			a: f(2n, 3n),
			b: f(3n, 4n),
			expected: f(1n, 2n),
		},
		{
			name: "multiplies by zero",
			op: multiply,
			a: f(2n, 3n),
			b: f(0n, 1n),
			expected: f(0n, 1n),
		},
		{
			name: "divides",
			op: divide,
			a: f(21n, 1n),
			b: f(7n, 10n),
			expected: f(30n, 1n),
		},
		{
			name: "divides by a negative",
			op: divide,
			a: f(1n, 2n),
			b: f(-1n, 4n),
			expected: f(-2n, 1n),
		},
		{ name: "adds", op: add, a: f(1n, 2n), b: f(1n, 3n), expected: f(5n, 6n) },
		{
			name: "adds to zero",
			op: add,
			a: f(1n, 2n),
			b: f(-1n, 2n),
			expected: f(0n, 1n),
		},
		{
			name: "subtracts",
			op: subtract,
			a: f(1n, 2n),
			b: f(1n, 3n),
			expected: f(1n, 6n),
		},
		{
			name: "subtracts below zero",
			op: subtract,
			a: f(1n, 3n),
			b: f(1n, 2n),
			expected: f(-1n, 6n),
		},
	])("$name in lowest terms", ({ op, a, b, expected }) => {
		expect(op(a, b)).toEqual(expected);
	});

	it("keeps every result in lowest terms with a positive denominator", () => {
		fc.assert(
			fc.property(smallFraction, smallFraction, (a, b) => {
				expectReduced(multiply(a, b));
				expectReduced(add(a, b));
				expectReduced(subtract(a, b));
				if (b.numerator !== 0n) expectReduced(divide(a, b));
			}),
			RUNS,
		);
	});

	it("undoes addition with subtraction and multiplication with division", () => {
		fc.assert(
			fc.property(smallFraction, smallFraction, (a, b) => {
				expect(subtract(add(a, b), b)).toEqual(a);
				if (b.numerator !== 0n) expect(divide(multiply(a, b), b)).toEqual(a);
			}),
			RUNS,
		);
	});
});

describe("ceiling rounds up to the next whole number", () => {
	it.each([
		{ name: "a whole number", value: f(30n, 1n), expected: 30 },
		{ name: "just above a whole number", value: f(301n, 10n), expected: 31 },
		{ name: "just below a whole number", value: f(299n, 10n), expected: 30 },
		{ name: "zero", value: f(0n, 1n), expected: 0 },
		{ name: "a small positive fraction", value: f(1n, 1000n), expected: 1 },
		{ name: "a negative fraction", value: f(-3n, 2n), expected: -1 },
		{ name: "a negative whole number", value: f(-4n, 1n), expected: -4 },
		{
			name: "21 ÷ 0.7",
			value: divide(fromNumber(21), fromNumber(0.7)),
			expected: 30,
		},
	])("rounds $name", ({ value, expected }) => {
		expect(toNumber(ceiling(value))).toBe(expected);
	});

	it("agrees with Math.ceil on small fractions", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -1e6, max: 1e6 }),
				fc.integer({ min: 1, max: 1e4 }),
				(numerator, denominator) => {
					expect(
						toNumber(
							ceiling(
								divide(f(BigInt(numerator), 1n), f(BigInt(denominator), 1n)),
							),
						),
					).toBe(Math.ceil(numerator / denominator) || 0);
				},
			),
			RUNS,
		);
	});
});

describe("share", () => {
	it.each([
		{ value: 33.3, scale: 100 as const, expected: f(333n, 1000n) },
		{ value: 12.5, scale: 100 as const, expected: f(1n, 8n) },
		{ value: 0.7, scale: 100 as const, expected: f(7n, 1000n) },
		{ value: 0.333, scale: 1 as const, expected: f(333n, 1000n) },
		{ value: 100, scale: 100 as const, expected: f(1n, 1n) },
	])(
		"reads $value on a scale of $scale exactly",
		({ value, scale, expected }) => {
			expect(share(value, scale)).toEqual(expected);
		},
	);

	it("is the nearest double of the typed decimal's fraction, where dividing by 100 is not", () => {
		expect(33.3 / 100).not.toBe(0.333);
		expect(toNumber(share(33.3, 100))).toBe(0.333);
	});
});

describe("roundUp", () => {
	it.each([
		{ name: "a whole number stays", value: f(3n, 1n), expected: 3n },
		{ name: "a part above rounds up", value: f(31n, 10n), expected: 4n },
		{
			name: "a figure within 5·10^-10 above a whole number is that number (1 ÷ the double nearest ⅓)",
			value: divide(f(1n, 1n), fromNumber(1 / 3)),
			expected: 3n,
		},
		{
			name: "10^-9 above a whole number still rounds up",
			value: f(3_000_000_001n, 1_000_000_000n),
			expected: 4n,
		},
		{
			name: "4·10^-10 above a whole number does not",
			value: f(30_000_000_004n, 10_000_000_000n),
			expected: 3n,
		},
		{
			name: "half of 10^-9 rounds away from zero, then up",
			value: f(20_000_000_005n, 10_000_000_000n),
			expected: 3n,
		},
		{ name: "zero", value: f(0n, 1n), expected: 0n },
	])("$name", ({ value, expected }) => {
		expect(roundUp(value)).toEqual(f(expected, 1n));
	});
});
