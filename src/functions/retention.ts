// Exact arithmetic on sums of powers of the monthly retention s = (1 − annual attrition)^(1/12), which is irrational in general.

import { add, type Fraction, fraction, multiply, toNumber } from "./fraction";

/**
 * s written as base^(1/root) with x^root − base irreducible over the rationals (Capelli: base is neither a square
 * when root is even nor a cube when 3 divides root). A sum of powers of s, once reduced below degree root,
 * is then zero only when every coefficient is: so equality is decided exactly, never within a tolerance.
 */
export interface Retention {
	readonly root: number;
	readonly base: Fraction;
	/** s as a double, for figures shown to the person. */
	readonly value: number;
}

/** Σ coefficients[j] × s^j. */
export type Powers = readonly Fraction[];

const ZERO = fraction(0n, 1n);

/** The largest x with x^degree ≤ n, for n ≥ 0. */
export function integerRoot(n: bigint, degree: number): bigint {
	if (n < 2n) return n;
	const k = BigInt(degree);
	let x = 1n << BigInt(Math.ceil(n.toString(2).length / degree));
	for (;;) {
		const next = ((k - 1n) * x + n / x ** (k - 1n)) / k;
		if (next >= x) return x;
		x = next;
	}
}

function exactRoot(value: bigint, degree: number): bigint | undefined {
	const root = integerRoot(value, degree);
	return root ** BigInt(degree) === value ? root : undefined;
}

function rationalRoot(value: Fraction, degree: number): Fraction | undefined {
	const numerator = exactRoot(value.numerator, degree);
	const denominator = exactRoot(value.denominator, degree);
	return numerator === undefined || denominator === undefined
		? undefined
		: fraction(numerator, denominator);
}

/** The monthly retention for an annual retention (1 − attrition) strictly between 0 and 1, or 1. */
export function monthlyRetention(annual: Fraction): Retention {
	let base = annual;
	let root = 12;
	for (let reduced = true; reduced; ) {
		reduced = false;
		for (const prime of [2, 3]) {
			const smaller =
				root % prime === 0 ? rationalRoot(base, prime) : undefined;
			if (smaller) {
				base = smaller;
				root /= prime;
				reduced = true;
			}
		}
	}
	const value = root === 1 ? toNumber(base) : toNumber(annual) ** (1 / 12);
	return { root, base, value };
}

/** The same sum with every power at or above root folded down through s^root = base. */
function reduce(powers: Powers, retention: Retention): Fraction[] {
	const folded = Array.from({ length: retention.root }, () => ZERO);
	powers.forEach((coefficient, j) => {
		if (coefficient.numerator === 0n) return;
		const slot = j % retention.root;
		let term = coefficient;
		for (let fold = Math.floor(j / retention.root); fold > 0; fold--)
			term = multiply(term, retention.base);
		folded[slot] = add(folded[slot] as Fraction, term);
	});
	return folded;
}

const lcm = (a: bigint, b: bigint): bigint => {
	let [x, y] = [a, b];
	while (y !== 0n) [x, y] = [y, x % y];
	return (a / x) * b;
};

/** The exact sign of Σ c_j s^j: bounds on s at growing precision until the sum's bounds agree. */
export function sign(powers: Powers, retention: Retention): -1 | 0 | 1 {
	const folded = reduce(powers, retention);
	const denominator = folded.reduce((d, c) => lcm(d, c.denominator), 1n);
	const integers = folded.map(
		(c) => (c.numerator * denominator) / c.denominator,
	);
	if (integers.every((c) => c === 0n)) return 0;
	const { numerator: p, denominator: q } = retention.base;
	const top = BigInt(retention.root - 1);
	for (let bits = 64n; ; bits *= 2n) {
		// lower ≤ s × 2^bits < lower + 1; every sum is scaled by 2^(bits × top) to stay whole.
		const lower = integerRoot(
			(p << (bits * BigInt(retention.root))) / q,
			retention.root,
		);
		const upper = lower + 1n;
		let low = 0n;
		let high = 0n;
		integers.forEach((c, j) => {
			const scale = 1n << (bits * (top - BigInt(j)));
			const [small, large] = c >= 0n ? [lower, upper] : [upper, lower];
			low += c * small ** BigInt(j) * scale;
			high += c * large ** BigInt(j) * scale;
		});
		if (low > 0n) return 1;
		if (high < 0n) return -1;
	}
}

/** Σ c_j s^j as a double; exact up to one rounding when s is rational. */
export function evaluate(powers: Powers, retention: Retention): number {
	if (retention.root === 1)
		return toNumber(reduce(powers, retention)[0] as Fraction);
	return powers.reduce(
		(sum, c, j) => sum + toNumber(c) * retention.value ** j,
		0,
	);
}
