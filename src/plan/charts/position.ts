// Where a chart sits: beside or below a tab's cells, and which cells it covers at the sheet's default row height.

import type { Area, ChartPosition } from "../types";

/** Sheets' default row height, in pixels. */
export const ROW_HEIGHT = 21;
/** The width Sheets gives a column the plan does not size. */
export const DEFAULT_COLUMN_WIDTH = 100;
/** A sheet just inserted has 26 columns: a chart must fit in them. */
export const SHEET_COLUMNS = 26;

export const CHART_SIZE = { width: 600, height: 340 } as const;

/**
 * The cells a chart covers, from its anchor and size: whole columns and rows, the last one partly covered.
 * Columns past `columnWidths` are taken at Sheets' default width.
 */
export function coveredArea(
	position: ChartPosition,
	columnWidths: readonly number[],
): Area {
	let columns = 0;
	for (let left = 0; left < position.width; columns++)
		left += columnWidths[position.column + columns] ?? DEFAULT_COLUMN_WIDTH;
	return {
		row: position.row,
		column: position.column,
		rows: Math.ceil(position.height / ROW_HEIGHT),
		columns,
	};
}
