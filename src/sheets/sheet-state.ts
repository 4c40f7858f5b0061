// What the writer must know of a sheet it fills or replaces, read before the plan's first write.

import { type ExistingChart, readCharts } from "./charts";
import { type ExistingRule, readFormatRules } from "./rules";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** The size of a sheet from insertSheet, so a new sheet needs no read. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export interface SheetState {
	readonly rows: number;
	readonly columns: number;
	/** Its conditional-format rules: the person's, and ours from earlier runs. */
	readonly rules: readonly ExistingRule[];
	/** The warning-only protections this add-in put there before, to remove. */
	readonly ours: readonly Protection[];
	/** A sheet protection someone else made: protect() would hand it back, so ours go on ranges instead. */
	readonly foreignSheetProtection: boolean;
	/** Its charts: the person's, and ours from earlier runs, to rebuild rather than duplicate. */
	readonly charts: readonly ExistingChart[];
}

/** A sheet just inserted: Sheets' default size, nothing on it. */
export const NEW_SHEET: SheetState = {
	rows: NEW_SHEET_ROWS,
	columns: NEW_SHEET_COLUMNS,
	rules: [],
	ours: [],
	foreignSheetProtection: false,
	charts: [],
};

/** Reads what the writer needs; `descriptions` recognise the protections this add-in made. */
export function readSheetState(
	sheet: Sheet,
	descriptions: ReadonlySet<string>,
): SheetState {
	const types = SpreadsheetApp.ProtectionType;
	const mine = (protection: Protection) => ({
		protection,
		ours: descriptions.has(protection.getDescription()),
	});
	const ranges = sheet.getProtections(types.RANGE).map(mine);
	const wholes = sheet.getProtections(types.SHEET).map(mine);
	return {
		rows: sheet.getMaxRows(),
		columns: sheet.getMaxColumns(),
		rules: readFormatRules(sheet),
		ours: [...ranges, ...wholes].filter((p) => p.ours).map((p) => p.protection),
		foreignSheetProtection: wholes.some((p) => !p.ours),
		charts: readCharts(sheet),
	};
}
