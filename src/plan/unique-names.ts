// A name typed twice in one column, whatever its case or surrounding spaces: Settings refuses it and shows it red.

import { cell, range } from "./a1";
import type { Area } from "./types";

/**
 * True where the cell of `names`' column on `row` (0-based; the area's first row by default) holds a name that
 * another cell of the area holds too, trimmed, in any case (= compares text case-insensitively in Sheets, Excel
 * and LibreOffice). The column is absolute and the row relative, so the formula moves down the area.
 */
export function repeatedName(names: Area, row = names.row): string {
	const name = cell(row, names.column, { absoluteColumn: true });
	return `AND(TRIM(${name})<>"",SUMPRODUCT((TRIM(${range(names, true)})=TRIM(${name}))*1)>1)`;
}

/** The validation's formula for the cell on `row`: true for a blank cell or a name typed once. */
export const uniqueNameFormula = (names: Area, row = names.row): string =>
	`=NOT(${repeatedName(names, row)})`;
