// Runs of cells whose formula is the one above moved down a row: Excel writes each run as one shared formula.

import { shiftRows } from "../plan/a1-rows";
import type { Tab } from "../plan/types";

/** A text literal that holds something like a cell address: moving the formula would not move it, so no sharing. */
const LITERAL = /"(?:[^"]|"")*"/g;
const ADDRESS_LIKE = /[A-Za-z]\$?\d/;

const movable = (formula: string): boolean =>
	!formula.includes('"') ||
	!(formula.match(LITERAL) ?? []).some((literal) => ADDRESS_LIKE.test(literal));

/** The first cell (0-based [row, column]) of the run a cell continues; undefined for a cell that continues none. */
export type RunStart = (
	row: number,
	column: number,
) => readonly [number, number] | undefined;

/**
 * The runs of a tab's formulas: two or more cells down one column, each formula being the one above with its relative
 * rows moved down by one, as Excel moves a shared formula.
 */
export function sharedFormulaRuns(tab: Tab): RunStart {
	const width = Math.max(0, ...tab.cells.map((row) => row.length));
	const runs = new Map<number, [number, number]>();
	// Whether the formula above each column's cell can move, so each formula is looked at once.
	const aboveMovable: boolean[] = [];
	tab.cells.forEach((row, r) => {
		row.forEach((cell, c) => {
			const wasMovable = aboveMovable[c] ?? false;
			aboveMovable[c] = false;
			if (cell === null || typeof cell !== "object") return;
			const isMovable = movable(cell.formula);
			aboveMovable[c] = isMovable;
			const above = tab.cells[r - 1]?.[c];
			if (
				!isMovable ||
				!wasMovable ||
				above === null ||
				typeof above !== "object" ||
				above === undefined ||
				above.formula.length > cell.formula.length ||
				shiftRows(above.formula, 1) !== cell.formula
			)
				return;
			runs.set(r * width + c, runs.get((r - 1) * width + c) ?? [r - 1, c]);
		});
	});
	return (row, column) =>
		column < width ? runs.get(row * width + column) : undefined;
}
