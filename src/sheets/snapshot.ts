// What a person had in a tab they agreed to replace, read before the plan's first write, and how it is put back.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Snapshot {
	/** Formulas where there are, values elsewhere, from A1 to the last filled cell. */
	readonly contents: readonly (readonly unknown[])[];
}

export function takeSnapshot(sheet: Sheet): Snapshot {
	const range = sheet.getDataRange();
	const formulas = range.getFormulas();
	const values = range.getValues();
	return {
		contents: values.map((row, r) =>
			row.map((value, c) => formulas[r]?.[c] || value),
		),
	};
}

/** Writes the snapshot back on a blank sheet: formulas as formulas, values as values. */
export function restoreSnapshot(sheet: Sheet, snapshot: Snapshot): void {
	const first = snapshot.contents[0];
	if (!first || first.length === 0) return;
	sheet
		.getRange(1, 1, snapshot.contents.length, first.length)
		.setValues(snapshot.contents.map((row) => [...row]));
}
