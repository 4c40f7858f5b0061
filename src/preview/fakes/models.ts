// The fake's spreadsheet, sheet, range, protection and rule as the fake's other files see them, so none imports a class above it.

import type { CellState } from "./cells";

/** A spreadsheet as its sheets and ranges see it. */
export interface SpreadsheetModel {
	readonly locale: string;
	readonly sheets: readonly SheetModel[];
	/** Range.activate sets both. */
	active: SheetModel | undefined;
	activeRange: RangeModel | undefined;
}

/** A sheet as its ranges, protections, rules and charts see it. */
export interface SheetModel {
	readonly name: string;
	readonly maxRows: number;
	readonly maxColumns: number;
	/** Undefined for a sheet on no spreadsheet. */
	readonly spreadsheet: SpreadsheetModel | undefined;
	protections: ProtectionModel[];
	rules: RuleModel[];
	/** The state of a cell (1-based), created blank on first access, not counted. */
	cell(row: number, column: number): CellState;
	hasContent(row: number, column: number): boolean;
	/** A range of this sheet, from an A1 notation or from row, column, rows, columns, not counted. */
	rangeOf(args: readonly unknown[]): RangeModel;
}

/** A range as its protections, rules, charts and copies see it: 1-based, on its sheet. */
export interface RangeModel {
	readonly sheet: SheetModel;
	readonly row: number;
	readonly column: number;
	readonly rows: number;
	readonly columns: number;
	readonly a1: string;
}

/** A protection as its sheet holds it. */
export interface ProtectionModel {
	readonly type: "RANGE" | "SHEET";
	/** The whole sheet, for a sheet protection. */
	readonly covered: RangeModel;
}

/** A conditional-format rule as its sheet holds it, and as Range.copyTo widens it. */
export interface RuleModel {
	readonly ranges: readonly RangeModel[];
	/** The same rule over one more range. */
	alsoCovering(range: RangeModel): RuleModel;
}
