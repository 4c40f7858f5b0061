// The plan's warning-only protection over a deal table that grew: each new row protected as the table's last row is.

import type { Area } from "../plan/types";
import { mergeAreas } from "./layout";
import { OUR_DESCRIPTIONS } from "./writer";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** 0-based area of a range. */
const areaOf = (range: Range): Area => ({
	row: range.getRow() - 1,
	column: range.getColumn() - 1,
	rows: range.getNumRows(),
	columns: range.getNumColumns(),
});

const holds = (area: Area, row: number, column: number): boolean =>
	row >= area.row &&
	row < area.row + area.rows &&
	column >= area.column &&
	column < area.column + area.columns;

/** The parts of an area above and below rows [from, to). */
function outside(area: Area, from: number, to: number): Area[] {
	const parts: Area[] = [];
	const end = area.row + area.rows;
	if (area.row < from)
		parts.push({ ...area, rows: Math.min(end, from) - area.row });
	if (end > to) {
		const start = Math.max(area.row, to);
		parts.push({ ...area, row: start, rows: end - start });
	}
	return parts;
}

/**
 * A sheet protection's unprotected areas once rows [from, to) take the protection of row `template` (0-based): the
 * columns free on that row are free on the new rows, the others protected.
 */
export function unprotectedAfterGrowth(
	unprotected: readonly Area[],
	template: number,
	from: number,
	to: number,
	columns: number,
): Area[] {
	const kept = unprotected.flatMap((area) => outside(area, from, to));
	const band: Area[] = [];
	let start = -1;
	for (let c = 0; c <= columns; c++) {
		const free =
			c < columns && unprotected.some((area) => holds(area, template, c));
		if (free && start < 0) start = c;
		if (!free && start >= 0) {
			band.push({
				row: from,
				column: start,
				rows: to - from,
				columns: c - start,
			});
			start = -1;
		}
	}
	return mergeAreas([...kept, ...band]);
}

export interface ProtectionGrowth {
	/** After the rows are inserted: protects rows [from, to) (0-based) as row `template` is. Writes only. */
	readonly extend: (template: number, from: number, to: number) => void;
}

/**
 * Reads the plan's protections of the sheet (a sheet protection with unprotected ranges, or protected ranges), to
 * extend them once the table grows; call before any write of the import.
 */
export function readProtections(sheet: Sheet): ProtectionGrowth {
	const types = SpreadsheetApp.ProtectionType;
	const ours = (protection: Protection) =>
		OUR_DESCRIPTIONS.has(protection.getDescription());
	const whole = sheet.getProtections(types.SHEET).filter(ours);
	const unprotected = whole.map((protection) =>
		protection.getUnprotectedRanges().map(areaOf),
	);
	const ranges = sheet
		.getProtections(types.RANGE)
		.filter(ours)
		.map((protection) => ({ protection, area: areaOf(protection.getRange()) }));
	const columns = sheet.getMaxColumns();
	return {
		extend: (template, from, to) => {
			whole.forEach((protection, i) => {
				const areas = unprotectedAfterGrowth(
					unprotected[i] ?? [],
					template,
					from,
					to,
					columns,
				);
				protection.setUnprotectedRanges(
					areas.map((area) =>
						sheet.getRange(
							area.row + 1,
							area.column + 1,
							area.rows,
							area.columns,
						),
					),
				);
			});
			for (const { protection, area } of ranges) {
				const end = area.row + area.rows;
				if (area.row <= template && template < end && end < to)
					protection.setRange(
						sheet.getRange(
							area.row + 1,
							area.column + 1,
							to - area.row,
							area.columns,
						),
					);
			}
		},
	};
}
