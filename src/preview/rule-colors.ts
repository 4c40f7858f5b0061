// Which conditional-format colour each cell shows: a rule's formula, written for its range's top-left cell, evaluated per cell.

import { DetailedCellError, type HyperFormula } from "hyperformula";
import { columnIndex, columnLetter } from "../plan/a1";

export interface RuleColor {
	readonly background: string | null;
	readonly color: string | null;
}

export interface SheetRule extends RuleColor {
	readonly formula: string;
	/** 1-based, as Sheets ranges are. */
	readonly ranges: readonly {
		readonly row: number;
		readonly column: number;
		readonly rows: number;
		readonly columns: number;
	}[];
}

// 1-based, as Sheets numbers columns.
const columnNumber = (letters: string): number => columnIndex(letters) + 1;
const columnLetters = (column: number): string => columnLetter(column - 1);

// A cell reference such as B3, $B3, B$3 or $B$3: not part of a longer name, not a function such as LOG10(.
const REFERENCE =
	/(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * Moves the relative parts of every A1 reference by `rows` and `columns`, as Sheets does when it applies a rule
 * written for a range's top-left cell to another cell: "$" anchors stay, text in quotes is left alone.
 */
export function offsetReferences(
	formula: string,
	rows: number,
	columns: number,
): string {
	// Split into quoted parts ("text", 'Sheet name') and the rest; only the rest holds references.
	const parts = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
	return parts
		.map((part, i) =>
			i % 2 === 1
				? part
				: part.replace(
						REFERENCE,
						(
							_,
							columnAnchor: string,
							letters: string,
							rowAnchor: string,
							digits: string,
						) => {
							const column = columnAnchor
								? columnNumber(letters)
								: columnNumber(letters) + columns;
							const row = rowAnchor ? Number(digits) : Number(digits) + rows;
							if (column < 1 || row < 1) return "#REF!";
							return `${columnAnchor}${columnLetters(column)}${rowAnchor}${row}`;
						},
					),
		)
		.join("");
}

/** Sheets applies a rule (and accepts an entry) where its formula is TRUE or a non-zero number; an error, neither. */
export function holds(value: unknown): boolean {
	if (value instanceof DetailedCellError) return false;
	if (typeof value === "boolean") return value;
	return typeof value === "number" && value !== 0;
}

/**
 * The colour of every coloured cell of a sheet, keyed "row,column" (1-based): the first rule that holds wins, as in
 * Sheets. Formulas that come out the same for several cells (column-anchored ones along a row) are computed once.
 */
export function ruleColors(
	engine: HyperFormula,
	sheetId: number,
	rules: readonly SheetRule[],
): Map<string, RuleColor> {
	const colors = new Map<string, RuleColor>();
	const results = new Map<string, boolean>();
	const evaluate = (formula: string): boolean => {
		let result = results.get(formula);
		if (result === undefined) {
			try {
				result = holds(engine.calculateFormula(formula, sheetId));
			} catch {
				result = false;
			}
			results.set(formula, result);
		}
		return result;
	};
	for (const rule of rules) {
		const formula = rule.formula.startsWith("=")
			? rule.formula
			: `=${rule.formula}`;
		for (const range of rule.ranges) {
			for (let r = 0; r < range.rows; r++) {
				for (let c = 0; c < range.columns; c++) {
					const key = `${range.row + r},${range.column + c}`;
					if (colors.has(key)) continue;
					if (evaluate(offsetReferences(formula, r, c)))
						colors.set(key, { background: rule.background, color: rule.color });
				}
			}
		}
	}
	return colors;
}
