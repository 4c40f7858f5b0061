// Dates as Sheets stores them: serial numbers counting days from 1899-12-30.

import type { PlanKind } from "./types";

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

interface YearMonthDay {
	readonly year: number;
	readonly month: number;
	readonly day: number;
}

function parseIso(iso: string): YearMonthDay {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match)
		throw new RangeError(`expected a date as YYYY-MM-DD, got "${iso}"`);
	const [year, month, day] = [
		Number(match[1]),
		Number(match[2]),
		Number(match[3]),
	];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (
		date.getUTCFullYear() !== year ||
		date.getUTCMonth() !== month - 1 ||
		date.getUTCDate() !== day
	) {
		throw new RangeError(`"${iso}" is not a calendar date`);
	}
	return { year, month, day };
}

/** True for a real calendar day written YYYY-MM-DD ("2027-02-30" is not). */
export function isCalendarDate(iso: string): boolean {
	try {
		parseIso(iso);
		return true;
	} catch {
		return false;
	}
}

/** "2027-01-01" → 46388. */
export function isoToSerial(iso: string): number {
	const { year, month, day } = parseIso(iso);
	return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / DAY_MS);
}

/** 46388 → "2027-01-01"; a time of day is dropped. */
export function serialToIso(serial: number): string {
	if (!Number.isFinite(serial))
		throw new RangeError(`not a date serial: ${serial}`);
	return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS)
		.toISOString()
		.slice(0, 10);
}

/** Adds whole months as Sheets' EDATE does: the day is clamped to the end of a shorter month. */
export function addMonths(iso: string, months: number): string {
	const { year, month, day } = parseIso(iso);
	const first = new Date(Date.UTC(year, month - 1 + months, 1));
	const lastDay = new Date(
		Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0),
	).getUTCDate();
	first.setUTCDate(Math.min(day, lastDay));
	return first.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
	return serialToIso(isoToSerial(iso) + days);
}

/** Length of each plan kind's period; the Settings tab writes the same rule as a formula. */
export function periodEnd(kind: PlanKind, start: string): string {
	switch (kind) {
		case "annual":
			return addDays(addMonths(start, 12), -1);
		case "quarterly":
		case "90-day":
			return addDays(addMonths(start, 3), -1);
		case "30-60-90":
			return addDays(start, 89);
	}
}
