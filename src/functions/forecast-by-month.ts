// FORECAST_BY_MONTH: the weighted forecast of each calendar month, from the month of a given date on.

import { Amounts, CloseDates, Probabilities } from "./deals";
import { monthStarts } from "./month-starts";
import {
	InputError,
	isOmitted,
	readDate,
	readWholeNumber,
} from "./sheets-input";

const MOST_MONTHS = 36;
const LONGEST_MONTH_MS = 31 * 86_400_000;

function readMonths(value: unknown): number {
	if (isOmitted(value)) return 12;
	const months = readWholeNumber(value, "months", 1);
	if (months > MOST_MONTHS)
		throw new InputError(`months: at most ${MOST_MONTHS}, got ${months}`);
	return months;
}

/** Which slot a time falls in: 0 before the first month, k + 1 in month k, months + 1 after the last. */
class Calendar {
	/** The first instant of each month and of the month after the last, computed once per call. */
	private readonly starts: Float64Array;
	private readonly first: number;

	constructor(
		firstMonth: Date,
		readonly months: number,
		timeZone: string | undefined,
	) {
		this.starts = monthStarts(firstMonth, months, timeZone);
		this.first = this.starts[0] as number;
	}

	slotOf(time: number): number {
		const starts = this.starts;
		const months = this.months;
		if (time < this.first) return 0;
		// Months last 28 to 31 days: dividing by 31 days lands on the month or a few before it, and a few steps
		// forward settle it (cheaper than a binary search on 100,000 deals); the steps also absorb daylight saving.
		const estimate = (time - this.first) / LONGEST_MONTH_MS;
		// A small integer (| 0) keeps the typed-array reads on V8's fast path.
		let month = estimate >= months ? months : estimate | 0;
		while (month > 0 && time < (starts[month] as number)) month--;
		while (month < months && time >= (starts[month + 1] as number)) month++;
		return month + 1;
	}
}

/** The zone the shell passes: the spreadsheet's, as Sheets gives it; none means the script's own. */
function readTimeZone(value: unknown): string | undefined {
	if (isOmitted(value)) return undefined;
	if (typeof value !== "string")
		throw new InputError("the spreadsheet's time zone must be a zone name");
	return value;
}

/**
 * `timeZone` is not typed by the person: the generated stub passes the spreadsheet's zone, since Sheets hands date
 * cells as midnight in that zone and months must be the spreadsheet's calendar months.
 */
export function forecastByMonth(
	amounts: unknown,
	probabilities: unknown,
	stageTable: unknown,
	closeDates: unknown,
	firstMonth: unknown,
	months?: unknown,
	timeZone?: unknown,
): number[][] {
	const deals = new Amounts(amounts);
	const odds = new Probabilities(deals, probabilities, stageTable);
	const dates = new CloseDates(deals, closeDates);
	const calendar = new Calendar(
		readDate(firstMonth, "first_month"),
		readMonths(months),
		readTimeZone(timeZone),
	);
	// One slot more on each side, for the deals before and after the months: the loop adds without a test.
	const totals = new Float64Array(calendar.months + 2);
	for (let i = 0; i < deals.size; i++) {
		const amount = deals.at(i);
		if (amount === undefined) continue;
		const probability = odds.at(i);
		const slot = calendar.slotOf(dates.at(i));
		totals[slot] = (totals[slot] as number) + amount * probability;
	}
	return [Array.from(totals.subarray(1, calendar.months + 1))];
}
