// A1 notation: column letters, cell and range addresses, and sheet names quoted for formulas.

import type { Area } from "./types";

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
	if (!Number.isInteger(index) || index < 0)
		throw new RangeError(
			`column index must be a whole number ≥ 0, got ${index}`,
		);
	let letters = "";
	let n = index + 1;
	while (n > 0) {
		const remainder = (n - 1) % 26;
		letters = String.fromCharCode(65 + remainder) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}

/** "A" → 0, "AA" → 26; case-insensitive. */
export function columnIndex(letters: string): number {
	if (!/^[A-Za-z]+$/.test(letters))
		throw new RangeError(`not a column: "${letters}"`);
	let n = 0;
	for (const char of letters.toUpperCase())
		n = n * 26 + (char.charCodeAt(0) - 64);
	return n - 1;
}

export interface CellOptions {
	readonly absoluteRow?: boolean;
	readonly absoluteColumn?: boolean;
}

/** A cell from 0-based row and column: cell(0, 0) is "A1". */
export function cell(
	row: number,
	column: number,
	options: CellOptions = {},
): string {
	const dollarColumn = options.absoluteColumn ? "$" : "";
	const dollarRow = options.absoluteRow ? "$" : "";
	return `${dollarColumn}${columnLetter(column)}${dollarRow}${row + 1}`;
}

/** An absolute cell: abs(0, 0) is "$A$1". */
export const abs = (row: number, column: number): string =>
	cell(row, column, { absoluteRow: true, absoluteColumn: true });

/** A range such as "A1:B3"; absolute with `absolute`. A one-cell area is still written as a range. */
export function range(area: Area, absolute = false): string {
	const options = { absoluteRow: absolute, absoluteColumn: absolute };
	const end = cell(
		area.row + area.rows - 1,
		area.column + area.columns - 1,
		options,
	);
	return `${cell(area.row, area.column, options)}:${end}`;
}

/** As Range.getA1Notation writes it: a single cell as "B2", a larger area as "B2:C3". */
export function a1Notation(area: Area): string {
	const start = cell(area.row, area.column);
	if (area.rows === 1 && area.columns === 1) return start;
	return `${start}:${cell(area.row + area.rows - 1, area.column + area.columns - 1)}`;
}

/** A sheet name as formulas need it: always quoted, single quotes doubled ("Vue d'ensemble" → 'Vue d''ensemble'). */
export function quoteSheet(name: string): string {
	return `'${name.replaceAll("'", "''")}'`;
}

/** A reference to another sheet: sheetRef("Paramètres", "$B$6") is 'Paramètres'!$B$6. */
export function sheetRef(name: string, a1: string): string {
	return `${quoteSheet(name)}!${a1}`;
}

/** A rectangle from 0-based coordinates. */
export function area(row: number, column: number, rows = 1, columns = 1): Area {
	return { row, column, rows, columns };
}
