// Reads an .xlsx workbook's values with exceljs into tab name → grid, dates as serial days, formulas as their results.

import ExcelJS from "exceljs";
import { type CellValue, type Grid, serialOfDay } from "./plan-cells";

/** exceljs hands a formula as { formula, result }, rich text as runs, a link as { text }; dates in UTC. */
function plainValue(value: ExcelJS.CellValue): CellValue {
	if (value === null || value === undefined) return null;
	if (typeof value === "number" || typeof value === "string") return value;
	if (typeof value === "boolean") return value;
	if (value instanceof Date)
		return serialOfDay(
			value.getUTCFullYear(),
			value.getUTCMonth(),
			value.getUTCDate(),
		);
	if (typeof value === "object") {
		if ("result" in value)
			return plainValue((value.result ?? null) as ExcelJS.CellValue);
		if ("formula" in value || "sharedFormula" in value) return null;
		if ("richText" in value)
			return value.richText.map((run) => run.text).join("");
		if ("text" in value) return plainValue(value.text as ExcelJS.CellValue);
	}
	return null;
}

export async function readXlsx(file: string): Promise<Map<string, Grid>> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(file);
	const tabs = new Map<string, Grid>();
	workbook.eachSheet((sheet) => {
		const grid: CellValue[][] = [];
		sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
			const line: CellValue[] = [];
			row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
				line[columnNumber - 1] = plainValue(cell.value);
			});
			grid[rowNumber - 1] = Array.from(line, (value) => value ?? null);
		});
		tabs.set(
			sheet.name,
			Array.from(grid, (line) => line ?? []),
		);
	});
	return tabs;
}
