// KPI alerts on an existing sheet: the table they cover, and rules written next to the person's own.

import { a1Notation as a1 } from "../plan/a1";
import type { Area, ConditionalRule } from "../plan/types";
import { readRules, writeRules } from "./record";
import { buildRule, mergedRules, readFormatRules } from "./rules";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Properties = GoogleAppsScript.Properties.Properties;

export function areaOf(range: Range): Area {
	return {
		row: range.getRow() - 1,
		column: range.getColumn() - 1,
		rows: range.getNumRows(),
		columns: range.getNumColumns(),
	};
}

/** The rows under a table's header row, or null when the table is only a header. */
export function bodyOf(table: Area, headerRows = 1): Area | null {
	if (table.rows <= headerRows) return null;
	return {
		...table,
		row: table.row + headerRows,
		rows: table.rows - headerRows,
	};
}

/** The rules this add-in wrote on a sheet earlier (from the document properties). */
export function recordedRules(
	properties: Properties,
	sheet: Sheet,
): ConditionalRule[] {
	return readRules(properties, sheet.getSheetId());
}

const overlaps = (a: Area, b: Area): boolean =>
	a.row < b.row + b.rows &&
	b.row < a.row + a.rows &&
	a.column < b.column + b.columns &&
	b.column < a.column + a.columns;

/**
 * Writes `rules` for `table`, replacing the rules this add-in wrote there before (and only there: a plan tab's other
 * rules stay), and keeping every rule the person made.
 */
export function applyAlertRules(
	sheet: Sheet,
	table: Area,
	rules: readonly ConditionalRule[],
	properties: Properties,
): void {
	const sheetId = sheet.getSheetId();
	const existing = readFormatRules(sheet);
	const previous = readRules(properties, sheetId);
	const replaced = previous.filter((rule) => overlaps(rule.area, table));
	const kept = previous.filter((rule) => !overlaps(rule.area, table));
	const notations = rules.map((rule) => a1(rule.area));
	const ranges =
		notations.length === 1
			? [sheet.getRange(notations[0] as string)]
			: notations.length > 1
				? sheet.getRangeList(notations).getRanges()
				: [];
	const merged = mergedRules(
		existing,
		replaced,
		rules.map((rule, i) => buildRule(rule, ranges[i] as Range)),
		rules,
	);
	if (merged) sheet.setConditionalFormatRules(merged);
	writeRules(properties, sheetId, [...kept, ...rules]);
}
