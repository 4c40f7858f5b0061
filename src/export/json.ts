// Writes a Plan as JSON: every tab's computed values, and its formulas as the Sheets add-in writes them (custom functions included).

import { writeFile } from "node:fs/promises";
import type { Plan } from "../plan/types";
import {
	type ComputedTab,
	type ComputedValue,
	computePlan,
} from "../workbook/compute-plan";

export interface JsonSheet {
	readonly name: string;
	/** Values as computed; an error cell holds its code, such as "#VALUE!". */
	readonly values: ComputedValue[][];
	/** "=..." where the cell holds a formula, null elsewhere; same shape as values. */
	readonly formulas: (string | null)[][];
}

export interface JsonPlan {
	readonly sheets: JsonSheet[];
}

export function planJson(
	plan: Plan,
	computed: readonly ComputedTab[] = computePlan(plan),
): JsonPlan {
	return {
		sheets: plan.tabs.map((tab, i) => {
			const values = computed[i]?.values ?? [];
			const rows = Math.max(tab.cells.length, values.length);
			const columns = Math.max(
				0,
				...tab.cells.map((row) => row.length),
				...values.map((row) => row.length),
			);
			const grid = <T>(at: (r: number, c: number) => T): T[][] =>
				Array.from({ length: rows }, (_, r) =>
					Array.from({ length: columns }, (_, c) => at(r, c)),
				);
			return {
				name: tab.name,
				values: grid((r, c) => values[r]?.[c] ?? null),
				formulas: grid((r, c) => {
					const cell = tab.cells[r]?.[c];
					return cell !== null && typeof cell === "object"
						? cell.formula
						: null;
				}),
			};
		}),
	};
}

/** One line per row: readable in a diff, without one line per cell. */
export function formatJson(json: JsonPlan): string {
	const rows = (grid: readonly unknown[][]) =>
		`[\n${grid.map((row) => `      ${JSON.stringify(row)}`).join(",\n")}\n    ]`;
	const sheets = json.sheets.map(
		(sheet) =>
			`  {\n    "name": ${JSON.stringify(sheet.name)},\n    "values": ${rows(sheet.values)},\n    "formulas": ${rows(sheet.formulas)}\n  }`,
	);
	return `{"sheets": [\n${sheets.join(",\n")}\n]}\n`;
}

export async function writeJson(
	plan: Plan,
	file: string,
	computed?: readonly ComputedTab[],
): Promise<void> {
	await writeFile(file, formatJson(planJson(plan, computed)), "utf8");
}
