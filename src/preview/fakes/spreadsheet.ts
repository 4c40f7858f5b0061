// An in-memory SpreadsheetApp: the parts the add-in uses, typed against @types/google-apps-script, counting every call.
// The tests use it, and so does the local preview (src/preview), which runs the add-in's server code against it.

import { columnLetter } from "../../plan/a1";
import type { CallLog } from "./calls";

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GDataValidationBuilder =
	GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GBooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type GProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

// The fakes stand in for the real interfaces at the boundary; these casts are the only place they meet.
const asRange = (r: FakeRange): GRange => r as unknown as GRange;
const asSheet = (s: FakeSheet): GSheet => s as unknown as GSheet;
const asProtection = (p: FakeProtection): GProtection =>
	p as unknown as GProtection;
const asRule = (r: FakeRule): GRule => r as unknown as GRule;

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_WIDTH = 100;
export const AUTOMATIC = "General";

/** 1-based, as Sheets numbers columns. */
const letters = (column: number): string => columnLetter(column - 1);

/** 1-based row, column from "B3". */
function parseCell(cell: string): [number, number] {
	const match = /^([A-Z]+)(\d+)$/i.exec(cell);
	if (!match) throw new Error(`Range not found: ${cell}`);
	let column = 0;
	for (const ch of (match[1] as string).toUpperCase())
		column = column * 26 + ch.charCodeAt(0) - 64;
	return [Number(match[2]), column];
}

export interface CellState {
	value: string | number | boolean | Date;
	formula: string;
	format: string;
	weight: "normal" | "bold";
	validation: FakeDataValidation | null;
}

const blankCell = (): CellState => ({
	value: "",
	formula: "",
	format: AUTOMATIC,
	weight: "normal",
	validation: null,
});

export class FakeDataValidation {
	constructor(
		readonly criteria: string,
		readonly args: readonly unknown[],
		readonly allowInvalid: boolean,
		readonly helpText: string,
	) {}
}

export class FakeDataValidationBuilder
	implements
		Pick<
			GDataValidationBuilder,
			| "requireValueInList"
			| "requireValueInRange"
			| "requireDate"
			| "requireNumberBetween"
			| "requireNumberGreaterThanOrEqualTo"
			| "setAllowInvalid"
			| "setHelpText"
			| "build"
		>
{
	private criteria = "";
	private args: unknown[] = [];
	private allowInvalid = true;
	private helpText = "";
	constructor(private readonly log: CallLog) {}
	private step(method: string): GDataValidationBuilder {
		this.log.record("builder", `DataValidationBuilder.${method}`);
		return this as unknown as GDataValidationBuilder;
	}
	requireValueInList(
		values: string[],
		showDropdown?: boolean,
	): GDataValidationBuilder {
		this.criteria = "VALUE_IN_LIST";
		this.args = [values, showDropdown ?? true];
		return this.step("requireValueInList");
	}
	requireValueInRange(
		range: GRange,
		showDropdown?: boolean,
	): GDataValidationBuilder {
		this.criteria = "VALUE_IN_RANGE";
		this.args = [range, showDropdown ?? true];
		return this.step("requireValueInRange");
	}
	requireDate(): GDataValidationBuilder {
		this.criteria = "DATE_IS_VALID_DATE";
		this.args = [];
		return this.step("requireDate");
	}
	requireNumberBetween(start: number, end: number): GDataValidationBuilder {
		this.criteria = "NUMBER_BETWEEN";
		this.args = [start, end];
		return this.step("requireNumberBetween");
	}
	requireNumberGreaterThanOrEqualTo(number: number): GDataValidationBuilder {
		this.criteria = "NUMBER_GREATER_THAN_OR_EQUAL_TO";
		this.args = [number];
		return this.step("requireNumberGreaterThanOrEqualTo");
	}
	setAllowInvalid(allowInvalidData: boolean): GDataValidationBuilder {
		this.allowInvalid = allowInvalidData;
		return this.step("setAllowInvalid");
	}
	setHelpText(helpText: string): GDataValidationBuilder {
		this.helpText = helpText;
		return this.step("setHelpText");
	}
	build(): GDataValidation {
		this.log.record("builder", "DataValidationBuilder.build");
		return new FakeDataValidation(
			this.criteria,
			this.args,
			this.allowInvalid,
			this.helpText,
		) as unknown as GDataValidation;
	}
}

class FakeBooleanCondition
	implements Pick<GBooleanCondition, "getCriteriaValues">
{
	constructor(
		private readonly log: CallLog,
		readonly formula: string,
		readonly background: string | null,
		readonly fontColor: string | null,
	) {}
	getCriteriaValues(): unknown[] {
		this.log.record("other", "BooleanCondition.getCriteriaValues");
		return [this.formula];
	}
}

export class FakeRule
	implements Pick<GRule, "getBooleanCondition" | "getRanges">
{
	constructor(
		private readonly log: CallLog,
		readonly condition: FakeBooleanCondition,
		readonly ranges: readonly FakeRange[],
	) {}
	get formula(): string {
		return this.condition.formula;
	}
	get background(): string | null {
		return this.condition.background;
	}
	get fontColor(): string | null {
		return this.condition.fontColor;
	}
	get a1(): string[] {
		return this.ranges.map((r) => r.a1);
	}
	getBooleanCondition(): GBooleanCondition {
		this.log.record("other", "ConditionalFormatRule.getBooleanCondition");
		return this.condition as unknown as GBooleanCondition;
	}
	getRanges(): GRange[] {
		this.log.record("other", "ConditionalFormatRule.getRanges");
		return this.ranges.map(asRange);
	}
}

export class FakeRuleBuilder
	implements
		Pick<
			GRuleBuilder,
			| "whenFormulaSatisfied"
			| "setBackground"
			| "setFontColor"
			| "setRanges"
			| "build"
		>
{
	private formula = "";
	private background: string | null = null;
	private fontColor: string | null = null;
	private ranges: FakeRange[] = [];
	constructor(private readonly log: CallLog) {}
	private step(method: string): GRuleBuilder {
		this.log.record("builder", `ConditionalFormatRuleBuilder.${method}`);
		return this as unknown as GRuleBuilder;
	}
	whenFormulaSatisfied(formula: string): GRuleBuilder {
		this.formula = formula;
		return this.step("whenFormulaSatisfied");
	}
	setBackground(color: string | null): GRuleBuilder {
		this.background = color;
		return this.step("setBackground");
	}
	setFontColor(color: string | null): GRuleBuilder {
		this.fontColor = color;
		return this.step("setFontColor");
	}
	setRanges(ranges: GRange[]): GRuleBuilder {
		this.ranges = ranges as unknown as FakeRange[];
		return this.step("setRanges");
	}
	build(): GRule {
		this.log.record("builder", "ConditionalFormatRuleBuilder.build");
		return asRule(
			new FakeRule(
				this.log,
				new FakeBooleanCondition(
					this.log,
					this.formula,
					this.background,
					this.fontColor,
				),
				this.ranges,
			),
		);
	}
}

export class FakeProtection
	implements
		Pick<
			GProtection,
			| "setWarningOnly"
			| "isWarningOnly"
			| "setDescription"
			| "getDescription"
			| "remove"
			| "getRange"
			| "setUnprotectedRanges"
			| "getUnprotectedRanges"
		>
{
	warningOnly = false;
	description = "";
	unprotected: FakeRange[] = [];
	constructor(
		private readonly log: CallLog,
		readonly sheet: FakeSheet,
		/** The protected range; for a sheet protection, the whole sheet. */
		readonly range: FakeRange,
		readonly type: "RANGE" | "SHEET" = "RANGE",
	) {}
	setUnprotectedRanges(ranges: GRange[]): GProtection {
		this.log.record("document", "Protection.setUnprotectedRanges");
		if (this.type !== "SHEET")
			throw new Error(
				"Unprotected ranges can only be set on a sheet protection.",
			);
		this.unprotected = ranges as unknown as FakeRange[];
		return asProtection(this);
	}
	getUnprotectedRanges(): GRange[] {
		this.log.record("document", "Protection.getUnprotectedRanges");
		return this.unprotected.map(asRange);
	}
	/** Test helper: does editing this cell (1-based) show the warning? */
	covers(row: number, column: number): boolean {
		const inside = (r: FakeRange) =>
			row >= r.row &&
			row < r.row + r.rows &&
			column >= r.column &&
			column < r.column + r.columns;
		return inside(this.range) && !this.unprotected.some(inside);
	}
	setWarningOnly(warningOnly: boolean): GProtection {
		this.log.record("document", "Protection.setWarningOnly");
		this.warningOnly = warningOnly;
		return asProtection(this);
	}
	isWarningOnly(): boolean {
		this.log.record("document", "Protection.isWarningOnly");
		return this.warningOnly;
	}
	setDescription(description: string): GProtection {
		this.log.record("document", "Protection.setDescription");
		this.description = description;
		return asProtection(this);
	}
	getDescription(): string {
		this.log.record("document", "Protection.getDescription");
		return this.description;
	}
	getRange(): GRange {
		this.log.record("document", "Protection.getRange");
		return asRange(this.range);
	}
	remove(): void {
		this.log.record("document", "Protection.remove");
		this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
	}
}

export class FakeRange
	implements
		Pick<
			GRange,
			| "getRow"
			| "getColumn"
			| "getNumRows"
			| "getNumColumns"
			| "getA1Notation"
			| "getSheet"
			| "getValues"
			| "getFormulas"
			| "setValues"
			| "setNumberFormats"
			| "setFontWeights"
			| "setDataValidations"
			| "clearDataValidations"
			| "protect"
			| "getDataRegion"
		>
{
	constructor(
		private readonly log: CallLog,
		readonly sheet: FakeSheet,
		readonly row: number,
		readonly column: number,
		readonly rows: number,
		readonly columns: number,
	) {
		if (row < 1 || column < 1 || rows < 1 || columns < 1)
			throw new Error("The starting row or column of the range is too small.");
		if (
			row + rows - 1 > sheet.maxRows ||
			column + columns - 1 > sheet.maxColumns
		) {
			throw new Error(
				"The coordinates of the range are outside the dimensions of the sheet.",
			);
		}
	}
	get a1(): string {
		const start = `${letters(this.column)}${this.row}`;
		if (this.rows === 1 && this.columns === 1) return start;
		return `${start}:${letters(this.column + this.columns - 1)}${this.row + this.rows - 1}`;
	}
	private call(method: string): void {
		this.log.record("document", `Range.${method}`);
	}
	private each<T>(fn: (cell: CellState, r: number, c: number) => T): T[][] {
		return Array.from({ length: this.rows }, (_, r) =>
			Array.from({ length: this.columns }, (_, c) =>
				fn(this.sheet.cell(this.row + r, this.column + c), r, c),
			),
		);
	}
	private checkShape(values: unknown[][], method: string): void {
		if (
			values.length !== this.rows ||
			values.some((row) => row.length !== this.columns)
		) {
			throw new Error(
				`${method}: the data has ${values.length} rows but the range has ${this.rows} (or columns differ).`,
			);
		}
	}
	getRow(): number {
		this.call("getRow");
		return this.row;
	}
	getColumn(): number {
		this.call("getColumn");
		return this.column;
	}
	getNumRows(): number {
		this.call("getNumRows");
		return this.rows;
	}
	getNumColumns(): number {
		this.call("getNumColumns");
		return this.columns;
	}
	getA1Notation(): string {
		this.call("getA1Notation");
		return this.a1;
	}
	getSheet(): GSheet {
		this.call("getSheet");
		return asSheet(this.sheet);
	}
	getValues(): unknown[][] {
		this.call("getValues");
		return this.each((cell) => cell.value);
	}
	getFormulas(): string[][] {
		this.call("getFormulas");
		return this.each((cell) => cell.formula);
	}
	setValues(values: unknown[][]): GRange {
		this.call("setValues");
		this.checkShape(values, "setValues");
		this.each((cell, r, c) => {
			const value = values[r]?.[c];
			if (typeof value === "string" && value.startsWith("=")) {
				cell.formula = value;
				cell.value = "";
			} else {
				cell.formula = "";
				cell.value =
					value === null || value === undefined
						? ""
						: (value as CellState["value"]);
			}
		});
		return asRange(this);
	}
	setNumberFormats(numberFormats: string[][]): GRange {
		this.call("setNumberFormats");
		this.checkShape(numberFormats, "setNumberFormats");
		this.each((cell, r, c) => {
			cell.format = numberFormats[r]?.[c] as string;
		});
		return asRange(this);
	}
	setFontWeights(
		fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][],
	): GRange {
		this.call("setFontWeights");
		this.checkShape(fontWeights, "setFontWeights");
		this.each((cell, r, c) => {
			cell.weight = fontWeights[r]?.[c] ?? "normal";
		});
		return asRange(this);
	}
	setDataValidations(rules: (GDataValidation | null)[][]): GRange {
		this.call("setDataValidations");
		this.checkShape(rules, "setDataValidations");
		this.each((cell, r, c) => {
			cell.validation = (rules[r]?.[c] ??
				null) as unknown as FakeDataValidation | null;
		});
		return asRange(this);
	}
	clearDataValidations(): GRange {
		this.call("clearDataValidations");
		this.each((cell) => {
			cell.validation = null;
		});
		return asRange(this);
	}
	protect(): GProtection {
		this.call("protect");
		const protection = new FakeProtection(this.log, this.sheet, this);
		this.sheet.protections.push(protection);
		return asProtection(protection);
	}
	getDataRegion(): GRange {
		this.call("getDataRegion");
		const filled = (r: number, c: number) => this.sheet.hasContent(r, c);
		let [top, left, bottom, right] = [
			this.row,
			this.column,
			this.row + this.rows - 1,
			this.column + this.columns - 1,
		];
		let grown = true;
		while (grown) {
			grown = false;
			const rowHas = (r: number) =>
				r >= 1 &&
				r <= this.sheet.maxRows &&
				range(left - 1, right + 1).some((c) => filled(r, c));
			const colHas = (c: number) =>
				c >= 1 &&
				c <= this.sheet.maxColumns &&
				range(top - 1, bottom + 1).some((r) => filled(r, c));
			if (rowHas(top - 1)) [top, grown] = [top - 1, true];
			if (rowHas(bottom + 1)) [bottom, grown] = [bottom + 1, true];
			if (colHas(left - 1)) [left, grown] = [left - 1, true];
			if (colHas(right + 1)) [right, grown] = [right + 1, true];
		}
		return asRange(
			new FakeRange(
				this.log,
				this.sheet,
				top,
				left,
				bottom - top + 1,
				right - left + 1,
			),
		);
	}
}

const range = (from: number, to: number): number[] =>
	Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

export class FakeRangeList implements Pick<GRangeList, "getRanges"> {
	constructor(
		private readonly log: CallLog,
		readonly ranges: readonly FakeRange[],
	) {}
	getRanges(): GRange[] {
		this.log.record("document", "RangeList.getRanges");
		return this.ranges.map(asRange);
	}
}

export class FakeSheet
	implements
		Pick<
			GSheet,
			| "getName"
			| "setName"
			| "getSheetId"
			| "getRange"
			| "getRangeList"
			| "getDataRange"
			| "getLastRow"
			| "getLastColumn"
			| "getMaxRows"
			| "getMaxColumns"
			| "clear"
			| "getFrozenRows"
			| "setFrozenRows"
			| "setColumnWidths"
			| "getColumnWidth"
			| "getConditionalFormatRules"
			| "setConditionalFormatRules"
			| "getProtections"
			| "protect"
		>
{
	readonly cells = new Map<string, CellState>();
	frozenRows = 0;
	readonly widths = new Map<number, number>();
	rules: FakeRule[] = [];
	protections: FakeProtection[] = [];
	maxRows = DEFAULT_ROWS;
	maxColumns = DEFAULT_COLUMNS;

	constructor(
		private readonly log: CallLog,
		public name: string,
		readonly id: number,
	) {}

	private call(method: string): void {
		this.log.record("document", `Sheet.${method}`);
	}

	/** The state of a cell (1-based), created blank on first access. Test helper: not counted. */
	cell(row: number, column: number): CellState {
		const key = `${row},${column}`;
		let cell = this.cells.get(key);
		if (!cell) {
			cell = blankCell();
			this.cells.set(key, cell);
		}
		return cell;
	}

	hasContent(row: number, column: number): boolean {
		const cell = this.cells.get(`${row},${column}`);
		return !!cell && (cell.formula !== "" || cell.value !== "");
	}

	/** What a person sees in a cell, "B3": the formula if any, else the value. Test helper: not counted. */
	at(a1: string): string | number | boolean | Date {
		const [row, column] = parseCell(a1);
		const cell = this.cells.get(`${row},${column}`);
		return cell ? cell.formula || cell.value : "";
	}

	/** A person typing in a cell. Test helper: not counted. */
	type(a1: string, value: string | number): void {
		const [row, column] = parseCell(a1);
		const cell = this.cell(row, column);
		if (typeof value === "string" && value.startsWith("="))
			[cell.formula, cell.value] = [value, ""];
		else [cell.formula, cell.value] = ["", value];
	}

	private extent(): [number, number] {
		let rows = 0;
		let columns = 0;
		for (const [key, cell] of this.cells) {
			if (cell.formula === "" && cell.value === "") continue;
			const [r, c] = key.split(",").map(Number) as [number, number];
			rows = Math.max(rows, r);
			columns = Math.max(columns, c);
		}
		return [rows, columns];
	}

	/** Every cell from A1 to the last one filled, as a person sees it (formula or value). Test helper: not counted. */
	get values(): (string | number | boolean | Date)[][] {
		const [rows, columns] = this.extent();
		return Array.from({ length: rows }, (_, r) =>
			Array.from({ length: columns }, (_, c) => {
				const cell = this.cells.get(`${r + 1},${c + 1}`);
				return cell ? cell.formula || cell.value : "";
			}),
		);
	}

	/** Test helper, not counted. */
	get isEmpty(): boolean {
		return this.extent()[0] === 0;
	}

	getName(): string {
		this.call("getName");
		return this.name;
	}
	setName(name: string): GSheet {
		this.call("setName");
		this.name = name;
		return asSheet(this);
	}
	getSheetId(): number {
		this.call("getSheetId");
		return this.id;
	}
	getRange(...args: unknown[]): GRange {
		this.call("getRange");
		return asRange(this.rangeOf(args));
	}
	/** Builds a range without counting: shared by getRange and getRangeList. */
	rangeOf(args: readonly unknown[]): FakeRange {
		if (typeof args[0] === "string") {
			const [start, end] = args[0].split(":") as [string, string | undefined];
			const [r1, c1] = parseCell(start);
			const [r2, c2] = end ? parseCell(end) : [r1, c1];
			return new FakeRange(
				this.log,
				this,
				Math.min(r1, r2),
				Math.min(c1, c2),
				Math.abs(r2 - r1) + 1,
				Math.abs(c2 - c1) + 1,
			);
		}
		const [row, column, rows = 1, columns = 1] = args as number[];
		return new FakeRange(
			this.log,
			this,
			row as number,
			column as number,
			rows,
			columns,
		);
	}
	getRangeList(a1Notations: string[]): GRangeList {
		this.call("getRangeList");
		return new FakeRangeList(
			this.log,
			a1Notations.map((a1) => this.rangeOf([a1])),
		) as unknown as GRangeList;
	}
	getDataRange(): GRange {
		this.call("getDataRange");
		const [rows, columns] = this.extent();
		return asRange(
			new FakeRange(
				this.log,
				this,
				1,
				1,
				Math.max(rows, 1),
				Math.max(columns, 1),
			),
		);
	}
	getLastRow(): number {
		this.call("getLastRow");
		return this.extent()[0];
	}
	getLastColumn(): number {
		this.call("getLastColumn");
		return this.extent()[1];
	}
	getMaxRows(): number {
		this.call("getMaxRows");
		return this.maxRows;
	}
	getMaxColumns(): number {
		this.call("getMaxColumns");
		return this.maxColumns;
	}
	clear(): GSheet {
		this.call("clear");
		// Contents and formatting go; validations, conditional rules and protections stay, as in Sheets.
		for (const cell of this.cells.values())
			Object.assign(cell, { ...blankCell(), validation: cell.validation });
		return asSheet(this);
	}
	getFrozenRows(): number {
		this.call("getFrozenRows");
		return this.frozenRows;
	}
	setFrozenRows(rows: number): void {
		this.call("setFrozenRows");
		this.frozenRows = rows;
	}
	setColumnWidths(
		startColumn: number,
		numColumns: number,
		width: number,
	): GSheet {
		this.call("setColumnWidths");
		for (let c = startColumn; c < startColumn + numColumns; c++)
			this.widths.set(c, width);
		return asSheet(this);
	}
	getColumnWidth(columnPosition: number): number {
		this.call("getColumnWidth");
		return this.widths.get(columnPosition) ?? DEFAULT_WIDTH;
	}
	getConditionalFormatRules(): GRule[] {
		this.call("getConditionalFormatRules");
		return this.rules.map(asRule);
	}
	setConditionalFormatRules(rules: GRule[]): void {
		this.call("setConditionalFormatRules");
		this.rules = rules as unknown as FakeRule[];
	}
	getProtections(type: GProtectionType): GProtection[] {
		this.call("getProtections");
		const wanted = type === FakeProtectionType.SHEET ? "SHEET" : "RANGE";
		return this.protections.filter((p) => p.type === wanted).map(asProtection);
	}
	protect(): GProtection {
		this.call("protect");
		if (this.protections.some((p) => p.type === "SHEET"))
			throw new Error("This sheet is already protected.");
		const protection = new FakeProtection(
			this.log,
			this,
			new FakeRange(this.log, this, 1, 1, this.maxRows, this.maxColumns),
			"SHEET",
		);
		this.protections.push(protection);
		return asProtection(protection);
	}

	/** Test helper: does editing this cell ("B3") show a protection warning, and is it only a warning? */
	protectionAt(a1: string): "none" | "warning" | "blocked" {
		const [row, column] = parseCell(a1);
		const hits = this.protections.filter((p) => p.covers(row, column));
		if (hits.length === 0) return "none";
		return hits.every((p) => p.warningOnly) ? "warning" : "blocked";
	}

	/** Test helper: a person's own rule, as they would make it in the Format menu. */
	addUserRule(formula: string, a1: string, background = "#ff00ff"): FakeRule {
		const rule = new FakeRule(
			this.log,
			new FakeBooleanCondition(this.log, formula, background, null),
			[this.rangeOf([a1])],
		);
		this.rules.push(rule);
		return rule;
	}
}

const FakeProtectionType = {
	RANGE: 0,
	SHEET: 1,
} as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;

export class FakeSpreadsheet
	implements
		Pick<
			GSpreadsheet,
			| "getSheets"
			| "getSheetByName"
			| "getSheetById"
			| "getNumSheets"
			| "insertSheet"
			| "deleteSheet"
			| "setActiveSheet"
			| "getActiveSheet"
			| "getActiveRange"
			| "getSpreadsheetLocale"
		>
{
	sheets: FakeSheet[] = [];
	locale = "en_US";
	active: FakeSheet | undefined;
	activeRange: FakeRange | undefined;
	private nextId = 0;

	constructor(private readonly log: CallLog) {}

	private call(method: string): void {
		this.log.record("document", `Spreadsheet.${method}`);
	}

	/** Test helper: a sheet as a person would add it. Not counted. */
	addSheet(name: string): FakeSheet {
		const sheet = new FakeSheet(
			this.log,
			name,
			this.nextId === 0 ? this.nextId++ : 1000 + this.nextId++ * 7919,
		);
		this.sheets.push(sheet);
		this.active ??= sheet;
		return sheet;
	}

	/** Test helper, not counted. */
	sheet(name: string): FakeSheet | undefined {
		return this.sheets.find((s) => s.name === name);
	}

	get names(): string[] {
		return this.sheets.map((s) => s.name);
	}

	getSheets(): GSheet[] {
		this.call("getSheets");
		return this.sheets.map(asSheet);
	}
	getSheetByName(name: string): GSheet | null {
		this.call("getSheetByName");
		const sheet = this.sheets.find(
			(s) => s.name.toLowerCase() === name.toLowerCase(),
		);
		return sheet ? asSheet(sheet) : null;
	}
	getSheetById(id: number): GSheet | null {
		this.call("getSheetById");
		const sheet = this.sheets.find((s) => s.id === id);
		return sheet ? asSheet(sheet) : null;
	}
	getNumSheets(): number {
		this.call("getNumSheets");
		return this.sheets.length;
	}
	insertSheet(...args: unknown[]): GSheet {
		this.call("insertSheet");
		const name =
			typeof args[0] === "string" ? args[0] : `Sheet${this.sheets.length + 1}`;
		const index = typeof args[0] === "string" ? args[1] : args[0];
		if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
			throw new Error(
				`A sheet with the name "${name}" already exists. Please enter another name.`,
			);
		}
		const sheet = new FakeSheet(this.log, name, 1000 + this.nextId++ * 7919);
		this.sheets.splice(
			typeof index === "number" ? index : this.sheets.length,
			0,
			sheet,
		);
		this.active = sheet;
		return asSheet(sheet);
	}
	deleteSheet(sheet: GSheet): void {
		this.call("deleteSheet");
		this.sheets = this.sheets.filter(
			(s) => s !== (sheet as unknown as FakeSheet),
		);
	}
	setActiveSheet(sheet: GSheet): GSheet {
		this.call("setActiveSheet");
		this.active = sheet as unknown as FakeSheet;
		return sheet;
	}
	getActiveSheet(): GSheet {
		this.call("getActiveSheet");
		return asSheet(this.active as FakeSheet);
	}
	getActiveRange(): GRange | null {
		this.call("getActiveRange");
		return this.activeRange ? asRange(this.activeRange) : null;
	}
	getSpreadsheetLocale(): string {
		this.call("getSpreadsheetLocale");
		return this.locale;
	}

	/** Test helper: the person selects a range, e.g. "B3". */
	select(sheet: FakeSheet, a1: string): void {
		this.active = sheet;
		this.activeRange = sheet.rangeOf([a1]);
	}
}

export class FakeSpreadsheetApp
	implements
		Pick<
			GoogleAppsScript.Spreadsheet.SpreadsheetApp,
			| "getActiveSpreadsheet"
			| "newDataValidation"
			| "newConditionalFormatRule"
			| "ProtectionType"
		>
{
	readonly ProtectionType = FakeProtectionType;
	constructor(
		private readonly log: CallLog,
		readonly spreadsheet: FakeSpreadsheet,
	) {}
	getActiveSpreadsheet(): GSpreadsheet {
		this.log.record("document", "SpreadsheetApp.getActiveSpreadsheet");
		return this.spreadsheet as unknown as GSpreadsheet;
	}
	newDataValidation(): GDataValidationBuilder {
		this.log.record("builder", "SpreadsheetApp.newDataValidation");
		return new FakeDataValidationBuilder(
			this.log,
		) as unknown as GDataValidationBuilder;
	}
	newConditionalFormatRule(): GRuleBuilder {
		this.log.record("builder", "SpreadsheetApp.newConditionalFormatRule");
		return new FakeRuleBuilder(this.log) as unknown as GRuleBuilder;
	}
}
