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

/** When the first day of a month starts in a zone: its wall-clock midnight, less the offset in force then. */
function firstInstant(clock: WallClock, year: number, month: number): number {
	const wall = Date.UTC(year, month, 1);
	// The offset at midnight may differ from the one a few hours off it (daylight saving): a second look settles it.
	const guess = wall - clock(wall).offset;
	return wall - clock(guess).offset;
}

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
	if (timeZone === undefined) {
		const year = firstMonth.getFullYear();
		const month = firstMonth.getMonth();
		return Float64Array.from({ length: months + 1 }, (_, k) =>
			new Date(year, month + k, 1).getTime(),
		);
	}
	const clock = wallClockIn(timeZone);
	const { year, month } = clock(firstMonth.getTime());
	return Float64Array.from({ length: months + 1 }, (_, k) =>
		firstInstant(clock, year, month + k),
	);
}
