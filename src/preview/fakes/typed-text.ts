// How Sheets reads a string given to setValues: as if a person typed it, so "1", "50%", "TRUE" and dates change type.

import { parseInput } from "../number-format";
import { AUTOMATIC } from "./cells";

/** Sheets' plain-text number format: what is typed there stays text. */
export const TEXT_FORMAT = "@";

export interface Typed {
	readonly value: string | number | boolean;
	/** The format Sheets gives an Automatic cell for what was typed (a percent, a date), if any. */
	readonly format?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * The value a cell holds after setValues writes `text` into a cell of format `format`, in a spreadsheet of `locale`.
 * A leading apostrophe keeps text as text and is not shown; so does the plain-text format.
 */
export function typedText(text: string, format: string, locale: string): Typed {
	if (format === TEXT_FORMAT) return { value: text };
	if (text.startsWith("'")) return { value: text.slice(1) };
	const trimmed = text.trim();
	if (ISO_DATE.test(trimmed)) {
		const time = Date.parse(`${trimmed}T00:00:00Z`);
		if (!Number.isNaN(time))
			return {
				value: (time - Date.UTC(1899, 11, 30)) / DAY_MS,
				...(format === AUTOMATIC ? { format: "yyyy-mm-dd" } : {}),
			};
	}
	const parsed = parseInput(text, format, locale);
	if (typeof parsed === "string") return { value: text };
	if (
		typeof parsed === "number" &&
		trimmed.endsWith("%") &&
		format === AUTOMATIC
	)
		return {
			value: parsed,
			format:
				trimmed.replace(/\s/g, "").includes(".") || trimmed.includes(",")
					? "0.00%"
					: "0%",
		};
	return { value: parsed };
}

/** Would Sheets change this text's type if it were written to an Automatic cell? */
export const looksTyped = (text: string, locale = "en_US"): boolean =>
	!text.startsWith("=") &&
	typeof typedText(text, AUTOMATIC, locale).value !== "string";
