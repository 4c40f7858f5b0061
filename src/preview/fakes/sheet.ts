// The fake's sheets: their cells, size, frozen rows, widths, conditional rules and protections.

import type {
	GProtection,
	GProtectionType,
	GRange,
	GRangeList,
	GRule,
	GSheet,
} from "./apps-script";
import { asProtection, asRange, asRule, asSheet } from "./boundary";
import type { CallLog } from "./calls";
import { blankCell, type CellState, parseCell } from "./cells";
import {
	type FakeEmbeddedChart,
	insertChart,
	newChart,
	removeChart,
	updateChart,
} from "./charts";
import type { FakeRule } from "./conditional-format";
import { checkRuleFormula } from "./custom-formula";
import type { SheetModel, SpreadsheetModel } from "./models";
import { FakeProtection, FakeProtectionType } from "./protection";
import { FakeRange, FakeRangeList } from "./range";

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_WIDTH = 100;

/** Sheets' longest tab name. */
export const MAX_SHEET_NAME = 100;

/** Refuses a tab name Sheets refuses: empty, longer than 100 characters, or another tab's name in any case. */
export function checkSheetName(
	name: string,
	sheets: readonly SheetModel[],
	renamed?: SheetModel,
): void {
	if (name.trim() === "") throw new Error("A sheet name cannot be empty.");
	if (name.length > MAX_SHEET_NAME)
		throw new Error(
			`A sheet name can be at most ${MAX_SHEET_NAME} characters; "${name.slice(0, 20)}…" has ${name.length}.`,
		);
	const taken = sheets.some(
		(s) => s !== renamed && s.name.toLowerCase() === name.toLowerCase(),
	);
	if (taken)
		throw new Error(
			`A sheet with the name "${name}" already exists. Please enter another name.`,
		);
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
			| "insertRowsAfter"
			| "insertColumnsAfter"
			| "newChart"
			| "insertChart"
			| "updateChart"
			| "removeChart"
			| "getCharts"
		>,
		SheetModel
{
	readonly cells = new Map<string, CellState>();
	frozenRows = 0;
	readonly widths = new Map<number, number>();
	rules: FakeRule[] = [];
	protections: FakeProtection[] = [];
	readonly charts: FakeEmbeddedChart[] = [];
	maxRows = DEFAULT_ROWS;
	maxColumns = DEFAULT_COLUMNS;
	/** The spreadsheet holding the sheet, whose active sheet and range Range.activate changes. */
	spreadsheet: SpreadsheetModel | undefined;

	constructor(
		readonly log: CallLog,
		public name: string,
		readonly id: number,
	) {}

	private call(method: string): void {
		this.log.record("document", `Sheet.${method}`);
	}

	/** The state of a cell (1-based), created blank on first access: the model under the surface, not counted. */
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

	/** The last row and column holding a value or formula (1-based), as getLastRow and getLastColumn see them. */
	extent(): [number, number] {
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

	getName(): string {
		this.call("getName");
		return this.name;
	}
	setName(name: string): GSheet {
		this.call("setName");
		checkSheetName(name, this.spreadsheet?.sheets ?? [this], this);
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
		// Sheets keeps at least one row scrollable: freezing every row is refused, as is a negative count.
		if (!Number.isInteger(rows) || rows < 0 || rows >= this.maxRows)
			throw new Error(
				`setFrozenRows: ${rows} rows cannot be frozen on a sheet of ${this.maxRows} rows.`,
			);
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
		const fakes = rules as unknown as FakeRule[];
		for (const rule of fakes)
			if (rule.formula) checkRuleFormula(rule.formula, this.name);
		this.rules = fakes;
	}
	getProtections(type: GProtectionType): GProtection[] {
		this.call("getProtections");
		const wanted =
			type === FakeProtectionType.SHEET
				? "SHEET"
				: type === FakeProtectionType.RANGE
					? "RANGE"
					: undefined;
		if (!wanted)
			throw new Error(
				"Invalid argument: type (expected SpreadsheetApp.ProtectionType.RANGE or SHEET)",
			);
		return this.protections.filter((p) => p.type === wanted).map(asProtection);
	}
	insertRowsAfter(afterPosition: number, howMany: number): GSheet {
		this.call("insertRowsAfter");
		this.checkInsert(afterPosition, howMany, this.maxRows);
		this.shiftCells(([row, column]) =>
			row > afterPosition ? [row + howMany, column] : [row, column],
		);
		this.maxRows += howMany;
		return asSheet(this);
	}
	insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
		this.call("insertColumnsAfter");
		this.checkInsert(afterPosition, howMany, this.maxColumns);
		this.shiftCells(([row, column]) =>
			column > afterPosition ? [row, column + howMany] : [row, column],
		);
		this.maxColumns += howMany;
		return asSheet(this);
	}
	private checkInsert(after: number, howMany: number, size: number): void {
		if (!Number.isInteger(howMany) || howMany < 1)
			throw new Error(`Cannot insert ${howMany} rows or columns.`);
		if (!Number.isInteger(after) || after < 1 || after > size)
			throw new Error(
				`Those rows or columns are out of bounds: ${after} in a sheet of ${size}.`,
			);
	}
	private shiftCells(move: (at: [number, number]) => [number, number]): void {
		const moved = [...this.cells].map(([key, cell]) => {
			const [row, column] = move(
				key.split(",").map(Number) as [number, number],
			);
			return [`${row},${column}`, cell] as const;
		});
		this.cells.clear();
		for (const [key, cell] of moved) this.cells.set(key, cell);
	}
	/** A sheet that is already protected hands back its protection, as Sheets does: nothing new is made. */
	protect(): GProtection {
		this.call("protect");
		const existing = this.protections.find((p) => p.type === "SHEET");
		if (existing) return asProtection(existing);
		const protection = new FakeProtection(
			this.log,
			this,
			new FakeRange(this.log, this, 1, 1, this.maxRows, this.maxColumns),
			"SHEET",
		);
		this.protections.push(protection);
		return asProtection(protection);
	}
	newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
		return newChart(this.log, this);
	}
	insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
		this.call("insertChart");
		insertChart(this, this.charts, chart);
	}
	updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
		this.call("updateChart");
		updateChart(this, this.charts, chart);
	}
	removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
		this.call("removeChart");
		removeChart(this, this.charts, chart);
	}
	getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
		this.call("getCharts");
		return this.charts.map(
			(chart) => chart as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart,
		);
	}
}
