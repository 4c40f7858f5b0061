// FORECAST_RANGE: how far the period's revenue can go either way, as a low, expected and high total won.

import { Amounts, Period, Probabilities } from "./deals";
import { share, toNumber } from "./fraction";
import { InputError, isOmitted, readNumber } from "./sheets-input";
import { approximateTotalWon, exactTotalWon } from "./total-won";

/** Up to this many deals that may go either way, the range is exact; beyond, within 1% of the expected total. */
export const MOST_EXACT_DEALS = 20;

/** 80% (or 80) by default: P10 and P90. */
function readConfidence(value: unknown): number {
	if (isOmitted(value)) return 0.8;
	const number = readNumber(value, "confidence");
	const confidence = toNumber(share(number, number > 1 ? 100 : 1));
	if (!(confidence >= 0.5 && confidence <= 0.99))
		throw new InputError(
			`confidence: must be between 50% and 99%, got ${number}`,
		);
	return confidence;
}

export function forecastRange(
	amounts: unknown,
	probabilities: unknown,
	stageTable?: unknown,
	closeDates?: unknown,
	periodStart?: unknown,
	periodEnd?: unknown,
	confidence?: unknown,
): number[][] {
	const deals = new Amounts(amounts);
	const odds = new Probabilities(deals, probabilities, stageTable);
	const period = new Period(deals, closeDates, periodStart, periodEnd);
	const level = readConfidence(confidence);
	const uncertainAmounts = new Float64Array(deals.size);
	const uncertainOdds = new Float64Array(deals.size);
	let count = 0;
	let certain = 0;
	let expected = 0;
	for (let i = 0; i < deals.size; i++) {
		const amount = deals.at(i);
		if (amount === undefined) continue;
		const probability = odds.at(i);
		if (!period.includes(i)) continue;
		// Summed in the same order as WEIGHTED_FORECAST, so that the expected figure is the same to the last digit.
		expected += amount * probability;
		if (probability === 1) certain += amount;
		else if (probability > 0 && amount > 0) {
			uncertainAmounts[count] = amount;
			uncertainOdds[count] = probability;
			count++;
		}
	}
	if (count === 0) return [[expected, expected, expected]];
	const uncertain = {
		certain,
		amounts: uncertainAmounts,
		probabilities: uncertainOdds,
		count,
	};
	const total =
		count <= MOST_EXACT_DEALS
			? exactTotalWon(uncertain)
			: approximateTotalWon(uncertain, expected);
	// A lone deal at 95% makes P10 its whole amount, above the expected figure: the range always holds the expected figure,
	// and stays a safe one (at most (1 − c)/2 of outcomes below low, at most as many above high).
	return [
		[
			Math.min(total.quantile((1 - level) / 2), expected),
			expected,
			Math.max(total.quantile((1 + level) / 2), expected),
		],
	];
}
