// Formulas moved down rows as Sheets moves them when it copies a row, and ranges stretched to a table's new end.

import { quoteSheet } from "./a1";

/** Moves a formula's relative row references down by `rows`: "=F204*K204" → "=F205*K205"; "$D$5" stays. */
export function shiftRows(formula: string, rows: number): string {
	return formula.replace(
		/(?<![A-Za-z0-9_.])('[^']*'!|[A-Za-z_]\w*!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
		(match, sheet: string | undefined, colAbs, column, rowAbs, row) =>
			rowAbs === "$"
				? match
				: `${sheet ?? ""}${colAbs}${column}${Number(row) + rows}`,
	);
}

/** Ranges ending on the table's last row end on the new one: "F5:F204" → "F5:F50004". */
export function extendRanges(
	formula: string,
	last: number,
	next: number,
): string {
	return formula.replace(
		new RegExp(`(:\\$?[A-Z]{1,3}\\$?)${last}(?!\\d)`, "g"),
		`$1${next}`,
	);
}

/**
 * Ranges of the tab named `sheet` ending on its table's last row end on the new one, as another tab's formulas name
 * them, quoted or not: "='Pipeline'!$F$5:$F$204" → "='Pipeline'!$F$5:$F$654"; other tabs' ranges stay.
 */
export function extendRangesOf(
	formula: string,
	sheet: string,
	last: number,
	next: number,
): string {
	const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	const quoted = literal(quoteSheet(sheet));
	const name = `(?:${quoted}|(?<![\\w'.])${literal(sheet)})`;
	return formula.replace(
		new RegExp(
			`(${name}!\\$?[A-Z]{1,3}\\$?\\d+:\\$?[A-Z]{1,3}\\$?)${last}(?!\\d)`,
			"g",
		),
		`$1${next}`,
	);
}
