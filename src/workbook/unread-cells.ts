// The typed cells no formula reads: a one-off computation can leave them out of the engine, their values being known.

import { columnIndex } from "../plan/a1";
import type { Cell } from "../plan/types";

/** Formulas that reach cells their text does not name, or whole rows and columns: with one, every cell is kept. */
const REACHES_BEYOND_TEXT =
	/\b(INDIRECT|OFFSET|CELL|ADDRESS|INFO)\s*\(|(?<![\w$])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![\w$(])|(?<![\w$:])\$?\d+:\$?\d+(?![\w$])/i;
/** Text literals, taken out before looking for references: "Q1" in quotes names no cell. */
const LITERAL = /"(?:[^"]|"")*"/g;
/** A1 references and ranges, with the sheet before them when they name one. */
const REFERENCE =
	/(?<![\w.$'])(?:'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![\w(])/g;

/** Rows (0-based, end excluded) of one column that formulas read. */
type Spans = Map<number, [number, number][]>;

/** The cells formulas read, by tab name; undefined when a formula may read cells it does not name. */
export function readCells(
	formulas: Iterable<{ readonly tab: string; readonly formula: string }>,
): Map<string, Spans> | undefined {
	const read = new Map<string, Spans>();
	for (const { tab, formula } of formulas) {
		const text = formula.replace(LITERAL, '""');
		if (REACHES_BEYOND_TEXT.test(text)) return undefined;
		for (const match of text.matchAll(REFERENCE)) {
			const [, quoted, bare, fromColumn, fromRow, toColumn, toRow] = match;
			const sheet = quoted?.replaceAll("''", "'") ?? bare ?? tab;
			const first = columnIndex(fromColumn as string);
			const last = columnIndex(toColumn ?? (fromColumn as string));
			const top = Number(fromRow) - 1;
			const bottom = Number(toRow ?? fromRow);
			const spans = read.get(sheet) ?? new Map<number, [number, number][]>();
			read.set(sheet, spans);
			for (let c = Math.min(first, last); c <= Math.max(first, last); c++) {
				const list = spans.get(c) ?? [];
				list.push([Math.min(top, bottom - 1), Math.max(top + 1, bottom)]);
				spans.set(c, list);
			}
		}
	}
	return read;
}

/** True when some formula reads the cell. */
export const isRead = (
	spans: Spans | undefined,
	row: number,
	column: number,
): boolean =>
	spans?.get(column)?.some(([top, bottom]) => row >= top && row < bottom) ??
	false;

/**
 * A typed value the engine keeps as it is: a number, a boolean, empty text, or text it cannot read as anything else
 * (a letter no number, date or time holds, and none of TRUE, FALSE, a formula, an error or a leading apostrophe).
 */
export function keptAsTyped(cell: Cell): boolean {
	if (typeof cell === "number") return Number.isFinite(cell);
	if (typeof cell === "boolean") return true;
	if (typeof cell !== "string") return false;
	if (cell === "") return true;
	if (/^(true|false)$/i.test(cell) || /^[='#]/.test(cell)) return false;
	return /[b-df-lnoq-zB-DF-LNOQ-Z]/.test(cell);
}
