// A table's columns declared once, as keyed records; headers, column indexes, formats and validations derive from them.

import { cell } from "./a1";
import type { Formats, PlanContext } from "./context";
import type { Text } from "./text";
import type { Area, Cell, TabKey } from "./types";

/** A validation before it is given its area. */
export type ValidationKind =
	| { readonly kind: "list"; readonly values: readonly string[] }
	| { readonly kind: "range"; readonly tab: TabKey; readonly source: Area }
	| { readonly kind: "date" }
	| { readonly kind: "percent" }
	| { readonly kind: "number"; readonly minimum: number }
	| { readonly kind: "unique" };

/** One of the plan's formats (currency, percent, date, integer), or a Sheets pattern of its own. */
export type ColumnFormat = keyof Formats | { readonly pattern: string };

/** The row a formula column is written on, with the addresses of its cells. */
export interface FormulaRow<Key extends string> {
	/** 0-based row of the tab. */
	readonly row: number;
	/** A1 address of this row's cell in another column, e.g. at("amount") is "F5" on row 4. */
	readonly at: (key: Key) => string;
	/** The tab column (0-based) of a column of the same table. */
	readonly column: (key: Key) => number;
}

export interface ColumnRecord<Key extends string> {
	readonly key: Key;
	readonly header: Text;
	/** Width in pixels. */
	readonly width: number;
	readonly format?: ColumnFormat;
	/** A validation, or one that depends on the plan (its language, the tabs it has); undefined for none. */
	readonly validation?:
		| ValidationKind
		| ((context: PlanContext) => ValidationKind | undefined);
	/** A formula column: the formula written on every row of the table's capacity. */
	readonly formula?: (row: FormulaRow<Key>, context: PlanContext) => string;
	/**
	 * What the formula computes on a row as built, from the row's cells (`cell(key)`: a typed cell, or the known result
	 * of an earlier formula column, undefined when unknown); undefined when only evaluating the formula can tell.
	 */
	readonly value?: (
		cell: (key: Key) => Cell | undefined,
		context: PlanContext,
	) => number | string | undefined;
}

export interface Columns<Key extends string> {
	readonly records: readonly ColumnRecord<Key>[];
	/** The tab column (0-based) of the first record. */
	readonly first: number;
	/** The tab column (0-based) of each key. */
	readonly index: Readonly<Record<Key, number>>;
}

/** Declares a table's columns, left to right from the tab column `first`. Keys are unique. */
export function defineColumns<const Key extends string>(
	records: readonly ColumnRecord<Key>[],
	first = 0,
): Columns<Key> {
	const index = {} as Record<Key, number>;
	records.forEach((record, i) => {
		if (record.key in index)
			throw new Error(`the column "${record.key}" is declared twice`);
		index[record.key] = first + i;
	});
	return { records, first, index };
}

/** The row handed to a formula column: at(key) is that column's cell on the same row. */
export const formulaRow = <Key extends string>(
	columns: Columns<Key>,
	row: number,
): FormulaRow<Key> => ({
	row,
	at: (key) => cell(row, columns.index[key]),
	column: (key) => columns.index[key],
});

export const patternOf = (format: ColumnFormat, formats: Formats): string =>
	typeof format === "string" ? formats[format] : format.pattern;

export const validationOf = <Key extends string>(
	record: ColumnRecord<Key>,
	context: PlanContext,
): ValidationKind | undefined =>
	typeof record.validation === "function"
		? record.validation(context)
		: record.validation;
