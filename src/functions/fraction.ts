// Exact rational arithmetic, so that ceilings of ratios like 21 ÷ 0.7 land on 30 and never on 31.

export interface Fraction {
	readonly numerator: bigint;
	readonly denominator: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
	let x = a < 0n ? -a : a;
	let y = b < 0n ? -b : b;
	while (y !== 0n) [x, y] = [y, x % y];
	return x;
}

export function fraction(numerator: bigint, denominator: bigint): Fraction {
	const sign = denominator < 0n ? -1n : 1n;
	const divisor = gcd(numerator, denominator) || 1n;
	return {
		numerator: (sign * numerator) / divisor,
		denominator: (sign * denominator) / divisor,
	};
}

/** The decimal a person typed, read back from the shortest text that round-trips the double (0.7 is 7/10). */
export function fromNumber(value: number): Fraction {
	const [mantissa = "0", exponentText = "0"] = value
		.toString()
		.toLowerCase()
		.split("e");
	const [whole = "0", decimals = ""] = mantissa.split(".");
	const exponent = Number(exponentText) - decimals.length;
	const digits = BigInt(whole + decimals);
	return exponent >= 0
		? fraction(digits * 10n ** BigInt(exponent), 1n)
		: fraction(digits, 10n ** BigInt(-exponent));
}

/**
 * A share typed on a scale of 1 or 100 (0.333, or 33.3 among whole percents) as the exact fraction it stands for:
 * 33.3 on 100 is 333/1000, never 33.3 ÷ 100 in floating point (0.33299999999999996). Every rate, probability and
 * attainment goes through it.
 */
export function share(value: number, scale: 1 | 100): Fraction {
	const typed = fromNumber(value);
	return scale === 1 ? typed : divide(typed, fraction(100n, 1n));
}

export function multiply(a: Fraction, b: Fraction): Fraction {
	return fraction(a.numerator * b.numerator, a.denominator * b.denominator);
}

export function divide(a: Fraction, b: Fraction): Fraction {
	return fraction(a.numerator * b.denominator, a.denominator * b.numerator);
}

export function add(a: Fraction, b: Fraction): Fraction {
	return fraction(
		a.numerator * b.denominator + b.numerator * a.denominator,
		a.denominator * b.denominator,
	);
}

export function subtract(a: Fraction, b: Fraction): Fraction {
	return add(a, { numerator: -b.numerator, denominator: b.denominator });
}

/** The smallest whole number at or above the fraction. */
export function ceiling(a: Fraction): Fraction {
	const quotient = a.numerator / a.denominator;
	return fraction(
		a.numerator % a.denominator > 0n ? quotient + 1n : quotient,
		1n,
	);
}

/** Decimal places a figure keeps before it is rounded up to a whole number. */
export const ROUND_UP_DECIMALS = 9;

/**
 * Rounds up to a whole number after rounding to 9 decimal places, as ROUNDUP(ROUND(x, 9), 0) does in the exported
 * formulas. A rate typed as =1/3 arrives as the double nearest 1/3, one part in 10^16 off, and 3.0000000000000003
 * meetings then means 3, not 4; a figure 10^-9 or more above a whole number still rounds up.
 */
export function roundUp(a: Fraction): Fraction {
	const scale = 10n ** BigInt(ROUND_UP_DECIMALS);
	const scaled = a.numerator * scale;
	const magnitude = scaled < 0n ? -scaled : scaled;
	// Half away from zero, as ROUND does.
	const rounded = (2n * magnitude + a.denominator) / (2n * a.denominator);
	return ceiling(fraction(scaled < 0n ? -rounded : rounded, scale));
}

/** The nearest double; Infinity when the fraction is beyond what a double holds. */
export function toNumber(a: Fraction): number {
	return Number(a.numerator) / Number(a.denominator);
}
