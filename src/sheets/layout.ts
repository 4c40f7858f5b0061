// Turns a Tab into the 2-D arrays and runs that the writer sends in one call each: pure, no Apps Script.

import type { Area, Cell, Tab, Validation } from "../plan/types";
import { looksLikeValue, TEXT_FORMAT } from "./text-cells";

/** What Sheets calls "Automatic": getNumberFormat returns it for untouched cells, and setNumberFormats accepts it. */
export const AUTOMATIC_FORMAT = "General";

export interface Grid {
	readonly rows: number;
	readonly columns: number;
	readonly values: (string | number | boolean)[][];
	/** Null when the tab sets no number format at all: the call is skipped. */
	readonly formats: string[][] | null;
	/** Null when the tab has no bold row. */
	readonly weights: ("bold" | "normal")[][] | null;
	/** Null when the tab has no validation. */
	readonly validations: (Validation | null)[][] | null;
}

export interface WidthRun {
	/** 1-based, as setColumnWidths takes it. */
	readonly start: number;
	readonly count: number;
	readonly width: number;
}

const fill = <T>(rows: number, columns: number, value: T): T[][] =>
	Array.from({ length: rows }, () => new Array<T>(columns).fill(value));

function cellValue(cell: Cell | undefined): string | number | boolean {
	if (cell === null || cell === undefined) return "";
	if (typeof cell === "object")
		return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
	return cell;
}

function paint<T>(grid: T[][], area: Area, value: T): void {
	for (let r = area.row; r < area.row + area.rows; r++) {
		const row = grid[r];
		if (!row) continue;
		for (let c = area.column; c < area.column + area.columns; c++)
			if (c < row.length) row[c] = value;
	}
}

/**
 * The one rectangle from A1 holding the cells, formats and validations, so each is one call on one Range.
 * Plain text (@) goes where Sheets would otherwise change a value's type: strings that read as numbers, dates or
 * booleans, and the cells `textAreas`, dropdowns and their sources hold, so what a person picks stays a label.
 */
export function gridOf(tab: Tab, textAreas: readonly Area[] = []): Grid {
	const areas: Area[] = [
		...tab.formats.map((f) => f.area),
		...tab.validations.map((v) => v.area),
	];
	let rows = tab.cells.length;
	let columns = Math.max(0, ...tab.cells.map((row) => row.length));
	for (const area of areas) {
		rows = Math.max(rows, area.row + area.rows);
		columns = Math.max(columns, area.column + area.columns);
	}
	rows = Math.max(rows, 1);
	columns = Math.max(columns, 1);
	const values = Array.from({ length: rows }, (_, r) =>
		Array.from({ length: columns }, (_, c) => cellValue(tab.cells[r]?.[c])),
	);
	const explicit = fill<string | null>(rows, columns, null);
	for (const format of tab.formats)
		paint(explicit, format.area, format.pattern);
	const labels = fill(rows, columns, false);
	for (const area of textAreas) paint(labels, area, true);
	for (const validation of tab.validations)
		if (validation.kind === "list" || validation.kind === "range")
			paint(labels, validation.area, true);
	let any = tab.formats.length > 0;
	const patterns = values.map((row, r) =>
		row.map((value, c) => {
			const pattern = explicit[r]?.[c] ?? null;
			const formula = typeof value === "string" && value.startsWith("=");
			const text =
				typeof value === "string" &&
				!formula &&
				(looksLikeValue(value) || (pattern === null && labels[r]?.[c]));
			if (text) {
				any = true;
				return TEXT_FORMAT;
			}
			return pattern ?? AUTOMATIC_FORMAT;
		}),
	);
	const formats = any ? patterns : null;
	let weights: ("bold" | "normal")[][] | null = null;
	if (tab.boldRows.length > 0) {
		weights = fill<"bold" | "normal">(rows, columns, "normal");
		for (const row of tab.boldRows) if (row < rows) weights[row]?.fill("bold");
	}
	let validations: (Validation | null)[][] | null = null;
	if (tab.validations.length > 0) {
		validations = fill<Validation | null>(rows, columns, null);
		for (const validation of tab.validations)
			paint(validations, validation.area, validation);
	}
	return { rows, columns, values, formats, weights, validations };
}

/**
 * The tab's column widths in at most two setColumnWidths calls: the first column (titles and labels) as the plan
 * says, the others at the median of theirs. Each call is a call to the Spreadsheet service, and per-column widths
 * would cost one call per change of width; the exports and the preview keep the plan's exact widths.
 * On a new sheet, a run at Sheets' default width is dropped: it would change nothing.
 */
export function widthRuns(
	widths: readonly number[],
	skipWidth?: number,
): WidthRun[] {
	const [first, ...rest] = widths;
	if (first === undefined) return [];
	const sorted = [...rest].sort((a, b) => a - b);
	const median = sorted[Math.floor((sorted.length - 1) / 2)];
	const runs: WidthRun[] =
		median === undefined || median === first
			? [{ start: 1, count: widths.length, width: first }]
			: [
					{ start: 1, count: 1, width: first },
					{ start: 2, count: rest.length, width: median },
				];
	return runs.filter((run) => run.width !== skipWidth);
}

/** Protected areas that touch along a full edge become one, so one Protection instead of two. */
export function mergeAreas(areas: readonly Area[]): Area[] {
	const merged = [...areas];
	let changed = true;
	while (changed) {
		changed = false;
		outer: for (let i = 0; i < merged.length; i++) {
			for (let j = i + 1; j < merged.length; j++) {
				const a = merged[i] as Area;
				const b = merged[j] as Area;
				const union = joined(a, b) ?? joined(b, a);
				if (union) {
					merged.splice(j, 1);
					merged[i] = union;
					changed = true;
					break outer;
				}
			}
		}
	}
	return merged;
}

/** One direction of a grid: where an area starts along it and how far it reaches. */
interface Axis {
	readonly start: "row" | "column";
	readonly size: "rows" | "columns";
}
const DOWN: Axis = { start: "row", size: "rows" };
const ACROSS: Axis = { start: "column", size: "columns" };

/** a and b as one area along `along`, when they span the same cells across it and touch or overlap, b not before a. */
function joinedAlong(a: Area, b: Area, along: Axis, across: Axis): Area | null {
	if (a[across.start] !== b[across.start] || a[across.size] !== b[across.size])
		return null;
	const end = (area: Area) => area[along.start] + area[along.size];
	if (end(a) < b[along.start] || b[along.start] < a[along.start]) return null;
	return { ...a, [along.size]: Math.max(end(a), end(b)) - a[along.start] };
}

const joined = (a: Area, b: Area): Area | null =>
	joinedAlong(a, b, DOWN, ACROSS) ?? joinedAlong(a, b, ACROSS, DOWN);

/** The rest of a rows × columns sheet once `areas` are taken out, as few rectangles as row bands allow. */
export function complement(
	areas: readonly Area[],
	rows: number,
	columns: number,
): Area[] {
	const cuts = [
		...new Set([0, rows, ...areas.flatMap((a) => [a.row, a.row + a.rows])]),
	]
		.filter((r) => r >= 0 && r <= rows)
		.sort((a, b) => a - b);
	const out: Area[] = [];
	let open: Area[] = [];
	for (let i = 0; i + 1 < cuts.length; i++) {
		const top = cuts[i] as number;
		const height = (cuts[i + 1] as number) - top;
		const covered = areas
			.filter((a) => a.row <= top && top < a.row + a.rows)
			.map((a) => [a.column, a.column + a.columns] as const)
			.sort((a, b) => a[0] - b[0]);
		const free: [number, number][] = [];
		let from = 0;
		for (const [start, end] of covered) {
			if (start > from) free.push([from, Math.min(start, columns)]);
			from = Math.max(from, end);
		}
		if (from < columns) free.push([from, columns]);
		// A band with the same free columns as the band above extends it instead of adding a rectangle.
		const next: Area[] = [];
		for (const [start, end] of free) {
			const above = open.find(
				(a) =>
					a.column === start &&
					a.columns === end - start &&
					a.row + a.rows === top,
			);
			if (above) next.push({ ...above, rows: above.rows + height });
			else
				next.push({
					row: top,
					column: start,
					rows: height,
					columns: end - start,
				});
		}
		for (const a of open)
			if (!next.some((b) => b.row === a.row && b.column === a.column))
				out.push(a);
		open = next;
	}
	return [...out, ...open];
}
