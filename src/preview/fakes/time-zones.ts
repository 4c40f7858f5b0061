// Dates as Apps Script hands them to a custom function: midnight of the cell's day in the spreadsheet's time zone,
// whatever the zone the script runs in (appsscript.json's timeZone).

const EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The zone's offset from UTC at an instant, in ms (Tokyo: +9 h). */
function offsetAt(time: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat("en-US", {
		timeZone,
		hourCycle: "h23",
		year: "numeric",
		month: "2-digit",
		day: "2-digit",
		hour: "2-digit",
		minute: "2-digit",
		second: "2-digit",
	}).formatToParts(new Date(time));
	const part = (type: string) =>
		Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(
		part("year"),
		part("month") - 1,
		part("day"),
		part("hour"),
		part("minute"),
		part("second"),
	);
	return wall - Math.floor(time / 1000) * 1000;
}

/** The instant a calendar day starts in a time zone. */
export function midnightIn(
	timeZone: string,
	year: number,
	month: number,
	day: number,
): Date {
	const wall = Date.UTC(year, month - 1, day);
	let time = wall - offsetAt(wall, timeZone);
	time = wall - offsetAt(time, timeZone);
	return new Date(time);
}

/** A date cell (a serial number, days since 1899-12-30) as the Date a custom function receives. */
export function dateAsPassed(serial: number, timeZone: string): Date {
	const day = new Date(EPOCH + Math.floor(serial) * DAY_MS);
	return midnightIn(
		timeZone,
		day.getUTCFullYear(),
		day.getUTCMonth() + 1,
		day.getUTCDate(),
	);
}

const DATE_PATTERN = /^(?:[^"]|"[^"]*")*[dy]/i;

/**
 * What a custom function receives for a range of the fake: its values, date cells (a number in a date format) as
 * midnight in the spreadsheet's time zone, as Apps Script passes them.
 */
export function passedToFunction(
	cells: readonly (readonly { value: unknown; format: string }[])[],
	timeZone: string,
): unknown[][] {
	return cells.map((row) =>
		row.map(({ value, format }) =>
			typeof value === "number" && DATE_PATTERN.test(format)
				? dateAsPassed(value, timeZone)
				: value,
		),
	);
}
