// A plan's cell values as the health check reads them, whether they come from the spreadsheet or from a file.

import type { Language, TabKey } from "../plan/types";

/** A cell's value; dates are serial numbers (days since 1899-12-30), as the plan writes them. */
export type CellValue = string | number | boolean | null;
export type Grid = readonly (readonly CellValue[])[];

/** The plan's tabs found in a spreadsheet or a file, by key, with the name each one has there. */
export interface PlanCells {
	readonly language: Language;
	readonly tabs: Partial<
		Record<TabKey, { readonly name: string; readonly values: Grid }>
	>;
}

export const valueAt = (grid: Grid, row: number, column: number): CellValue =>
	grid[row]?.[column] ?? null;

export const isBlankValue = (value: CellValue): boolean =>
	value === null || (typeof value === "string" && value.trim() === "");

/** Text as a person compares it: trimmed, case and accents kept, spaces inside collapsed. */
export const textOf = (value: CellValue): string =>
	value === null ? "" : String(value).trim().replace(/\s+/g, " ");

export const numberOf = (value: CellValue): number | undefined =>
	typeof value === "number" && Number.isFinite(value) ? value : undefined;

/** The day of a Date as a serial number, from its own calendar fields (local or UTC, as the reader knows). */
export function serialOfDay(year: number, month: number, day: number): number {
	return (Date.UTC(year, month, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
