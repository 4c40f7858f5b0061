// Writes imported deals on the Pipeline tab: one read, then one setValues per chunk; grows the table when deals outgrow it.

import { idsOnTab, mergeDeals, type SheetCell } from "../import/merge";
import { extendRanges, extendRangesOf, shiftRows } from "../plan/a1-rows";
import { personKey } from "../plan/team";
import type { Area } from "../plan/types";
import { readProtections } from "./pipeline-protection";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface PipelineTarget {
	/** 0-based row of the deal table's header; data starts on the next row. */
	readonly headerRow: number;
	/** Tab column of each field the export fills. */
	readonly columns: Readonly<Record<string, number>>;
	/** Columns a person types deals into. */
	readonly inputColumns: readonly number[];
	/** Columns holding one formula per deal row. */
	readonly formulaColumns: readonly number[];
	/** Columns of the whole table. */
	readonly width: number;
	readonly idField: string | undefined;
}

export interface ChunkResult {
	readonly added: number;
	readonly updated: number;
	/** 1-based sheet row just below the table after this chunk. */
	readonly tableEnd: number;
}

/** Text from a file is text: a leading "=" or "+" would make setValues write a formula or a number. */
const asText = (cell: SheetCell): SheetCell =>
	typeof cell === "string" && /^[=+]/.test(cell) ? `'${cell}` : cell;

/** Reads the tab once: every cell from A1, formulas where there are some. */
function readTab(sheet: Sheet, width: number): SheetCell[][] {
	const rows = Math.max(1, sheet.getLastRow());
	const columns = Math.max(width, sheet.getLastColumn());
	const range = sheet.getRange(1, 1, rows, columns);
	const values = range.getValues() as SheetCell[][];
	const formulas = range.getFormulas();
	return values.map((row, r) =>
		row.map((value, c) => {
			const formula = formulas[r]?.[c];
			return formula ? formula : value;
		}),
	);
}

/**
 * Formulas whose ranges end on the deal table's last row (the totals above it and the chart's block beside it, or
 * another tab's formulas reading the deals), rewritten by `extend` over the grown table, in one write per tab.
 */
function extendAround(
	sheet: Sheet,
	grid: readonly (readonly SheetCell[])[],
	inside: (row: number, column: number) => boolean,
	extend: (formula: string) => string,
): void {
	const changed: [number, number, string][] = [];
	grid.forEach((row, r) => {
		row.forEach((cell, c) => {
			if (inside(r, c) || typeof cell !== "string" || !cell.startsWith("="))
				return;
			const extended = extend(cell);
			if (extended !== cell) changed.push([r, c, extended]);
		});
	});
	if (changed.length === 0) return;
	const top = Math.min(...changed.map(([r]) => r));
	const bottom = Math.max(...changed.map(([r]) => r));
	const left = Math.min(...changed.map(([, c]) => c));
	const right = Math.max(...changed.map(([, c]) => c));
	const block = Array.from({ length: bottom - top + 1 }, (_, r) =>
		Array.from(
			{ length: right - left + 1 },
			(_, c) => grid[top + r]?.[left + c] ?? null,
		),
	);
	for (const [r, c, formula] of changed) {
		const row = block[r - top];
		if (row) row[c - left] = formula;
	}
	sheet
		.getRange(top + 1, left + 1, block.length, right - left + 1)
		.setValues(block);
}

/** The CRM ids already on the tab, with their 1-based rows and deal names, before an import starts. */
export function pipelineIds(
	sheet: Sheet,
	target: PipelineTarget,
	idColumn: number,
	dealColumn: number,
): { id: string; row: number; deal: string }[] {
	const grid = readTab(sheet, target.width);
	const data = grid.slice(target.headerRow + 1);
	return [...idsOnTab(data, idColumn)].map(([id, i]) => ({
		id,
		row: target.headerRow + 2 + i,
		deal: String(data[i]?.[dealColumn] ?? ""),
	}));
}

/**
 * Writes a chunk of deals. `readers` are the plan's other tabs whose formulas read the deal table (the Overview's
 * forecast of each period): when the table grows, their ranges grow with it.
 */
export function writeDealsChunk(
	sheet: Sheet,
	target: PipelineTarget,
	fields: readonly string[],
	deals: readonly (readonly SheetCell[])[],
	readers: readonly Sheet[] = [],
): ChunkResult {
	const grid = readTab(sheet, target.width);
	const first = target.headerRow + 1;
	const data = grid.slice(first).map((row) => row.slice(0, target.width));
	// The table ends on the last row holding its per-row formulas.
	const formulaColumn = target.formulaColumns[0];
	let tableRows = 0;
	data.forEach((row, i) => {
		if (
			formulaColumn !== undefined &&
			typeof row[formulaColumn] === "string" &&
			String(row[formulaColumn]).startsWith("=")
		)
			tableRows = i + 1;
	});
	const merged = mergeDeals({
		existing: data,
		columns: target.columns,
		idField: target.idField,
		inputColumns: target.inputColumns,
		fields,
		deals: deals.map((deal) => deal.map(asText)),
	});
	if (merged.rows.length === 0)
		return { added: 0, updated: 0, tableEnd: first + tableRows + 1 };
	const end = merged.from + merged.rows.length;
	const template = data[tableRows - 1];
	if (end > tableRows && template) {
		// New rows beyond the table: copy its last row's formats, validations and alert colours down, then
		// give each its own formulas, written with the values below.
		const lastRow = first + tableRows; // 1-based
		const needed = first + end;
		const maxRows = sheet.getMaxRows();
		const protections = readProtections(sheet);
		// Read now, with the rest: a read after the first write would make Apps Script send the writes and wait.
		const around = readers.map((reader) => ({
			reader,
			grid: readTab(reader, 1),
		}));
		const name = around.length > 0 ? sheet.getName() : "";
		if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
		sheet
			.getRange(lastRow, 1, 1, target.width)
			.copyTo(sheet.getRange(lastRow + 1, 1, needed - lastRow, target.width));
		merged.rows.forEach((row, k) => {
			const i = merged.from + k;
			if (i < tableRows) return;
			for (const c of target.formulaColumns)
				row[c] = shiftRows(String(template[c]), i - tableRows + 1);
		});
		// copyTo leaves protections behind: the new rows' formula columns warn as the last row's do, inputs stay free.
		protections.extend(lastRow - 1, lastRow, needed);
		// The totals above and the blocks beside the table: outside its data rows and columns.
		extendAround(
			sheet,
			grid,
			(r, c) => r >= first && c < target.width,
			(formula) => extendRanges(formula, lastRow, needed),
		);
		for (const { reader, grid: cells } of around)
			extendAround(
				reader,
				cells,
				() => false,
				(formula) => extendRangesOf(formula, name, lastRow, needed),
			);
		tableRows = end;
	}
	sheet
		.getRange(first + 1 + merged.from, 1, merged.rows.length, target.width)
		.setValues(merged.rows);
	return {
		added: merged.added,
		updated: merged.updated,
		tableEnd: first + tableRows + 1,
	};
}

/**
 * Reads the Settings stage table and finds a free row for each stage it lacks. Returns the names it will add and
 * the write that adds them, to run after every read of the import.
 */
export function addStages(
	sheet: Sheet,
	table: Area,
	stages: readonly { readonly name: string; readonly probability: number }[],
): { added: string[]; write: () => void } {
	const range = sheet.getRange(table.row + 1, table.column + 1, table.rows, 2);
	const rows = range.getValues() as SheetCell[][];
	const key = (name: unknown) =>
		String(name ?? "")
			.trim()
			.toLowerCase();
	const known = new Set(rows.map((row) => key(row[0])).filter((k) => k !== ""));
	const added: string[] = [];
	for (const stage of stages) {
		if (known.has(key(stage.name))) continue;
		const free = rows.findIndex(
			(row) => key(row[0]) === "" && (row[1] === "" || row[1] === null),
		);
		if (free < 0) throw new RangeError(`full:${stage.name}`);
		rows[free] = [asText(stage.name), stage.probability];
		known.add(key(stage.name));
		added.push(stage.name);
	}
	return {
		added,
		write: () => {
			if (added.length > 0) range.setValues(rows);
		},
	};
}

/**
 * Reads the Settings team table (role, name, and the owner the dropdowns list) and finds a free row for each owner it
 * lacks, written as a name. Owners that find no free row are left out, not refused: their deals still import. Returns
 * the write, to run after every read of the import.
 */
export function addOwners(
	sheet: Sheet,
	table: {
		readonly row: number;
		readonly column: number;
		readonly rows: number;
	},
	owners: readonly string[],
): { added: string[]; leftOut: string[]; write: () => void } {
	const rows = sheet
		.getRange(table.row + 1, table.column + 1, table.rows, 2)
		.getValues() as SheetCell[][];
	const text = (cell: SheetCell | undefined) => String(cell ?? "").trim();
	const known = new Set(
		rows.flatMap(([role, name]) =>
			[text(role), text(name)].filter((t) => t !== "").map(personKey),
		),
	);
	const names: Exclude<SheetCell, null>[][] = rows.map(([, name]) => [
		name ?? "",
	]);
	const added: string[] = [];
	const leftOut: string[] = [];
	for (const owner of owners) {
		if (known.has(personKey(owner))) continue;
		known.add(personKey(owner));
		const free = rows.findIndex(
			([role, name]) => text(role) === "" && text(name) === "",
		);
		if (free < 0) {
			leftOut.push(owner);
			continue;
		}
		names[free] = [asText(owner) ?? ""];
		rows[free] = [null, owner];
		added.push(owner);
	}
	return {
		added,
		leftOut,
		write: () => {
			if (added.length > 0)
				sheet
					.getRange(table.row + 1, table.column + 2, table.rows, 1)
					.setValues(names);
		},
	};
}
