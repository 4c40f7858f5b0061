// The fake's sheets: their cells, size, frozen rows, widths, conditional rules and protections.

import {
	asProtection,
	asRange,
	asRule,
	asSheet,
	type GProtection,
	type GProtectionType,
	type GRange,
	type GRangeList,
	type GRule,
	type GSheet,
} from "./boundary";
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
import { FakeProtection, FakeProtectionType } from "./protection";
import { FakeRange, FakeRangeList } from "./range";
import type { FakeSpreadsheet } from "./spreadsheet";

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_WIDTH = 100;

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
			| "newChart"
			| "insertChart"
			| "updateChart"
			| "removeChart"
			| "getCharts"
		>
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
	spreadsheet: FakeSpreadsheet | undefined;

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
