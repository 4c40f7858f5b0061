// The first instant of each calendar month, in the script's time zone or in a named one (the spreadsheet's).

import { InputError } from "./sheets-input";

/** Reads a time zone's wall clock at an instant. */
type WallClock = (time: number) => {
	year: number;
	month: number;
	offset: number;
};

/** A zone's wall clock, or an error naming the zone when this runtime does not know it. */
function wallClockIn(timeZone: string): WallClock {
	let format: Intl.DateTimeFormat;
	try {
		format = new Intl.DateTimeFormat("en-US", {
			timeZone,
			hourCycle: "h23",
			year: "numeric",
			month: "numeric",
			day: "numeric",
			hour: "numeric",
			minute: "numeric",
			second: "numeric",
		});
	} catch {
		throw new InputError(
			`the spreadsheet's time zone "${timeZone}" is unknown to the script`,
		);
	}
	return (time) => {
		const parts: Record<string, number> = {};
		for (const part of format.formatToParts(new Date(time)))
			if (part.type !== "literal") parts[part.type] = Number(part.value);
		const year = parts.year as number;
		const month = (parts.month as number) - 1;
		const wall = Date.UTC(
			year,
			month,
			parts.day as number,
			parts.hour as number,
			parts.minute as number,
			parts.second as number,
		);
		return { year, month, offset: wall - Math.floor(time / 1000) * 1000 };
	};
}

/**
 * When the first day of a month starts in a zone: its wall-clock midnight, less the offset in force then. The offset
 * `near` (the previous month's, or the one at that wall time read as UTC) is hours off at most; the offset read at
 * the instant it gives settles daylight saving.
 */
function firstInstant(
	clock: WallClock,
	year: number,
	month: number,
	near: number,
): { start: number; offset: number } {
	const wall = Date.UTC(year, month, 1);
	const offset = clock(wall - near).offset;
	return { start: wall - offset, offset };
}

/** The runtime's own zone, where the Date methods count months without a formatter. */
const ownZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The starts of `months` calendar months from the month `firstMonth` falls in, and of the month after the last.
 * Without a zone they are the script's (the runtime's local zone); with one, that zone's, so that a spreadsheet in
 * Tokyo run by a script in Paris still counts 1 July in July.
 */
export function monthStarts(
	firstMonth: Date,
	months: number,
	timeZone: string | undefined,
): Float64Array {
	const starts = new Float64Array(months + 1);
	if (timeZone === undefined || timeZone === ownZone()) {
		const year = firstMonth.getFullYear();
		const month = firstMonth.getMonth();
		for (let k = 0; k <= months; k++)
			starts[k] = new Date(year, month + k, 1).getTime();
		return starts;
	}
	const clock = wallClockIn(timeZone);
	const { year, month } = clock(firstMonth.getTime());
	let near = clock(Date.UTC(year, month, 1)).offset;
	for (let k = 0; k <= months; k++) {
		const first = firstInstant(clock, year, month + k, near);
		starts[k] = first.start;
		near = first.offset;
	}
	return starts;
}
