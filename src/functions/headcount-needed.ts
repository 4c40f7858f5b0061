// HEADCOUNT_NEEDED: how many reps a workload needs, given attainment, the ramp-up of new hires and the current team.

import {
	divide,
	type Fraction,
	fraction,
	fromNumber,
	multiply,
	roundUp,
	subtract,
	toNumber,
} from "./fraction";
import {
	InputError,
	isOmitted,
	rateScale,
	readList,
	readNonNegative,
	readPositive,
	readRate,
	readWholeNumber,
} from "./sheets-input";

/**
 * Share of a ramped rep's output that a hire delivers over the period: k/R of full capacity
 * in month k of an R-month ramp, full capacity after.
 */
export function rampFactor(rampMonths: number, periodMonths: number): Fraction {
	const r = BigInt(rampMonths);
	const p = BigInt(periodMonths);
	if (r <= 1n) return fraction(1n, 1n);
	// `r < p` here would change nothing: at r = p both branches are fraction(p + 1, 2p), exactly.
	if (r <= p) return fraction(2n * p - r + 1n, 2n * p);
	return fraction(p + 1n, 2n * r);
}

export function readAttainment(value: unknown): Fraction {
	if (isOmitted(value)) return fromNumber(1);
	const scale = rateScale(readList(value, "attainment"));
	const attainment = readRate(value, "attainment", scale);
	if (attainment.numerator === 0n) {
		throw new InputError(
			"attainment: 0% means reps deliver nothing, so no team size is enough",
		);
	}
	return attainment;
}

export function headcountNeeded(
	workload: unknown,
	capacityPerRep: unknown,
	attainment?: unknown,
	rampMonths?: unknown,
	periodMonths?: unknown,
	currentReps?: unknown,
): number {
	const work = fromNumber(readNonNegative(workload, "workload"));
	const capacity = fromNumber(readPositive(capacityPerRep, "capacity_per_rep"));
	const delivered = multiply(capacity, readAttainment(attainment));
	const ramp = isOmitted(rampMonths)
		? 0
		: readWholeNumber(rampMonths, "ramp_months", 0);
	const period = isOmitted(periodMonths)
		? 12
		: readWholeNumber(periodMonths, "period_months", 1);
	const current = isOmitted(currentReps)
		? 0
		: readWholeNumber(currentReps, "current_reps", 0);

	const covered = multiply(fromNumber(current), delivered);
	const missing = subtract(work, covered);
	if (missing.numerator <= 0n)
		return toNumber(roundUp(divide(work, delivered)));
	return (
		current +
		toNumber(
			roundUp(divide(missing, multiply(delivered, rampFactor(ramp, period)))),
		)
	);
}
