// Dates as exports write them: ISO with or without a time, or d/m/y and m/d/y read one way for the whole file.

import { isCalendarDate } from "../plan/dates";
import type { Language } from "../plan/types";
import type { DateReading } from "./types";

const ISO =
	/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** 15/03/2027, 3/15/2027, 15.03.2027 or 15-03-2027, optionally followed by a time ("3/15/2027 9:00 AM"). */
const PARTS =
	/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)?$/;

const pad = (n: string): string => n.padStart(2, "0");

function iso(year: string, month: string, day: string): string | null {
	const text = `${year}-${pad(month)}-${pad(day)}`;
	return isCalendarDate(text) ? text : null;
}

/** The two numbers of a slashed date, or undefined when the text is not one. */
function slashed(text: string): [number, number] | undefined {
	const match = PARTS.exec(text.trim());
	return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** What a file's slashed dates say about their order: the first line that proves each reading. */
export interface DateEvidence {
	readonly dayFirstLine: number | undefined;
	readonly monthFirstLine: number | undefined;
	readonly ambiguous: boolean;
}

export function dateEvidence(
	values: readonly { readonly line: number; readonly text: string }[],
): DateEvidence {
	let dayFirstLine: number | undefined;
	let monthFirstLine: number | undefined;
	let ambiguous = false;
	for (const { line, text } of values) {
		const parts = slashed(text);
		if (!parts) continue;
		const [first, second] = parts;
		if (first > 12 && second <= 12) dayFirstLine ??= line;
		else if (second > 12 && first <= 12) monthFirstLine ??= line;
		else if (first <= 12 && second <= 12) ambiguous = true;
	}
	return { dayFirstLine, monthFirstLine, ambiguous };
}

/** The reading a file's dates get; call only when the evidence is not contradictory. */
export function dateReading(
	evidence: DateEvidence,
	language: Language,
): DateReading {
	if (evidence.dayFirstLine !== undefined)
		return { order: "day-first", decidedBy: "file" };
	if (evidence.monthFirstLine !== undefined)
		return { order: "month-first", decidedBy: "file" };
	const order = language === "fr" ? "day-first" : "month-first";
	return {
		order,
		decidedBy: evidence.ambiguous ? "language" : "iso-only",
	};
}

/** The ISO date a cell holds, or null when it is not a date. */
export function parseDate(text: string, reading: DateReading): string | null {
	const value = text.trim();
	const isoMatch = ISO.exec(value);
	if (isoMatch)
		return iso(
			isoMatch[1] as string,
			isoMatch[2] as string,
			isoMatch[3] as string,
		);
	const match = PARTS.exec(value);
	if (!match) return null;
	const [first, second, year] = [
		match[1] as string,
		match[2] as string,
		match[3] as string,
	];
	return reading.order === "day-first"
		? iso(year, second, first)
		: iso(year, first, second);
}
