// Computes a plan's every formula in HyperFormula, with the custom functions registered: the offline stand-in for Sheets.

import {
	DetailedCellError,
	HyperFormula,
	type RawCellContent,
} from "hyperformula";
import type { Cell, Plan, TabKey } from "../plan/types";
import { looksLikeValue } from "../sheets/text-cells";
import { registerCustomFunctions } from "./custom-functions-plugin";
import { isRead, keptAsTyped, readCells } from "./unread-cells";

export type ComputedValue = string | number | boolean | null;

export interface CellProblem {
	readonly row: number;
	readonly column: number;
	readonly formula: string | undefined;
	readonly message: string;
}

export interface ComputedTab {
	readonly key: TabKey;
	readonly name: string;
	/** Computed values; an error cell holds its error code such as "#VALUE!". */
	readonly values: ComputedValue[][];
	readonly errors: readonly CellProblem[];
}

export function toRawContent(cell: Cell): RawCellContent {
	if (cell === null) return null;
	if (typeof cell === "object") return cell.formula;
	// Sheets keeps such text as text (the writer gives it a plain-text cell); HyperFormula reads a leading ' as "text".
	if (typeof cell === "string" && looksLikeValue(cell)) return `'${cell}`;
	return cell;
}

/** A formula's known result in its place (see Cell's value): "" as a formula, since a blank cell is not "". */
function knownContent(cell: Cell): RawCellContent {
	if (cell === null || typeof cell !== "object" || cell.value === undefined)
		return toRawContent(cell);
	return cell.value === "" ? '=""' : cell.value;
}

export interface EngineOptions {
	/**
	 * A one-off computation (a file export): formula cells whose result the plan knows hold that result rather than
	 * their formula, and typed cells no formula reads stay out of the engine, so it evaluates one formula per tab
	 * total, not one per deal row, over the cells that matter. Off for a live engine.
	 */
	readonly knownValues?: boolean;
}

type Contents = RawCellContent[][][];

function buildEngine(plan: Plan, contents: Contents): HyperFormula {
	registerCustomFunctions();
	const sheets = Object.fromEntries(
		plan.tabs.map((tab, i) => [tab.name, contents[i] ?? []]),
	);
	// Full double precision, as Sheets computes: HyperFormula rounds results to 10 digits by default.
	// HyperFormula refuses sheets over 40,000 rows unless told; a Pipeline of imported deals can be longer.
	const rows = Math.max(0, ...plan.tabs.map((tab) => tab.cells.length));
	return HyperFormula.buildFromSheets(sheets, {
		licenseKey: "gpl-v3",
		smartRounding: false,
		// As Sheets does inside SUMPRODUCT: TRIM or a comparison over a range gives an array.
		useArrayArithmetic: true,
		maxRows: Math.max(40_000, rows + 1),
	});
}

/** A live engine holding the plan, for callers that edit cells and recompute (the local preview). */
export function planEngine(
	plan: Plan,
	options: EngineOptions = {},
): HyperFormula {
	const content = options.knownValues ? knownContent : toRawContent;
	return buildEngine(
		plan,
		plan.tabs.map((tab) => tab.cells.map((row) => row.map(content))),
	);
}

/** A typed cell left out of the engine: tab index, row, column, and the value it holds. */
type LeftOut = readonly [number, number, number, Cell];

/** Takes out of `contents` the typed cells no formula reads and the engine keeps as typed; returns them. */
function leaveOutUnread(plan: Plan, contents: Contents): LeftOut[] {
	const formulas = plan.tabs.flatMap((tab, i) =>
		(contents[i] ?? []).flatMap((row) =>
			row
				.filter(
					(content): content is string =>
						typeof content === "string" && content.startsWith("="),
				)
				.map((formula) => ({ tab: tab.name, formula })),
		),
	);
	const read = readCells(formulas);
	if (!read) return [];
	const leftOut: LeftOut[] = [];
	plan.tabs.forEach((tab, i) => {
		const spans = read.get(tab.name);
		tab.cells.forEach((row, r) => {
			row.forEach((cell, c) => {
				if (
					cell === null ||
					typeof cell === "object" ||
					!keptAsTyped(cell) ||
					isRead(spans, r, c)
				)
					return;
				const line = contents[i]?.[r];
				if (line) line[c] = null;
				leftOut.push([i, r, c, cell]);
			});
		});
	});
	return leftOut;
}

export function readTab(
	engine: HyperFormula,
	key: TabKey,
	name: string,
): ComputedTab {
	const sheetId = engine.getSheetId(name);
	if (sheetId === undefined) throw new Error(`No tab named ${name}`);
	const errors: CellProblem[] = [];
	const values = engine.getSheetValues(sheetId).map((row, r) =>
		row.map((value, c) => {
			if (!(value instanceof DetailedCellError)) return value as ComputedValue;
			const formula = engine.getCellFormula({ sheet: sheetId, row: r, col: c });
			errors.push({
				row: r,
				column: c,
				formula,
				message: `${value.value} ${value.message ?? ""}`.trim(),
			});
			return value.value;
		}),
	);
	return { key, name, values, errors };
}

export function computePlan(
	plan: Plan,
	options: EngineOptions = {},
): ComputedTab[] {
	if (!options.knownValues) return computeAll(plan, planEngine(plan));
	const contents = plan.tabs.map((tab) =>
		tab.cells.map((row) => row.map(knownContent)),
	);
	const leftOut = leaveOutUnread(plan, contents);
	const computed = computeAll(plan, buildEngine(plan, contents));
	// Back in their place; a cell the engine filled meanwhile (an array spilling over it) means the cell mattered.
	for (const [i, r, c, cell] of leftOut) {
		const values = computed[i]?.values as ComputedValue[][];
		const row = values[r] ?? [];
		if ((row[c] ?? null) !== null)
			return computeAll(plan, planEngine(plan, options));
		while (values.length <= r) values.push([]);
		values[r] = row;
		while (row.length < c) row.push(null);
		row[c] = cell as ComputedValue;
	}
	return computed;
}

function computeAll(plan: Plan, engine: HyperFormula): ComputedTab[] {
	try {
		return plan.tabs.map((tab) => readTab(engine, tab.key, tab.name));
	} finally {
		engine.destroy();
	}
}
