// What Sheets refuses when a person types: a cell whose custom-formula validation rejects input and is false for the new content.

import type { FakeSheet } from "./fakes/sheet";
import type { FakeSpreadsheet } from "./fakes/spreadsheet";
import { holds } from "./rule-colors";
import { buildEngine } from "./workbook-view";

/**
 * The message Sheets shows for the entry now in the cell (1-based row and column), or undefined when it stands.
 * Sheets checks the rule against the new content, so the cell is read as typed. A blank cell is never refused.
 * Follows sheetsRules.rejectInput; other criteria are not checked here.
 */
export function refusedEntry(
	spreadsheet: FakeSpreadsheet,
	sheet: FakeSheet,
	row: number,
	column: number,
): string | undefined {
	const cell = sheet.cells.get(`${row},${column}`);
	const validation = cell?.validation;
	if (!cell || !validation || validation.allowInvalid) return undefined;
	if (validation.criteria !== "CUSTOM_FORMULA") return undefined;
	if (cell.formula === "" && cell.value === "") return undefined;
	const engine = buildEngine(spreadsheet);
	try {
		const sheetId = engine.getSheetId(sheet.name) as number;
		const result = engine.calculateFormula(String(validation.args[0]), sheetId);
		if (holds(result)) return undefined;
	} finally {
		engine.destroy();
	}
	return validation.helpText || "The data you entered is not valid.";
}
