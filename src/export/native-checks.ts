// When a custom function refuses its input, as native formula text: the exported formula then shows #N/A, never a plausible figure.

/**
 * Every check is a count (0 when the input is fine) built from functions that Excel, LibreOffice and Sheets all
 * evaluate over ranges inside SUMPRODUCT without array entry: comparisons, LEN, TRIM and the IS functions, never IF.
 */

/** The figure, or #N/A when any of the checks counts a problem. */
export function refusedWhen(checks: readonly string[], figure: string): string {
	if (checks.length === 0) return figure;
	return `IF(${checks.join("+")}>0,NA(),${figure})`;
}

/** Cells a formula reads as filled: a value or text, not a blank cell or the "" a formula leaves. */
export const filled = (cells: string): string => `(LEN(${cells})>0)`;

/** Blank, "" or spaces only: what the functions read as a missing name. */
export const blankName = (cells: string): string => `(LEN(TRIM(${cells}))=0)`;

/** How many cells of an array expression are true. */
export const countOf = (array: string): string => `SUMPRODUCT((${array})*1)`;

/** A required number that must be 0 or more: missing, text or negative is a problem. */
export const notNonNegative = (value: string): string =>
	`IF(ISNUMBER(${value}),${value}<0,1)`;

/** A required number that must be more than 0. */
export const notPositive = (value: string): string =>
	`IF(ISNUMBER(${value}),${value}<=0,1)`;

/** An optional whole number of at least `minimum`; a blank cell takes the default. */
export const notOptionalWhole = (value: string, minimum: number): string =>
	`IF(LEN(${value})=0,0,IF(ISNUMBER(${value}),OR(${value}<${minimum},${value}<>INT(${value})),1))`;

/** An optional rate above 0 and at most 100% (1, or 100 in whole percents); a blank cell takes the default. */
export const notOptionalRate = (value: string): string =>
	`IF(LEN(${value})=0,0,IF(ISNUMBER(${value}),OR(${value}<=0,${value}>100),1))`;

/** An optional number above 0; a blank cell means omitted. */
export const notOptionalPositive = (value: string): string =>
	`IF(LEN(${value})=0,0,${notPositive(value)})`;

/** Filled cells of a range that are not a number from above `low` (or from `low` with `inclusive`) to 100. */
export const ratesOutside = (
	cells: string,
	low: number,
	inclusive: boolean,
): string =>
	countOf(
		`${filled(cells)}*((1-ISNUMBER(${cells}))+ISNUMBER(${cells})*((${cells}${inclusive ? "<" : "<="}${low})+(${cells}>100)))`,
	);

/**
 * Blank cells with a filled cell after them, in a list given cell by cell: the functions drop blanks only at the
 * end of a range, so a blank inside it is a missing value.
 */
export function gapsIn(
	cells: readonly string[],
	rest: (from: number) => string,
): string {
	const gaps = cells
		.slice(0, -1)
		.map((cell, i) => `(LEN(${cell})=0)*(${countOf(filled(rest(i + 1)))}>0)`);
	return gaps.length > 0 ? `(${gaps.join("+")})` : "0";
}
