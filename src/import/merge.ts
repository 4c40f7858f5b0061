// Where imported deals land on a Pipeline tab that may already hold deals: matched on the CRM record id, else appended.

/** A cell as read from the sheet (its formula when it has one) or as written. */
export type SheetCell = string | number | boolean | Date | null;

export interface MergeInput {
	/** The deal table's data rows as read, every column, formulas as "=..." text. */
	readonly existing: readonly (readonly SheetCell[])[];
	/** Table column of each field the export fills; the other columns keep what the person typed. */
	readonly columns: Readonly<Record<string, number>>;
	/** The field holding the CRM record id, when the export has one. */
	readonly idField: string | undefined;
	/** Columns a person types deals into: a row with any of them filled is taken. */
	readonly inputColumns: readonly number[];
	/** Each deal's cells, in the order of `fields`. */
	readonly fields: readonly string[];
	readonly deals: readonly (readonly SheetCell[])[];
}

export interface MergeResult {
	/** The rows the import changes, from `from` (0-based data row) on, every column: one write. */
	readonly from: number;
	readonly rows: SheetCell[][];
	readonly added: number;
	readonly updated: number;
}

const blank = (cell: SheetCell | undefined): boolean =>
	cell === null || cell === undefined || cell === "";

/** The CRM ids already on the tab, with their data row (0-based). */
export function idsOnTab(
	existing: readonly (readonly SheetCell[])[],
	idColumn: number,
): Map<string, number> {
	const ids = new Map<string, number>();
	existing.forEach((row, i) => {
		const id = row[idColumn];
		if (!blank(id) && !ids.has(String(id))) ids.set(String(id), i);
	});
	return ids;
}

export function mergeDeals(input: MergeInput): MergeResult {
	const width = Math.max(
		0,
		...input.existing.map((row) => row.length),
		...Object.values(input.columns).map((c) => c + 1),
	);
	const idColumn =
		input.idField === undefined ? undefined : input.columns[input.idField];
	const ids =
		idColumn === undefined ? new Map() : idsOnTab(input.existing, idColumn);
	let lastUsed = -1;
	input.existing.forEach((row, i) => {
		if (input.inputColumns.some((c) => !blank(row[c]))) lastUsed = i;
	});
	const changed = new Map<number, SheetCell[]>();
	const rowAt = (i: number): SheetCell[] => {
		let row = changed.get(i);
		if (!row) {
			row = Array.from(
				{ length: width },
				(_, c) => input.existing[i]?.[c] ?? null,
			);
			changed.set(i, row);
		}
		return row;
	};
	let added = 0;
	let updated = 0;
	const idIndex =
		input.idField === undefined ? -1 : input.fields.indexOf(input.idField);
	for (const deal of input.deals) {
		const id = idIndex < 0 ? undefined : deal[idIndex];
		const match = blank(id) ? undefined : ids.get(String(id));
		let target: number;
		if (match !== undefined) {
			target = match;
			updated++;
		} else {
			target = ++lastUsed;
			if (!blank(id)) ids.set(String(id), target);
			added++;
		}
		const row = rowAt(target);
		input.fields.forEach((field, k) => {
			const column = input.columns[field];
			if (column !== undefined) row[column] = deal[k] ?? null;
		});
	}
	if (changed.size === 0) return { from: 0, rows: [], added, updated };
	const touched = [...changed.keys()];
	const from = Math.min(...touched);
	const to = Math.max(...touched);
	const rows: SheetCell[][] = [];
	for (let i = from; i <= to; i++)
		rows.push(
			changed.get(i) ??
				Array.from({ length: width }, (_, c) => input.existing[i]?.[c] ?? null),
		);
	return { from, rows, added, updated };
}
