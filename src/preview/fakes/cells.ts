// A cell's state in the fake spreadsheet, and the A1 parsing the fake and its helpers share.

import { columnLetter } from "../../plan/a1";
import type { FakeDataValidation } from "./validation";

export const AUTOMATIC = "General";

export interface CellState {
	value: string | number | boolean | Date;
	formula: string;
	format: string;
	weight: "normal" | "bold";
	validation: FakeDataValidation | null;
}

export const blankCell = (): CellState => ({
	value: "",
	formula: "",
	format: AUTOMATIC,
	weight: "normal",
	validation: null,
});

/** 1-based, as Sheets numbers columns. */
export const letters = (column: number): string => columnLetter(column - 1);

/** 1-based row, column from "B3". */
export function parseCell(cell: string): [number, number] {
	const match = /^([A-Z]+)(\d+)$/i.exec(cell);
	if (!match) throw new Error(`Range not found: ${cell}`);
	let column = 0;
	for (const ch of (match[1] as string).toUpperCase())
		column = column * 26 + ch.charCodeAt(0) - 64;
	return [Number(match[2]), column];
}
