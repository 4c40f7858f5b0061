// The fake's ranges: coordinates, values, formulas, formats, validations, and lists of ranges.

import type {
	GDataValidation,
	GProtection,
	GRange,
	GRangeList,
	GSheet,
} from "./apps-script";
import { asProtection, asRange, asSheet } from "./boundary";
import type { CallLog } from "./calls";
import { type CellState, letters } from "./cells";
import { copyRange } from "./copy-rows";
import { checkRuleFormula } from "./custom-formula";
import type { RangeModel, SheetModel } from "./models";
import { numberFormatProblem } from "./number-format-rules";
import { FakeProtection } from "./protection";
import { typedText } from "./typed-text";
import type { FakeDataValidation } from "./validation";

/** Sheets' limit on the characters of one cell, text or formula. */
export const CELL_CHARACTERS = 50_000;

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
			| "copyTo"
			| "activate"
		>,
		RangeModel
{
	constructor(
		private readonly log: CallLog,
		readonly sheet: SheetModel,
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
	/** Strings are read as typed (see typed-text.ts): "=…" is a formula, "1" a number, except in a plain-text cell. */
	setValues(values: unknown[][]): GRange {
		this.call("setValues");
		this.checkShape(values, "setValues");
		const locale = this.sheet.spreadsheet?.locale ?? "en_US";
		for (const row of values)
			for (const value of row)
				if (typeof value === "string" && value.length > CELL_CHARACTERS)
					throw new Error(
						`Your input contains more than the maximum of ${CELL_CHARACTERS} characters in a single cell.`,
					);
		this.each((cell, r, c) => {
			const value = values[r]?.[c];
			if (typeof value === "string" && value.startsWith("=")) {
				cell.formula = value;
				cell.value = "";
			} else if (typeof value === "string") {
				const typed = typedText(value, cell.format, locale);
				cell.formula = "";
				cell.value = typed.value;
				if (typed.format) cell.format = typed.format;
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
		for (const pattern of new Set(numberFormats.flat())) {
			const problem = numberFormatProblem(pattern);
			if (problem)
				throw new Error(`Invalid number format "${pattern}": ${problem}.`);
		}
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
		for (const rule of new Set(rules.flat()) as Set<FakeDataValidation | null>)
			if (rule?.criteria === "CUSTOM_FORMULA")
				checkRuleFormula(String(rule.args[0]), this.sheet.name);
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
	copyTo(destination: GRange): void {
		this.call("copyTo");
		copyRange(this, destination as unknown as FakeRange);
	}
	/** Range.activate: its sheet becomes the active one, the range the selection. */
	activate(): GRange {
		this.call("activate");
		const owner = this.sheet.spreadsheet;
		if (owner) {
			owner.active = this.sheet;
			owner.activeRange = this;
		}
		return asRange(this);
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
