// WEIGHTED_FORECAST: the pipeline weighted by each deal's probability, optionally within a close-date window.

import { toNumber } from "./fraction";
import {
	type CellList,
	describe,
	InputError,
	isBlank,
	isOmitted,
	rateScale,
	readDate,
	readLabel,
	readList,
	readNonNegative,
	readRate,
	requireSameSize,
} from "./sheets-input";

/** Stage names as a person types them: case and surrounding spaces do not matter. */
const stageKey = (name: string): string => name.trim().toLowerCase();

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
	const scale = rateScale({
		size: rows.length,
		get: (i) => rows[i]?.[1],
		at: () => "stage_table",
	});
	const probabilities = new Map<string, number>();
	rows.forEach(([stage, probability], i) => {
		if (isBlank(stage) && isBlank(probability)) return;
		const where = `stage_table, row ${i + 1}`;
		const name = readLabel(stage, where);
		const rate = toNumber(readRate(probability, where, scale));
		const known = probabilities.get(stageKey(name));
		if (known !== undefined && known !== rate) {
			throw new InputError(
				`${where}: stage "${name}" is listed twice with different probabilities`,
			);
		}
		probabilities.set(stageKey(name), rate);
	});
	return probabilities;
}

function readWindow(
	periodStart: unknown,
	periodEnd: unknown,
): { start: number; end: number } | undefined {
	const start = isOmitted(periodStart)
		? undefined
		: readDate(periodStart, "period_start");
	const end = isOmitted(periodEnd)
		? undefined
		: readDate(periodEnd, "period_end");
	if (!start && !end) return undefined;
	if (start && end && end.getTime() < start.getTime()) {
		throw new InputError(
			`period_end: ${describe(end)} is before period_start ${describe(start)}`,
		);
	}
	// Calendar days in the script's time zone: the end day counts whole, even when daylight saving makes it 23 or 25 hours.
	const startOfDay = (date: Date, offset: number) =>
		new Date(
			date.getFullYear(),
			date.getMonth(),
			date.getDate() + offset,
		).getTime();
	return {
		start: start ? startOfDay(start, 0) : -Infinity,
		end: end ? startOfDay(end, 1) : Infinity,
	};
}

function probabilityOf(
	cell: unknown,
	where: string,
	scale: 1 | 100,
	stages: Map<string, number> | undefined,
): number {
	if (typeof cell === "string" && cell.trim() !== "") {
		if (!stages)
			throw new InputError(
				`${where}: ${describe(cell)} is a stage name, but no stage_table was given`,
			);
		const probability = stages.get(stageKey(cell));
		if (probability === undefined)
			throw new InputError(
				`${where}: stage ${describe(cell.trim())} is not in stage_table`,
			);
		return probability;
	}
	if (isBlank(cell) || typeof cell === "string")
		throw new InputError(`${where}: the deal has an amount but no probability`);
	return toNumber(readRate(cell, where, scale));
}

export function weightedForecast(
	amounts: unknown,
	probabilities: unknown,
	stageTable?: unknown,
	closeDates?: unknown,
	periodStart?: unknown,
	periodEnd?: unknown,
): number {
	const amountList = readList(amounts, "amounts");
	const probabilityList = readList(probabilities, "probabilities");
	requireSameSize(amountList, "amounts", probabilityList, "probabilities");
	const stages = isOmitted(stageTable) ? undefined : readStageTable(stageTable);
	const window = readWindow(periodStart, periodEnd);
	let dateList: CellList | undefined;
	if (!isOmitted(closeDates)) {
		dateList = readList(closeDates, "close_dates");
		requireSameSize(amountList, "amounts", dateList, "close_dates");
	}
	if (window && !dateList)
		throw new InputError(
			"close_dates: needed when period_start or period_end is given",
		);

	const scale = rateScale(probabilityList);
	// Open ranges bring tens of thousands of rows: the common cases are checked inline, and the
	// readers (which build the "where" of an error message) run only for the rest.
	const dates = window ? dateList : undefined;
	const from = window?.start ?? 0;
	const to = window?.end ?? 0;
	// Local aliases: a global looked up on every row is slow where the global object is intercepted (node:vm).
	const DateType = Date;
	const notANumber = Number.isNaN;
	let total = 0;
	for (let i = 0; i < amountList.size; i++) {
		const amountCell = amountList.get(i);
		if (amountCell === "") continue;
		let amount: number;
		if (
			typeof amountCell === "number" &&
			amountCell >= 0 &&
			amountCell < Infinity
		)
			amount = amountCell;
		else if (isBlank(amountCell)) continue;
		else amount = readNonNegative(amountCell, amountList.at(i));

		const cell = probabilityList.get(i);
		let probability: number | undefined;
		if (typeof cell === "string") probability = stages?.get(stageKey(cell));
		// Fractions as they are; whole percents through the exact reading (33.3 is 0.333, not 33.3 ÷ 100).
		else if (scale === 1 && typeof cell === "number" && cell >= 0 && cell <= 1)
			probability = cell;
		if (probability === undefined)
			probability = probabilityOf(cell, probabilityList.at(i), scale, stages);

		if (dates) {
			const date = dates.get(i);
			let closes = date instanceof DateType ? date.getTime() : Number.NaN;
			// Not a Date of this realm, or an invalid one: the reader accepts the first and reports the second.
			if (notANumber(closes)) closes = readDate(date, dates.at(i)).getTime();
			if (closes < from || closes >= to) continue;
		}
		total += amount * probability;
	}
	return total;
}
