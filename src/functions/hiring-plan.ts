// HIRING_PLAN: month by month, the whole hires to start so that ramped capacity covers each month's target, with attrition.

import {
	add,
	divide,
	type Fraction,
	fraction,
	fromNumber,
	multiply,
	subtract,
} from "./fraction";
import { readAttainment } from "./headcount-needed";
import {
	evaluate,
	monthlyRetention,
	type Powers,
	type Retention,
	sign,
} from "./retention";
import {
	type CellList,
	cellsOf,
	describe,
	InputError,
	isBlank,
	isOmitted,
	rateScale,
	readList,
	readNonNegative,
	readPositive,
	readRate,
	readWholeNumber,
	withoutTrailingBlanks,
} from "./sheets-input";

export const MAX_MONTHS = 36;
/** Beyond this a month's hires stop being a plan and become a typo in the magnitudes. */
const MAX_HIRES_IN_A_MONTH = 1e9;

const ONE = fraction(1n, 1n);
const ZERO = fraction(0n, 1n);

/** What a hire delivers in tenure month k = 1, 2, …, and F, the first tenure month at 100%. */
interface Ramp {
	readonly share: (tenure: number) => Fraction;
	readonly fullFrom: number;
}

function readTargets(value: unknown): { list: CellList; targets: Fraction[] } {
	const list = readList(value, "monthly_targets");
	if (list.size > MAX_MONTHS)
		throw new InputError(
			`monthly_targets: ${list.size} months, at most ${MAX_MONTHS}`,
		);
	const targets = cellsOf(list).map((cell, i) =>
		isBlank(cell) ? ZERO : fromNumber(readNonNegative(cell, list.at(i))),
	);
	return { list, targets };
}

function monthsRamp(months: number): Ramp {
	if (months <= 1) return { share: () => ONE, fullFrom: 1 };
	const r = BigInt(months);
	return {
		share: (tenure) => (tenure >= months ? ONE : fraction(BigInt(tenure), r)),
		fullFrom: months,
	};
}

/** A single cell is a whole number of months; a range of two or more cells, percentages for tenure months 1, 2, …. */
function readRamp(value: unknown): Ramp {
	if (isOmitted(value)) return monthsRamp(0);
	const single =
		Array.isArray(value) && value.length === 1 && value[0]?.length === 1
			? value[0][0]
			: value;
	if (!Array.isArray(single)) {
		if (
			typeof single === "number" &&
			Number.isFinite(single) &&
			!Number.isInteger(single)
		)
			throw new InputError(
				`ramp: expected a whole number of months or a range of percentages, got ${describe(single)}`,
			);
		return monthsRamp(readWholeNumber(single, "ramp", 0));
	}
	const list = withoutTrailingBlanks(readList(value, "ramp"));
	if (list.size === 0) return monthsRamp(0);
	const scale = rateScale(list);
	const shares = cellsOf(list).map((cell, i) => {
		if (isBlank(cell))
			throw new InputError(`${list.at(i)}: a percentage is missing`);
		return readRate(cell, list.at(i), scale);
	});
	const full = shares.findIndex(
		(share) => share.numerator === share.denominator,
	);
	return {
		share: (tenure) => shares[tenure - 1] ?? ONE,
		fullFrom: full === -1 ? shares.length + 1 : full + 1,
	};
}

function readAttrition(value: unknown): Fraction {
	if (isOmitted(value)) return ZERO;
	const scale = rateScale(readList(value, "annual_attrition"));
	const rate = readRate(value, "annual_attrition", scale);
	if (rate.numerator >= rate.denominator)
		throw new InputError(
			"annual_attrition: 100% means every rep leaves at once; it must be below 100%",
		);
	return rate;
}

const optionalWhole = (value: unknown, name: string): number =>
	isOmitted(value) ? 0 : readWholeNumber(value, name, 0);

/** Σ over the team of each person's weight in month t (1-based): s^(t−1) for a current rep, s^(t−h) × weight(t − h + 1) for a hire of month h. */
function team(
	month: number,
	current: number,
	starts: readonly bigint[],
	weight: (tenure: number) => Fraction,
): Fraction[] {
	const powers = Array.from({ length: month }, () => ZERO);
	powers[month - 1] = fromNumber(current);
	for (let h = 1; h <= month; h++) {
		const hires = starts[h - 1] ?? 0n;
		if (hires === 0n) continue;
		const j = month - h;
		powers[j] = add(
			powers[j] as Fraction,
			multiply(fraction(hires, 1n), weight(j + 1)),
		);
	}
	return powers;
}

const plus = (powers: Powers, constant: Fraction): Fraction[] =>
	powers.map((c, j) => (j === 0 ? add(c, constant) : c));

const times = (powers: Powers, factor: Fraction): Fraction[] =>
	powers.map((c) => multiply(c, factor));

/** The fewest whole hires, each worth s^offset, that lift a negative sum to 0 or more: a double's guess, checked exactly. */
function fewestHires(
	shortfall: Powers,
	offset: number,
	retention: Retention,
	where: string,
): bigint {
	const perHire = retention.value ** offset;
	const guess = Math.max(
		1,
		Math.ceil(-evaluate(shortfall, retention) / perHire),
	);
	if (!(guess <= MAX_HIRES_IN_A_MONTH))
		throw new InputError(
			`${where}: needs more than ${MAX_HIRES_IN_A_MONTH.toLocaleString("en-US")} hires in one month; check the magnitudes of the targets and of quota_per_rep`,
		);
	const covers = (hires: bigint) => {
		const withHires = [...shortfall];
		withHires[offset] = add(withHires[offset] ?? ZERO, fraction(hires, 1n));
		return sign(withHires, retention) >= 0;
	};
	let hires = BigInt(guess);
	while (!covers(hires)) hires++;
	while (hires > 1n && covers(hires - 1n)) hires--;
	return hires;
}

/** The figure a person sees, with the sign the exact sum has: exactly 0 shows 0, never −0.0000000001. */
function shown(powers: Powers, retention: Retention): number {
	const exact = sign(powers, retention);
	const value = evaluate(powers, retention);
	return exact === 0 || Math.sign(value) !== exact ? 0 : value;
}

export function hiringPlan(
	monthlyTargets: unknown,
	quotaPerRep: unknown,
	attainment?: unknown,
	ramp?: unknown,
	annualAttrition?: unknown,
	currentReps?: unknown,
	leadTimeMonths?: unknown,
): number[][] {
	const { list, targets } = readTargets(monthlyTargets);
	const quota = fromNumber(readPositive(quotaPerRep, "quota_per_rep"));
	const delivered = multiply(quota, readAttainment(attainment));
	const rampShares = readRamp(ramp);
	const retention = monthlyRetention(
		subtract(ONE, readAttrition(annualAttrition)),
	);
	const current = optionalWhole(currentReps, "current_reps");
	const leadTime = optionalWhole(leadTimeMonths, "lead_time_months");

	const months = targets.length;
	const F = rampShares.fullFrom;
	const starts: bigint[] = Array.from({ length: months }, () => 0n);
	// Month t is covered by hires of month t − F + 1, fully ramped in t; before month L + F none can be.
	for (let t = leadTime + F; t <= months; t++) {
		const needed = divide(targets[t - 1] as Fraction, delivered);
		const shortfall = plus(
			team(t, current, starts, rampShares.share),
			multiply(needed, fraction(-1n, 1n)),
		);
		if (sign(shortfall, retention) >= 0) continue;
		starts[t - F] = fewestHires(shortfall, F - 1, retention, list.at(t - 1));
	}

	const calendar: number[][] = [[], [], [], [], []];
	for (let t = 1; t <= months; t++) {
		const reps = team(t, current, starts, () => ONE);
		const ramped = team(t, current, starts, rampShares.share);
		const capacity = times(ramped, delivered);
		const gap = plus(
			capacity,
			multiply(targets[t - 1] as Fraction, fraction(-1n, 1n)),
		);
		calendar[0]?.push(Number(starts[t - 1]));
		calendar[1]?.push(shown(reps, retention));
		calendar[2]?.push(shown(ramped, retention));
		calendar[3]?.push(shown(capacity, retention));
		calendar[4]?.push(shown(gap, retention));
	}
	return calendar;
}
