// A pipeline's columns as the forecast functions read them: amounts, probabilities or stage names, close dates and a period.

import { toNumber } from "./fraction";
import {
	CellList,
	describe,
	InputError,
	isBlank,
	isOmitted,
	nameKey,
	rateScale,
	readDate,
	readLabel,
	readList,
	readNonNegative,
	readRate,
	requireSameSize,
	trimmed,
} from "./sheets-input";

// Open ranges bring tens of thousands of rows: each reader checks the common cells inline, and the
// sheets-input readers (which build the "where" of an error message) run only for the rest.

function readStageTable(value: unknown): Map<string, number> {
	if (
		!Array.isArray(value) ||
		!value.every(Array.isArray) ||
		value[0]?.length !== 2
	) {
		throw new InputError(
			"stage_table: expected two columns, stage and probability",
		);
	}
	const rows = value as unknown[][];
	const scale = rateScale(
		new CellList(
			rows.map((row) => [row[1]]),
			rows.length,
			() => "stage_table",
		),
	);
	const probabilities = new Map<string, number>();
	rows.forEach(([stage, probability], i) => {
		if (isBlank(stage) && isBlank(probability)) return;
		const where = `stage_table, row ${i + 1}`;
		const name = readLabel(stage, where);
		const rate = toNumber(readRate(probability, where, scale));
		const known = probabilities.get(nameKey(name));
		if (known !== undefined && known !== rate) {
			throw new InputError(
				`${where}: stage "${name}" is listed twice with different probabilities`,
			);
		}
		probabilities.set(nameKey(name), rate);
	});
	return probabilities;
}

// Local aliases: a global looked up on every row is slow where the global object is intercepted (node:vm).
const DateType = Date;
const LARGEST = Number.MAX_VALUE;
const NOT_A_TIME = Number.NaN;
const isNotANumber = Number.isNaN;

/** The deals' amounts; a blank row is no deal. */
export class Amounts {
	readonly list: CellList;
	readonly size: number;

	constructor(amounts: unknown) {
		this.list = readList(amounts, "amounts");
		this.size = this.list.size;
	}

	/** Row i's amount, or undefined when the row is blank. */
	at(i: number): number | undefined {
		const cell = this.list.get(i);
		if (typeof cell === "number" && cell >= 0 && cell <= LARGEST) return cell;
		if (isBlank(cell)) return undefined;
		return readNonNegative(cell, this.list.at(i));
	}

	/** Another column of the same deals, which must be as long. */
	column(value: unknown, name: string): CellList {
		const list = readList(value, name);
		requireSameSize(this.list, "amounts", list, name);
		return list;
	}
}

/** Each deal's probability as a fraction: a number (50% or 50) or a stage name looked up in the stage table. */
export class Probabilities {
	private readonly list: CellList;
	/** Read at the first number, so that a column of stage names is never scanned for it. */
	private scale: 1 | 100 | undefined;
	private readonly stages: Map<string, number> | undefined;
	/** Each stage name as typed, once matched: a pipeline repeats a few names over thousands of rows. */
	private readonly matched = new Map<string, number>();

	constructor(amounts: Amounts, probabilities: unknown, stageTable: unknown) {
		this.list = amounts.column(probabilities, "probabilities");
		this.stages = isOmitted(stageTable)
			? undefined
			: readStageTable(stageTable);
	}

	/** Small enough for V8 to inline in the forecast loops: a name seen before or a fraction; the rest the long way. */
	at(i: number): number {
		const cell = this.list.get(i);
		if (typeof cell === "string") {
			const known = this.matched.get(cell);
			return known === undefined ? this.match(cell, i) : known;
		}
		// Fractions as they are; whole percents through the exact reading (33.3 is 0.333, not 33.3 ÷ 100).
		if (
			typeof cell === "number" &&
			cell >= 0 &&
			cell <= 1 &&
			this.scaleOf() === 1
		)
			return cell;
		return this.slowly(cell, this.list.at(i));
	}

	private scaleOf(): 1 | 100 {
		if (this.scale === undefined) this.scale = rateScale(this.list);
		return this.scale;
	}

	private match(cell: string, i: number): number {
		const probability = this.stages?.get(nameKey(cell));
		if (probability === undefined) return this.slowly(cell, this.list.at(i));
		this.matched.set(cell, probability);
		return probability;
	}

	private slowly(cell: unknown, where: string): number {
		if (typeof cell === "string" && cell.trim() !== "") {
			if (!this.stages)
				throw new InputError(
					`${where}: ${describe(cell)} is a stage name, but no stage_table was given`,
				);
			const name = trimmed(cell);
			const hidden =
				name === name.trim()
					? ""
					: " (the tab or no-break space around it is part of the name, as for the spreadsheet's TRIM)";
			throw new InputError(
				`${where}: stage ${describe(name.trim())} is not in stage_table${hidden}`,
			);
		}
		if (isBlank(cell) || typeof cell === "string")
			throw new InputError(
				`${where}: the deal has an amount but no probability`,
			);
		return toNumber(readRate(cell, where, this.scaleOf()));
	}
}

/** Each deal's close date, as a time in milliseconds. */
export class CloseDates {
	private readonly list: CellList;

	constructor(amounts: Amounts, closeDates: unknown) {
		this.list = amounts.column(closeDates, "close_dates");
	}

	at(i: number): number {
		const date = this.list.get(i);
		const closes = date instanceof DateType ? date.getTime() : NOT_A_TIME;
		// Not a Date of this realm, or an invalid one: the reader accepts the first and reports the second.
		return isNotANumber(closes)
			? readDate(date, this.list.at(i)).getTime()
			: closes;
	}
}

/** The first instant of a calendar day, `offset` days after the date's, in the script's time zone. */
export const startOfDay = (date: Date, offset: number): number =>
	new Date(
		date.getFullYear(),
		date.getMonth(),
		date.getDate() + offset,
	).getTime();

/** The deals closing within a period, both ends included; every deal counts when no period is given. */
export class Period {
	private readonly dates: CloseDates | undefined;
	private readonly start: number;
	private readonly end: number;

	constructor(
		amounts: Amounts,
		closeDates: unknown,
		periodStart: unknown,
		periodEnd: unknown,
	) {
		const start = isOmitted(periodStart)
			? undefined
			: readDate(periodStart, "period_start");
		const end = isOmitted(periodEnd)
			? undefined
			: readDate(periodEnd, "period_end");
		if (start && end && end.getTime() < start.getTime()) {
			throw new InputError(
				`period_end: ${describe(end)} is before period_start ${describe(start)}`,
			);
		}
		const dates = isOmitted(closeDates)
			? undefined
			: new CloseDates(amounts, closeDates);
		if ((start || end) && !dates)
			throw new InputError(
				"close_dates: needed when period_start or period_end is given",
			);
		// Calendar days in the script's time zone: the end day counts whole, even when daylight saving makes it 23 or 25 hours.
		this.dates = start || end ? dates : undefined;
		this.start = start ? startOfDay(start, 0) : -Infinity;
		this.end = end ? startOfDay(end, 1) : Infinity;
	}

	includes(i: number): boolean {
		if (!this.dates) return true;
		const closes = this.dates.at(i);
		return closes >= this.start && closes < this.end;
	}
}
