// What a person does and sees in the fake spreadsheet, outside Apps Script: add a tab, type, select, look.
// Used by the tests and the preview; nothing here is counted as a call.

import { parseCell } from "./cells";
import {
	FakeBooleanCondition,
	type FakeBooleanCriteria,
	FakeRule,
} from "./conditional-format";
import type { RangeModel } from "./models";
import type { FakeProtection } from "./protection";
import { checkSheetName, FakeSheet } from "./sheet";
import type { FakeSpreadsheet } from "./spreadsheet";

type Shown = string | number | boolean | Date;

/** A tab as a person adds it from the "+" button; any size, Sheets' 1000 × 26 by default. */
export function addSheet(
	spreadsheet: FakeSpreadsheet,
	name: string,
	size: { rows?: number; columns?: number } = {},
): FakeSheet {
	checkSheetName(name, spreadsheet.sheets);
	const sheet = new FakeSheet(spreadsheet.log, name, spreadsheet.newSheetId());
	sheet.spreadsheet = spreadsheet;
	if (size.rows !== undefined) sheet.maxRows = size.rows;
	if (size.columns !== undefined) sheet.maxColumns = size.columns;
	spreadsheet.sheets.push(sheet);
	spreadsheet.active ??= sheet;
	return sheet;
}

/** The tab of that exact name; throws when there is none, so a test says what is missing. */
export function sheetNamed(
	spreadsheet: FakeSpreadsheet,
	name: string,
): FakeSheet {
	const sheet = spreadsheet.sheets.find((s) => s.name === name);
	if (!sheet)
		throw new Error(
			`No tab "${name}" (tabs: ${sheetNames(spreadsheet).join(", ")})`,
		);
	return sheet;
}

export const sheetNames = (spreadsheet: FakeSpreadsheet): string[] =>
	spreadsheet.sheets.map((s) => s.name);

/** What a person sees in a cell, "B3": the formula if any, else the value. */
export function at(sheet: FakeSheet, a1: string): Shown {
	const [row, column] = parseCell(a1);
	const cell = sheet.cells.get(`${row},${column}`);
	return cell ? cell.formula || cell.value : "";
}

/** A person typing in a cell: a formula when it starts with "=", else the value as given. */
export function type(sheet: FakeSheet, a1: string, value: Shown): void {
	const [row, column] = parseCell(a1);
	const cell = sheet.cell(row, column);
	if (typeof value === "string" && value.startsWith("="))
		[cell.formula, cell.value] = [value, ""];
	else [cell.formula, cell.value] = ["", value];
}

/**
 * A formula whose array result spilled from `a1` over the cells right and below, as Sheets shows it to a script:
 * the formula in its cell only, the results as values everywhere (the fake computes nothing).
 */
export function typeArray(
	sheet: FakeSheet,
	a1: string,
	formula: string,
	results: readonly (readonly Shown[])[],
): void {
	const [row, column] = parseCell(a1);
	results.forEach((line, r) => {
		line.forEach((value, c) => {
			const cell = sheet.cell(row + r, column + c);
			cell.formula = r === 0 && c === 0 ? formula : "";
			cell.value = value;
		});
	});
}

/** Every cell from A1 to the last one filled, as a person sees it (formula or value). */
export function contents(sheet: FakeSheet): Shown[][] {
	const [rows, columns] = sheet.extent();
	return Array.from({ length: rows }, (_, r) =>
		Array.from({ length: columns }, (_, c) => {
			const cell = sheet.cells.get(`${r + 1},${c + 1}`);
			return cell ? cell.formula || cell.value : "";
		}),
	);
}

export const isBlank = (sheet: FakeSheet): boolean => sheet.extent()[0] === 0;

const inside = (range: RangeModel, row: number, column: number): boolean =>
	row >= range.row &&
	row < range.row + range.rows &&
	column >= range.column &&
	column < range.column + range.columns;

const covers = (protection: FakeProtection, row: number, column: number) =>
	inside(protection.covered, row, column) &&
	!protection.unprotected.some((range) => inside(range, row, column));

/** Does editing this cell ("B3") show a protection warning, and is it only a warning? */
export function protectionAt(
	sheet: FakeSheet,
	a1: string,
): "none" | "warning" | "blocked" {
	const [row, column] = parseCell(a1);
	const hits = sheet.protections.filter((p) => covers(p, row, column));
	if (hits.length === 0) return "none";
	return hits.every((p) => p.warningOnly) ? "warning" : "blocked";
}

/** A person's own custom-formula rule, as they would make it in the Format menu. */
export function addUserRule(
	sheet: FakeSheet,
	formula: string,
	a1: string,
	background = "#ff00ff",
): FakeRule {
	return addRule(sheet, a1, ["CUSTOM_FORMULA", [formula]], background);
}

/**
 * A person's rule without a formula: a colour scale (no boolean condition at all, as Sheets returns it) or a
 * "text contains" rule (its criterion as Sheets normalises it, the text without quotes or "=").
 */
export function addUserRuleWithoutFormula(
	sheet: FakeSheet,
	kind: "color scale" | "text contains",
	a1: string,
	text = "late",
): FakeRule {
	return addRule(
		sheet,
		a1,
		kind === "color scale" ? null : ["TEXT_CONTAINS", [text]],
		"#ffff00",
	);
}

function addRule(
	sheet: FakeSheet,
	a1: string,
	condition: [keyof typeof FakeBooleanCriteria, unknown[]] | null,
	background: string,
): FakeRule {
	const rule = new FakeRule(
		sheet.log,
		condition
			? new FakeBooleanCondition(
					sheet.log,
					condition[0],
					condition[1],
					background,
					null,
				)
			: null,
		a1.split(",").map((part) => sheet.rangeOf([part])),
	);
	sheet.rules.push(rule);
	return rule;
}

/** The person clicks a cell or selects a range, e.g. "B3" or "B3:D9". */
export function select(
	spreadsheet: FakeSpreadsheet,
	sheet: FakeSheet,
	a1: string,
): void {
	spreadsheet.active = sheet;
	spreadsheet.activeRange = sheet.rangeOf([a1]);
}
