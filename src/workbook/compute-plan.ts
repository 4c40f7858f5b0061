// Computes a plan's every formula in HyperFormula, with the custom functions registered: the offline stand-in for Sheets.

import {
	DetailedCellError,
	HyperFormula,
	type RawCellContent,
} from "hyperformula";
import type { Cell, Plan, TabKey } from "../plan/types";
import { registerCustomFunctions } from "./custom-functions-plugin";

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
	 * Formula cells whose result the plan knows hold that result rather than their formula: a one-off computation
	 * (a file export) then evaluates one formula per tab total, not one per deal row. Off for a live engine.
	 */
	readonly knownValues?: boolean;
}

/** A live engine holding the plan, for callers that edit cells and recompute (the local preview). */
export function planEngine(
	plan: Plan,
	options: EngineOptions = {},
): HyperFormula {
	registerCustomFunctions();
	const content = options.knownValues ? knownContent : toRawContent;
	const sheets = Object.fromEntries(
		plan.tabs.map((tab) => [
			tab.name,
			tab.cells.map((row) => row.map(content)),
		]),
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
	const engine = planEngine(plan, options);
	try {
		return plan.tabs.map((tab) => readTab(engine, tab.key, tab.name));
	} finally {
		engine.destroy();
	}
}
