// Turns what Sheets passes to a custom function (2-D arrays, "" for blanks, Dates, 50% as 0.5) into clean values or an InputError.

import { type Fraction, share } from "./fraction";

/** A bad argument; the message says where ("probabilities, row 7: …") and the caller prefixes the function's name. */
export class InputError extends Error {
	override name = "InputError";
}

/**
 * A one-dimensional run of cells: a single value, a column or a row, always held as a column of one-cell rows.
 * Cells are read in place, since open ranges pass tens of thousands of rows; one shape and one reading method keep
 * the forecast loops on V8's fast path (a closure per shape made every read a call it could not inline).
 */
export class CellList {
	constructor(
		private readonly rows: readonly (readonly unknown[])[],
		readonly size: number,
		private readonly where: (index: number) => string,
	) {}

	get(index: number): unknown {
		return this.rows[index]?.[0];
	}

	/** Where cell i sits, for error messages: "amounts, row 3". */
	at(index: number): string {
		return this.where(index);
	}

	/** The first `size` cells. */
	first(size: number): CellList {
		return new CellList(this.rows, size, this.where);
	}
}

export function isBlank(value: unknown): boolean {
	return value === "" || value === null || value === undefined;
}

/** Sheets passes an omitted argument as undefined or "", and a reference to one empty cell as "" or [[""]]. */
export function isOmitted(value: unknown): boolean {
	if (Array.isArray(value))
		return (
			value.length === 1 &&
			Array.isArray(value[0]) &&
			value[0].length === 1 &&
			isBlank(value[0][0])
		);
	return isBlank(value);
}

/** Sheets always passes whole rows; only the first is checked, since open ranges bring tens of thousands. */
function isGrid(value: unknown[]): value is unknown[][] {
	return Array.isArray(value[0]);
}

/** A column, a row or a single cell; anything wider is an error, since these arguments list one thing per cell. */
export function readList(value: unknown, name: string): CellList {
	if (!Array.isArray(value)) return new CellList([[value]], 1, () => name);
	if (!isGrid(value))
		throw new InputError(`${name}: expected a range of cells`);
	const rows = value.length;
	const columns = value[0]?.length ?? 0;
	if (columns === 1)
		return new CellList(value, rows, (i) => `${name}, row ${i + 1}`);
	const [row = []] = value;
	// A row is short (a sheet has at most 18,278 columns): turned into a column once.
	if (rows === 1)
		return new CellList(
			row.map((cell) => [cell]),
			columns,
			(i) => `${name}, column ${i + 1}`,
		);
	throw new InputError(
		`${name}: expected one column or one row, got ${rows} rows × ${columns} columns`,
	);
}

export function cellsOf(list: CellList): unknown[] {
	return Array.from({ length: list.size }, (_, i) => list.get(i));
}

/** A list without the blank cells that open ranges such as A2:A add at their end. */
export function withoutTrailingBlanks(list: CellList): CellList {
	let end = list.size;
	while (end > 0 && isBlank(list.get(end - 1))) end--;
	return list.first(end);
}

export function requireSameSize(
	a: CellList,
	aName: string,
	b: CellList,
	bName: string,
): void {
	if (a.size !== b.size) {
		throw new InputError(
			`${bName} has ${b.size} cells but ${aName} has ${a.size}: they must be the same size`,
		);
	}
}

export function isDate(value: unknown): value is Date {
	// instanceof fails across realms (Sheets' values, a vm context), the tag does not.
	return (
		Object.prototype.toString.call(value) === "[object Date]" &&
		!Number.isNaN((value as Date).getTime())
	);
}

/** A short, readable rendering of a cell for error messages. */
export function describe(value: unknown): string {
	if (typeof value === "string")
		return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
	if (isDate(value)) return `the date ${value.toISOString().slice(0, 10)}`;
	if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
	if (Array.isArray(value)) return "a range";
	if (Object.prototype.toString.call(value) === "[object Date]")
		return "an invalid date";
	if (typeof value === "object" && value !== null) return "an object";
	return String(value);
}

export function readNumber(value: unknown, where: string): number {
	if (typeof value === "number" && Number.isFinite(value)) return value;
	if (isBlank(value)) throw new InputError(`${where}: a number is missing`);
	if (typeof value === "string")
		throw new InputError(`${where}: ${describe(value)} is text, not a number`);
	throw new InputError(`${where}: ${describe(value)} is not a number`);
}

export function readPositive(value: unknown, where: string): number {
	const number = readNumber(value, where);
	if (number <= 0)
		throw new InputError(`${where}: must be more than 0, got ${number}`);
	return number;
}

export function readNonNegative(value: unknown, where: string): number {
	const number = readNumber(value, where);
	if (number < 0) throw new InputError(`${where}: ${number} is negative`);
	return number;
}

export function readWholeNumber(
	value: unknown,
	where: string,
	minimum: number,
): number {
	const number = readNumber(value, where);
	if (!Number.isInteger(number))
		throw new InputError(`${where}: expected a whole number, got ${number}`);
	if (number < minimum)
		throw new InputError(
			`${where}: must be at least ${minimum}, got ${number}`,
		);
	return number;
}

/**
 * Rates come as fractions (50% is 0.5) or, from CRM exports, as whole percents (50).
 * The scale is decided once per range: one number above 1 makes the whole range whole percents.
 */
export function rateScale(list: CellList): 1 | 100 {
	for (let i = 0; i < list.size; i++) {
		const cell = list.get(i);
		if (typeof cell === "number" && cell > 1) return 100;
	}
	return 1;
}

/**
 * A rate, probability or attainment as typed, checked against 0–100%, as the exact fraction it stands for:
 * 33.3 in a whole-percent range is 333/1000, never 33.3 ÷ 100 in floating point (0.33299999999999996).
 */
export function readRate(
	value: unknown,
	where: string,
	scale: 1 | 100,
): Fraction {
	const number = readNumber(value, where);
	if (number < 0 || number > 100)
		throw new InputError(`${where}: ${number} is outside 0–100%`);
	return share(number, scale);
}

export function readDate(value: unknown, where: string): Date {
	if (isDate(value)) return value;
	if (isBlank(value)) throw new InputError(`${where}: a date is missing`);
	if (typeof value === "string")
		throw new InputError(`${where}: ${describe(value)} is text, not a date`);
	throw new InputError(`${where}: ${describe(value)} is not a date`);
}

/**
 * A name as the spreadsheet's TRIM reads it: no spaces around it, one space where several stand inside, so the
 * exported formulas and the plan's own lookups match names as the functions do. Only the space character: TRIM
 * keeps tabs and no-break spaces, so a name holding one is another name here too, never a figure the file lacks.
 */
export const trimmed = (text: string): string =>
	text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");

/** Two names are one stage when they match trimmed, in any case: Settings refuses the second, the functions read one. */
export const nameKey = (name: string): string => trimmed(name).toLowerCase();

/** A text label such as a stage name, trimmed; numbers are accepted since a stage may be called "1". */
export function readLabel(value: unknown, where: string): string {
	if (typeof value === "string" && trimmed(value) !== "") return trimmed(value);
	if (typeof value === "number" && Number.isFinite(value)) return String(value);
	if (isBlank(value) || (typeof value === "string" && trimmed(value) === ""))
		throw new InputError(`${where}: a name is missing`);
	throw new InputError(`${where}: ${describe(value)} is not a name`);
}
