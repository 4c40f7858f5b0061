// WEIGHTED_FORECAST: the pipeline weighted by each deal's probability, optionally within a close-date window.

import { Amounts, Period, Probabilities } from "./deals";

export function weightedForecast(
	amounts: unknown,
	probabilities: unknown,
	stageTable?: unknown,
	closeDates?: unknown,
	periodStart?: unknown,
	periodEnd?: unknown,
): number {
	const deals = new Amounts(amounts);
	const odds = new Probabilities(deals, probabilities, stageTable);
	const period = new Period(deals, closeDates, periodStart, periodEnd);
	let total = 0;
	for (let i = 0; i < deals.size; i++) {
		const amount = deals.at(i);
		if (amount === undefined) continue;
		const probability = odds.at(i);
		if (period.includes(i)) total += amount * probability;
	}
	return total;
}
