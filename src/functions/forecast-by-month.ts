// FORECAST_BY_MONTH: the weighted forecast of each calendar month, from the month of a given date on.

import { Amounts, CloseDates, Probabilities } from "./deals";
import {
	InputError,
	isOmitted,
	readDate,
	readWholeNumber,
} from "./sheets-input";

const MOST_MONTHS = 36;

function readMonths(value: unknown): number {
	if (isOmitted(value)) return 12;
	const months = readWholeNumber(value, "months", 1);
	if (months > MOST_MONTHS)
		throw new InputError(`months: at most ${MOST_MONTHS}, got ${months}`);
	return months;
}

/** The month a time falls in, counted from the first: -1 before it, `months` or more after the last. */
class Calendar {
	/** The first instant of each month and of the month after the last, in the script's time zone. */
	private readonly starts: Float64Array;

	constructor(
		firstMonth: Date,
		readonly months: number,
	) {
		const year = firstMonth.getFullYear();
		const month = firstMonth.getMonth();
		this.starts = Float64Array.from({ length: months + 1 }, (_, k) =>
			new Date(year, month + k, 1).getTime(),
		);
	}

	monthOf(time: number): number {
		const starts = this.starts;
		if (time < (starts[0] as number)) return -1;
		let low = 0;
		let high = this.months + 1;
		// starts[low] <= time < starts[high], with starts[months + 1] read as +∞.
		while (high - low > 1) {
			const middle = (low + high) >> 1;
			if (time < (starts[middle] as number)) high = middle;
			else low = middle;
		}
		return low;
	}
}

export function forecastByMonth(
	amounts: unknown,
	probabilities: unknown,
	stageTable: unknown,
	closeDates: unknown,
	firstMonth: unknown,
	months?: unknown,
): number[][] {
	const deals = new Amounts(amounts);
	const odds = new Probabilities(deals, probabilities, stageTable);
	const dates = new CloseDates(deals, closeDates);
	const calendar = new Calendar(
		readDate(firstMonth, "first_month"),
		readMonths(months),
	);
	const totals = new Float64Array(calendar.months);
	for (let i = 0; i < deals.size; i++) {
		const amount = deals.at(i);
		if (amount === undefined) continue;
		const probability = odds.at(i);
		const month = calendar.monthOf(dates.at(i));
		if (month >= 0 && month < calendar.months)
			totals[month] = (totals[month] as number) + amount * probability;
	}
	return [Array.from(totals)];
}
