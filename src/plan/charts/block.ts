// A small block of formulas a chart reads: a bold header row, one formula row per category, protected with a warning.

import { area } from "../a1";
import { formula, type TabBuilder } from "../grid";
import type { Area } from "../types";

export interface BlockColumn {
	readonly header: string;
	readonly width: number;
	readonly format?: string;
	/** The formula of data row `i` (0-based from the first row under the header). */
	readonly formula: (i: number) => string;
	/** What row `i`'s formula computes on the plan as built, when the plan knows it (see Cell). */
	readonly value?: (i: number) => number | undefined;
}

/** Writes the block at (row, column) and returns each column's area, header cell first. */
export function chartBlock(
	tab: TabBuilder,
	at: { readonly row: number; readonly column: number },
	rows: number,
	columns: readonly BlockColumn[],
): Area[] {
	tab.boldRow(at.row);
	const areas = columns.map((column, c) => {
		const x = at.column + c;
		tab.set(at.row, x, column.header).widthOf(x, column.width);
		for (let i = 0; i < rows; i++)
			tab.set(at.row + 1 + i, x, formula(column.formula(i), column.value?.(i)));
		if (column.format) tab.format(area(at.row + 1, x, rows, 1), column.format);
		return area(at.row, x, rows + 1, 1);
	});
	tab.protect(area(at.row, at.column, rows + 1, columns.length));
	return areas;
}
