// What a person had in a tab they agreed to replace, read before the plan's first write, and how it is put back.

import { looksLikeValue } from "./text-cells";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Snapshot {
	/** Formulas where there are, values elsewhere, blanks where a formula's array result had spilled. */
	readonly contents: readonly (readonly unknown[])[];
}

/**
 * Formulas whose result can be an array that spills over the cells right and below: Sheets' own and this add-in's.
 * Apps Script does not say which cells a result spilled into (getFormulas gives "" there, getValues the value).
 */
const SPILLING =
	/\b(ARRAYFORMULA|FILTER|SORTN?|UNIQUE|QUERY|SEQUENCE|SPLIT|TRANSPOSE|FLATTEN|IMPORTRANGE|MMULT|FREQUENCY|FUNNEL_TARGETS|HIRING_PLAN|FORECAST_[A-Z_]+)\s*\(|\{/i;

/** Past the data range (undefined) is no value: the run of a spill at its edge stops there. */
const filled = (value: unknown): boolean =>
	value !== "" && value !== null && value !== undefined;

/**
 * The cells an array formula filled: from its cell, the run of value cells below it and to its right, and the
 * rectangle they span. Writing values there on restore would block the array (#REF!), so they are left blank and
 * the formula fills them again. A formula whose array was already blocked shows an error and spilled nothing.
 */
export function spilledCells(
	formulas: readonly (readonly string[])[],
	values: readonly (readonly unknown[])[],
): boolean[][] {
	const spilled = values.map((row) => row.map(() => false));
	const isValue = (r: number, c: number) =>
		!formulas[r]?.[c] && filled(values[r]?.[c]);
	formulas.forEach((row, r) => {
		row.forEach((formula, c) => {
			const value = values[r]?.[c];
			if (!formula || !SPILLING.test(formula)) return;
			if (typeof value === "string" && value.startsWith("#")) return;
			let bottom = r;
			while (isValue(bottom + 1, c)) bottom++;
			let right = c;
			while (isValue(r, right + 1)) right++;
			for (let y = r; y <= bottom; y++)
				for (let x = c; x <= right; x++)
					if ((y !== r || x !== c) && isValue(y, x))
						(spilled[y] as boolean[])[x] = true;
		});
	});
	return spilled;
}

export function takeSnapshot(sheet: Sheet): Snapshot {
	const range = sheet.getDataRange();
	const formulas = range.getFormulas();
	const values = range.getValues();
	const spilled = spilledCells(formulas, values);
	return {
		contents: values.map((row, r) =>
			row.map((value, c) => {
				const formula = formulas[r]?.[c];
				if (formula) return formula;
				if (spilled[r]?.[c]) return "";
				// Text stays text: written back raw, "1" would come back a number and "=x" a formula.
				return typeof value === "string" &&
					(looksLikeValue(value) || value.startsWith("="))
					? `'${value}`
					: value;
			}),
		),
	};
}

/** Writes the snapshot back on a blank sheet: formulas as formulas, so their arrays spill again, values as values. */
export function restoreSnapshot(sheet: Sheet, snapshot: Snapshot): void {
	const first = snapshot.contents[0];
	if (!first || first.length === 0) return;
	sheet
		.getRange(1, 1, snapshot.contents.length, first.length)
		.setValues(snapshot.contents.map((row) => [...row]));
}
