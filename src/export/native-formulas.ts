// Rewrites the add-in's custom functions into native Excel/LibreOffice formulas, so an exported file computes the same figures with no add-in.

import { CATEGORY_WORDS } from "../functions/forecast-categories";
import { columnIndex, columnLetter } from "../plan/a1";
import type { Cell, Tab } from "../plan/types";
import {
	blankName,
	countOf,
	filled,
	gapsIn,
	notNonNegative,
	notOptionalPositive,
	notOptionalRate,
	notOptionalWhole,
	notPositive,
	ratesOutside,
	refusedWhen,
} from "./native-checks";

/** Functions Excel stores with the _xlfn. prefix (added after Excel 2007); without it Excel shows #NAME?. */
const XLFN = new Set([
	"IFS",
	"SWITCH",
	"MAXIFS",
	"MINIFS",
	"CONCAT",
	"TEXTJOIN",
	"XLOOKUP",
	"XMATCH",
	"FILTER",
	"SORT",
	"SORTBY",
	"UNIQUE",
	"SEQUENCE",
	"LET",
	"LAMBDA",
	"IFNA",
	"DAYS",
	"ISOWEEKNUM",
	"CEILING.MATH",
	"FLOOR.MATH",
	"STDEV.S",
	"STDEV.P",
	"PERCENTILE.INC",
	"RANK.EQ",
	"FORECAST.LINEAR",
]);

/** Sheets-only functions: a file holding one would show #NAME? everywhere but in Sheets. */
const SHEETS_ONLY = new Set([
	"ARRAYFORMULA",
	"QUERY",
	"SPLIT",
	"REGEXMATCH",
	"REGEXEXTRACT",
	"REGEXREPLACE",
	"IMPORTRANGE",
	"GOOGLEFINANCE",
	"SPARKLINE",
	"JOIN",
	"FLATTEN",
	"UNARY_PERCENT",
]);

export class UnsupportedFormulaError extends Error {
	override name = "UnsupportedFormulaError";
}

interface Call {
	readonly name: string;
	readonly start: number;
	/** Index just past the closing parenthesis. */
	readonly end: number;
	readonly args: string[];
}

/** Index just past a quoted run ("text" or 'sheet name') starting at i; a doubled quote is an escaped one. */
function skipQuoted(text: string, i: number): number {
	const quote = text[i];
	let j = i + 1;
	while (j < text.length) {
		if (text[j] === quote) {
			if (text[j + 1] === quote) j += 2;
			else return j + 1;
		} else j++;
	}
	throw new UnsupportedFormulaError(`unterminated ${quote} in ${text}`);
}

/** Calls a function on every piece of the formula outside quotes, keeping quoted pieces as they are. */
function mapUnquoted(text: string, map: (piece: string) => string): string {
	let out = "";
	let i = 0;
	let piece = "";
	while (i < text.length) {
		const char = text[i] as string;
		if (char === '"' || char === "'") {
			const end = skipQuoted(text, i);
			out += map(piece) + text.slice(i, end);
			piece = "";
			i = end;
		} else {
			piece += char;
			i++;
		}
	}
	return out + map(piece);
}

/** Every function call at the top level of `text` (not nested in another call's arguments), with its arguments split. */
function topLevelCalls(text: string): Call[] {
	const calls: Call[] = [];
	let i = 0;
	while (i < text.length) {
		const char = text[i] as string;
		if (char === '"' || char === "'") {
			i = skipQuoted(text, i);
			continue;
		}
		const match = /^[A-Za-z_][A-Za-z0-9_.]*\s*\(/.exec(text.slice(i));
		const before = text[i - 1] ?? "";
		if (match && !/[A-Za-z0-9_.$!]/.test(before)) {
			const name = match[0].replace(/[\s(]/g, "").toUpperCase();
			const open = i + match[0].length - 1;
			const { args, end } = splitArguments(text, open);
			calls.push({ name, start: i, end, args });
			i = end;
			continue;
		}
		i++;
	}
	return calls;
}

/** The arguments of the call whose "(" is at `open`, split on top-level commas, and the index past its ")". */
function splitArguments(
	text: string,
	open: number,
): { args: string[]; end: number } {
	const args: string[] = [];
	let depth = 0;
	let current = "";
	let i = open + 1;
	while (i < text.length) {
		const char = text[i] as string;
		if (char === '"' || char === "'") {
			const end = skipQuoted(text, i);
			current += text.slice(i, end);
			i = end;
			continue;
		}
		if (char === "(" || char === "{") depth++;
		if (char === ")" || char === "}") {
			if (depth === 0) {
				args.push(current.trim());
				// A call with no arguments has one empty argument here: drop it.
				return {
					args: args.length === 1 && args[0] === "" ? [] : args,
					end: i + 1,
				};
			}
			depth--;
		}
		if (char === "," && depth === 0) {
			args.push(current.trim());
			current = "";
		} else current += char;
		i++;
	}
	throw new UnsupportedFormulaError(`unbalanced parentheses in ${text}`);
}

/** Every function name used in a formula, nested calls included. */
export function functionNames(formula: string): string[] {
	const names: string[] = [];
	const visit = (text: string) => {
		for (const call of topLevelCalls(text)) {
			names.push(call.name);
			call.args.forEach(visit);
		}
	};
	visit(formula.replace(/^=/, ""));
	return names;
}

/** A1 references made absolute, so an argument can be copied into a cell other than the formula's own. */
export function absolute(expression: string): string {
	return mapUnquoted(expression, (piece) =>
		piece.replace(
			/(?<![A-Za-z0-9_.$])\$?([A-Za-z]{1,3})\$?([0-9]+)(?![A-Za-z0-9_(])/g,
			(_, letters: string, row: string) => `$${letters.toUpperCase()}$${row}`,
		),
	);
}

export interface Reference {
	/** "'Settings'!" or "". */
	readonly sheet: string;
	readonly row: number;
	readonly column: number;
	readonly rows: number;
	readonly columns: number;
}

/** A cell or rectangular range reference such as 'Settings'!$H$5:$H$14; undefined for anything else. */
export function parseReference(expression: string): Reference | undefined {
	const match =
		/^((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
			expression.trim(),
		);
	if (!match) return undefined;
	const [, sheet = "", c1 = "", r1 = "", c2 = c1, r2 = r1] = match;
	const [top, bottom] = [Number(r1) - 1, Number(r2) - 1].sort(
		(a, b) => a - b,
	) as [number, number];
	const [left, right] = [columnIndex(c1), columnIndex(c2)].sort(
		(a, b) => a - b,
	) as [number, number];
	return {
		sheet,
		row: top,
		column: left,
		rows: bottom - top + 1,
		columns: right - left + 1,
	};
}

function referenceText(ref: Reference): string {
	const at = (row: number, column: number) =>
		`$${columnLetter(column)}$${row + 1}`;
	const end = at(ref.row + ref.rows - 1, ref.column + ref.columns - 1);
	return `${ref.sheet}${at(ref.row, ref.column)}${ref.rows * ref.columns > 1 ? `:${end}` : ""}`;
}

/** The cells of a one-row or one-column reference from position `from` to its end. */
function tail(ref: Reference, from: number): Reference {
	return ref.columns === 1
		? { ...ref, row: ref.row + from, rows: ref.rows - from }
		: { ...ref, column: ref.column + from, columns: ref.columns - from };
}

const given = (arg: string | undefined): arg is string =>
	arg !== undefined && arg !== "";

/** An optional argument: a blank cell counts as omitted, as in Sheets, so the default applies. */
const orDefault = (arg: string | undefined, fallback: string): string => {
	if (!given(arg)) return fallback;
	if (/^\d+(\.\d+)?%?$/.test(arg)) return arg;
	return `IF(ISNUMBER(${arg}),${arg},${fallback})`;
};

/** Rates may be typed as fractions (0.25) or whole percents (25): one value above 1 makes the whole range percents. */
const rateScale = (range: string): string => `IF(MAX(${range})>1,100,1)`;

/** One cell of a one-row or one-column reference, by position. */
function cellAt(ref: Reference, i: number): string {
	return referenceText(
		ref.columns === 1
			? { ...ref, row: ref.row + i, rows: 1 }
			: { ...ref, column: ref.column + i, columns: 1 },
	);
}

const sizeOf = (ref: Reference): number => ref.rows * ref.columns;

/**
 * The close-date window as an array of 1s and 0s: on or after the start's day, before the day after the end.
 * A blank bound is no bound, as in the add-in; N() reads a blank or "" bound as 0 without an error.
 */
function closeWindow(
	closeDates: string,
	start: string | undefined,
	end: string | undefined,
): string {
	const parts: string[] = [];
	if (given(start))
		parts.push(`((LEN(${start})=0)+(${closeDates}>=INT(N(${start})))>0)`);
	if (given(end))
		parts.push(`((LEN(${end})=0)+(${closeDates}<INT(N(${end}))+1)>0)`);
	return parts.join("*");
}

/**
 * Each deal's stage against every name of the stage table, trimmed and case-insensitive as the add-in reads them:
 * a deals × stages grid of 1s and 0s, summed per deal (weighed by `weight`, one value per stage) through MMULT.
 * COUNTIF cannot do it, since it cannot trim the cells of its range. Deals in a row are turned into a column and back.
 */
function stageMatch(
	probabilities: string,
	names: string,
): { perDeal: (weight: string) => string } {
	const ref = parseReference(probabilities);
	const inRow = ref !== undefined && ref.rows === 1 && ref.columns > 1;
	const deals = inRow ? `TRANSPOSE(${probabilities})` : probabilities;
	const grid = `(TRIM(${deals})=TRANSPOSE(TRIM(${names})))`;
	return {
		perDeal: (weight) => {
			const column = `MMULT(${grid}*${weight},(LEN(${names})>=0)*1)`;
			return inRow ? `TRANSPOSE(${column})` : column;
		},
	};
}

/**
 * What the forecast functions check of the deals and the period, as counts, and the close-date window to multiply
 * by (",window" or ""): an amount that is text or negative, a deal with no close date while a period is set, a bound
 * typed as text, a period that ends before it starts.
 */
function dealsInPeriod(
	amounts: string,
	closeDates: string | undefined,
	start: string | undefined,
	end: string | undefined,
): { checks: string[]; withWindow: string; present: string } {
	const bounds = [start, end].filter(given);
	const window =
		given(closeDates) && bounds.length > 0
			? closeWindow(closeDates, start, end)
			: "";
	const present = filled(amounts);
	const checks = [
		countOf(`${present}*(1-ISNUMBER(${amounts}))`),
		countOf(`ISNUMBER(${amounts})*(${amounts}<0)`),
	];
	if (bounds.length > 0) {
		const active = `(${bounds.map((bound) => `LEN(${bound})`).join("+")}>0)`;
		checks.push(
			given(closeDates)
				? `${active}*${countOf(`${present}*(1-ISNUMBER(${closeDates}))`)}`
				: active,
			...bounds.map((bound) => `ISTEXT(${bound})*(LEN(${bound})>0)`),
		);
		if (given(start) && given(end))
			checks.push(
				`IF(AND(ISNUMBER(${start}),ISNUMBER(${end})),${end}<${start},0)`,
			);
	}
	return { checks, withWindow: window ? `,${window}` : "", present };
}

/**
 * WEIGHTED_FORECAST(amounts, probabilities, [stage_table], [close_dates], [period_start], [period_end]).
 * Numeric probabilities weigh through SUMPRODUCT, which counts text as 0. Stage names weigh row by row of the stage
 * table, both sides trimmed and case-insensitive like the add-in, each stage once (a name listed again counts once). Where the
 * add-in refuses the input (an amount that is text or negative, a deal with no probability or an unknown stage, a
 * probability outside 0–100%, a close date missing while a period is set, a bad stage table), the formula shows
 * #N/A.
 */
function weightedForecast(args: readonly string[]): string {
	const [amounts, probabilities, stageTable, closeDates, start, end] = args;
	if (!given(amounts) || !given(probabilities))
		throw new UnsupportedFormulaError(
			"WEIGHTED_FORECAST needs amounts and probabilities",
		);
	const table = given(stageTable) ? parseReference(stageTable) : undefined;
	if (given(stageTable) && table?.columns !== 2)
		throw new UnsupportedFormulaError(
			`WEIGHTED_FORECAST: stage_table must be a two-column range, got ${stageTable}`,
		);
	const { checks, withWindow, present } = dealsInPeriod(
		amounts,
		closeDates,
		start,
		end,
	);
	const numeric = `SUMPRODUCT(${amounts},${probabilities}${withWindow})/${rateScale(probabilities)}`;
	const names = table ? referenceText({ ...table, columns: 1 }) : undefined;
	const odds = table
		? referenceText({ ...table, column: table.column + 1, columns: 1 })
		: undefined;
	const match = names ? stageMatch(probabilities, names) : undefined;
	// Deals by stage: each deal's stage against every row of the stage table, both trimmed, case-insensitive.
	const found = match ? match.perDeal("1") : "0";
	checks.push(
		countOf(
			`${present}*(ISLOGICAL(${probabilities})+${blankName(probabilities)}+ISNUMBER(${probabilities})*((${probabilities}<0)+(${probabilities}>100))+ISTEXT(${probabilities})*(1-${blankName(probabilities)})*(${found}=0))`,
		),
	);
	if (!names || !odds || !match) return refusedWhen(checks, `(${numeric})`);

	checks.push(
		countOf(
			`${blankName(names)}*${filled(odds)}+(1-${blankName(names)})*((1-ISNUMBER(${odds}))+ISNUMBER(${odds})*((${odds}<0)+(${odds}>100)))`,
		),
		// A stage listed again, whatever its case or spaces, with another probability.
		`ROUND(SUMPRODUCT((1-${blankName(names)})*(TRIM(${names})=TRANSPOSE(TRIM(${names})))*ABS(${odds}-TRANSPOSE(${odds}))),9)`,
	);
	// A stage listed twice with one probability counts once: the sum of its rows over their count.
	const probability = `ISTEXT(${probabilities})*${match.perDeal(`TRANSPOSE(${odds})`)}/(${found}+(${found}=0))`;
	const byStage = `SUMPRODUCT(${amounts},${probability}${withWindow})/${rateScale(odds)}`;
	return refusedWhen(checks, `(${byStage}+${numeric})`);
}

/**
 * HEADCOUNT_NEEDED(workload, capacity_per_rep, [attainment], [ramp_months], [period_months], [current_reps]):
 * the add-in's closed form, with ROUND(x, 9) before ROUNDUP so 21/0.7 gives 30, not 31, and #N/A where the add-in
 * refuses an argument (a negative workload, an attainment outside 0–100%, 2.5 current reps, 0 months…).
 */
function headcountNeeded(args: readonly string[]): string {
	const [workload, capacity, attainment, ramp, period, current] = args;
	if (!given(workload) || !given(capacity))
		throw new UnsupportedFormulaError(
			"HEADCOUNT_NEEDED needs workload and capacity_per_rep",
		);
	const workloadTerm = `(${workload})`;
	const attainmentRate = orDefault(attainment, "1");
	const delivered = `(${capacity})*IF(${attainmentRate}>1,${attainmentRate}/100,${attainmentRate})`;
	const rampMonths = orDefault(ramp, "0");
	const periodMonths = orDefault(period, "12");
	const currentReps = orDefault(current, "0");
	const factor = `IF(${rampMonths}<=1,1,IF(${rampMonths}<=${periodMonths},(2*${periodMonths}-${rampMonths}+1)/(2*${periodMonths}),(${periodMonths}+1)/(2*${rampMonths})))`;
	const missing = `(${workloadTerm}-${currentReps}*${delivered})`;
	const checks = [notNonNegative(workload), notPositive(capacity)];
	if (given(attainment)) checks.push(notOptionalRate(attainment));
	if (given(ramp)) checks.push(notOptionalWhole(ramp, 0));
	if (given(period)) checks.push(notOptionalWhole(period, 1));
	if (given(current)) checks.push(notOptionalWhole(current, 0));
	return refusedWhen(
		checks,
		`IF(${missing}<=0,ROUNDUP(ROUND(${workloadTerm}/(${delivered}),9),0),${currentReps}+ROUNDUP(ROUND(${missing}/((${delivered})*${factor}),9),0))`,
	);
}

/**
 * FUNNEL_TARGETS(revenue_target, avg_deal_size, conversion_rates, [stage_names], [periods]) as one formula per spilled
 * cell, top-left first. Row i holds won ÷ (product of the rates from stage i down), rounded up; the row after the last
 * rate holds the deals won; rows past it are blank, so adding a stage in Settings grows the funnel as in Sheets.
 * Arguments are made absolute since each formula sits in its own cell.
 */
export function funnelTargetsCells(
	args: readonly string[],
	anchor: { row: number; column: number },
): string[][] {
	const [target, dealSize, ratesArg, namesArg, periodsArg] = args.map((arg) =>
		given(arg) ? absolute(arg) : arg,
	);
	if (!given(target) || !given(dealSize) || !given(ratesArg)) {
		throw new UnsupportedFormulaError(
			"FUNNEL_TARGETS needs revenue_target, avg_deal_size and conversion_rates",
		);
	}
	const rates = parseReference(ratesArg);
	if (rates && rates.rows > 1 && rates.columns > 1)
		throw new UnsupportedFormulaError(
			"FUNNEL_TARGETS: conversion_rates must be one row or one column",
		);
	const names = given(namesArg) ? parseReference(namesArg) : undefined;
	if (given(namesArg) && !names)
		throw new UnsupportedFormulaError(
			`FUNNEL_TARGETS: stage_names must be a range, got ${namesArg}`,
		);
	const rateCount = rates ? rates.rows * rates.columns : 1;
	// The add-in needs one more name than rates, so the names range bounds the rows that can ever fill.
	const rowCount = Math.min(
		rateCount + 1,
		names ? names.rows * names.columns : Number.POSITIVE_INFINITY,
	);

	const checks = [notNonNegative(target), notPositive(dealSize)];
	if (rates) {
		const cells = Array.from({ length: rateCount }, (_, i) => cellAt(rates, i));
		checks.push(
			`(${countOf(filled(ratesArg))}=0)`,
			ratesOutside(ratesArg, 0, false),
			gapsIn(cells, (from) => referenceText(tail(rates, from))),
		);
	} else
		checks.push(
			`IF(ISNUMBER(${ratesArg}),OR(${ratesArg}<=0,${ratesArg}>100),1)`,
		);
	if (names && given(namesArg)) {
		const filledRates = rates ? countOf(filled(ratesArg)) : "1";
		const cells = Array.from({ length: sizeOf(names) }, (_, i) =>
			cellAt(names, i),
		);
		checks.push(
			`(${countOf(filled(namesArg))}<>${filledRates}+1)`,
			countOf(`${filled(namesArg)}*${blankName(namesArg)}`),
			countOf(`ISLOGICAL(${namesArg})`),
			gapsIn(cells, (from) => referenceText(tail(names, from))),
		);
	}
	if (given(periodsArg)) checks.push(notOptionalPositive(periodsArg));
	const won = `ROUNDUP(ROUND((${target})/(${dealSize}),9),0)`;
	const count = rates ? `COUNT(${ratesArg})` : "1";
	const volume = (i: number): string => {
		if (!rates)
			return i === 0
				? `ROUNDUP(ROUND(${won}/(${ratesArg}/IF(${ratesArg}>1,100,1)),9),0)`
				: won;
		if (i === rateCount) return `IF(${count}<${i},"",${won})`;
		const below = referenceText(tail(rates, i));
		const chain = `(PRODUCT(${below})/${rateScale(ratesArg)}^COUNT(${below}))`;
		return `IF(${count}<${i},"",IF(${count}=${i},${won},ROUNDUP(ROUND(${won}/${chain},9),0)))`;
	};
	const volumeColumn = anchor.column + (names ? 1 : 0);
	return Array.from({ length: rowCount }, (_, i) => {
		const row: string[] = [];
		// The add-in hands back each name trimmed.
		if (names)
			row.push(`IF(${count}<${i},"",TRIM(INDEX(${namesArg},${i + 1})))`);
		row.push(volume(i));
		if (given(periodsArg)) {
			const at = `${columnLetter(volumeColumn)}${anchor.row + i + 1}`;
			row.push(`IF(${at}="","",${at}/(${periodsArg}))`);
		}
		return row.map((text) => `=${refusedWhen(checks, text)}`);
	});
}

/**
 * HIRING_PLAN(monthly_targets, quota_per_rep, [attainment], [ramp], [annual_attrition], [current_reps],
 * [lead_time_months]) as one formula per cell of its 5 × N spill, anchor first. The starts of month h are the hires
 * month t = h + F − 1 needs, from the starts to their left (hires of later months start later, so they do not
 * count yet): ⌈(target ÷ (quota × attainment) − current × s^(t−1) − Σ earlier hires × s^(t−h') × ramp) ÷ s^(F−1)⌉,
 * with ROUND(x, 9) before ROUNDUP as for HEADCOUNT_NEEDED. The other rows sum the starts row as the add-in does.
 * A ramp range (percentages by tenure month) has no native form here: only a number of months is exported.
 */
export function hiringPlanCells(
	args: readonly string[],
	anchor: { row: number; column: number },
): string[][] {
	const [
		targetsArg,
		quotaArg,
		attainmentArg,
		rampArg,
		attritionArg,
		currentArg,
		leadArg,
	] = args.map((arg) => (given(arg) ? absolute(arg) : arg));
	if (!given(targetsArg) || !given(quotaArg))
		throw new UnsupportedFormulaError(
			"HIRING_PLAN needs monthly_targets and quota_per_rep",
		);
	const targets = parseReference(targetsArg);
	if (!targets || (targets.rows > 1 && targets.columns > 1))
		throw new UnsupportedFormulaError(
			`HIRING_PLAN: monthly_targets must be one row or one column, got ${targetsArg}`,
		);
	const ramp = given(rampArg) ? parseReference(rampArg) : undefined;
	if (ramp && ramp.rows * ramp.columns > 1)
		throw new UnsupportedFormulaError(
			"HIRING_PLAN: only a ramp given as a number of months can be exported",
		);
	const months = targets.rows * targets.columns;
	const attainment = orDefault(attainmentArg, "1");
	const delivered = `(${quotaArg})*IF(${attainment}>1,${attainment}/100,${attainment})`;
	const attrition = orDefault(attritionArg, "0");
	/** s^k, the share of reps still there k months on: (1 − attrition)^(k/12). */
	const kept = (elapsed: string) =>
		`(1-IF(${attrition}>1,${attrition}/100,${attrition}))^((${elapsed})/12)`;
	/** F, the months a new rep takes to reach full quota (at least 1). */
	const fullRamp = `MAX(${orDefault(rampArg, "0")},1)`;
	const current = orDefault(currentArg, "0");
	const lead = orDefault(leadArg, "0");
	// INDEX(range, n) on a one-row range is the n-th column in Excel, but not in every engine: give both indexes.
	const target = (month: string) =>
		`N(INDEX(${targetsArg},${targets.rows === 1 ? `1,${month}` : `${month},1`}))`;
	const at = (row: number, month: number) =>
		`$${columnLetter(anchor.column + month - 1)}$${anchor.row + row + 1}`;
	/** The hires of months 1 … last, each weighed s^(month − h) × weight(tenure month − h + 1), signed. */
	const hired = (
		sign: "+" | "-",
		month: string,
		last: number,
		weight: (tenure: string) => string,
	) =>
		Array.from(
			{ length: last },
			(_, i) =>
				`${sign}${at(0, i + 1)}*${kept(`${month}-${i + 1}`)}${weight(`(${month}-${i})`)}`,
		).join("");
	const ramped = (tenure: string) => `*MIN(${tenure}/${fullRamp},1)`;
	const whole = () => "";
	/** The hires to start in month `hire`: enough for the target of the month they reach full quota. */
	const starts = (hire: number) => {
		const productive = `(${hire}+${fullRamp}-1)`;
		const missing = `${target(productive)}/(${delivered})-(${current})*${kept(`${productive}-1`)}${hired("-", productive, hire - 1, ramped)}`;
		return `IF(OR(${hire}<${lead}+1,${productive}>${months}),0,MAX(0,ROUNDUP(ROUND((${missing})/${kept(`${fullRamp}-1`)},9),0)))`;
	};
	const monthNumbers = Array.from({ length: months }, (_, i) => i + 1);
	const rows = [
		monthNumbers.map(starts),
		monthNumbers.map(
			(month) =>
				`(${current})*${kept(`${month}-1`)}${hired("+", String(month), month, whole)}`,
		),
		monthNumbers.map(
			(month) =>
				`(${current})*${kept(`${month}-1`)}${hired("+", String(month), month, ramped)}`,
		),
		monthNumbers.map((month) => `${at(2, month)}*${delivered}`),
		monthNumbers.map((month) => `${at(3, month)}-${target(String(month))}`),
	];
	return rows.map((line) => line.map((text) => `=${text}`));
}

/**
 * FORECAST_CATEGORIES(amounts, categories, [close_dates], [period_start], [period_end]) as four cells down: Closed,
 * Commit, Best case, Open pipeline. Each category word is matched as the add-in does, in any case and without spaces
 * or hyphens (SUBSTITUTE of LOWER), inside SUMPRODUCT; a deal with an amount whose category is blank or unknown,
 * and the period's refusals, show #N/A.
 */
export function forecastCategoriesCells(args: readonly string[]): string[][] {
	const [amounts, categories, closeDates, start, end] = args.map((arg) =>
		given(arg) ? absolute(arg) : arg,
	);
	if (!given(amounts) || !given(categories))
		throw new UnsupportedFormulaError(
			"FORECAST_CATEGORIES needs amounts and categories",
		);
	const { checks, withWindow, present } = dealsInPeriod(
		amounts,
		closeDates,
		start,
		end,
	);
	const word = `SUBSTITUTE(SUBSTITUTE(LOWER(${categories})," ",""),"-","")`;
	const isOneOf = (words: readonly string[]) =>
		`(${words.map((w) => `(${word}="${w}")`).join("+")})`;
	const all = Object.values(CATEGORY_WORDS).flat();
	checks.push(
		countOf(
			`${present}*(1-ISTEXT(${categories}))+${present}*ISTEXT(${categories})*(${isOneOf(all)}=0)`,
		),
	);
	const sum = (key: keyof typeof CATEGORY_WORDS) =>
		`SUMPRODUCT(${amounts},${isOneOf(CATEGORY_WORDS[key])}*1${withWindow})`;
	const [closed, commit, bestCase, pipeline] = [
		sum("closed"),
		sum("commit"),
		sum("bestCase"),
		sum("pipeline"),
	];
	return [
		closed,
		`${closed}+${commit}`,
		`${closed}+${commit}+${bestCase}`,
		`${commit}+${bestCase}+${pipeline}`,
	].map((figure) => [`=${refusedWhen(checks, figure)}`]);
}

/**
 * FORECAST_BY_MONTH(amounts, probabilities, [stage_table], close_dates, first_month, [months]) as one cell per month,
 * left to right: month k is WEIGHTED_FORECAST's native form over DATE(year, month + k, 1) to the day before the
 * next month's first, so stages, percents and refusals read exactly as there. `months` must be typed in the
 * formula (the add-in's HyperFormula plugin needs it as well); first_month must be a date.
 */
export function forecastByMonthCells(args: readonly string[]): string[][] {
	const [amounts, probabilities, stageTable, closeDates, first, monthsArg] =
		args.map((arg) => (given(arg) ? absolute(arg) : arg));
	if (
		!given(amounts) ||
		!given(probabilities) ||
		!given(closeDates) ||
		!given(first)
	)
		throw new UnsupportedFormulaError(
			"FORECAST_BY_MONTH needs amounts, probabilities, close_dates and first_month",
		);
	if (given(monthsArg) && !/^\d+$/.test(monthsArg))
		throw new UnsupportedFormulaError(
			`FORECAST_BY_MONTH: months must be typed as a number to be exported, got ${monthsArg}`,
		);
	const months = given(monthsArg) ? Number(monthsArg) : 12;
	if (months < 1 || months > 36)
		throw new UnsupportedFormulaError(
			`FORECAST_BY_MONTH: months must be 1 to 36, got ${months}`,
		);
	const monthStart = (k: number) =>
		`DATE(YEAR(${first}),MONTH(${first})+${k},1)`;
	const lastDay = (k: number) =>
		`DATE(YEAR(${first}),MONTH(${first})+${k + 1},0)`;
	const row = Array.from({ length: months }, (_, k) => {
		const figure = weightedForecast([
			amounts,
			probabilities,
			stageTable ?? "",
			closeDates,
			monthStart(k),
			lastDay(k),
		]);
		return `=IF(ISNUMBER(${first}),${figure},NA())`;
	});
	return [row];
}

/** Rewrites every WEIGHTED_FORECAST and HEADCOUNT_NEEDED call, innermost first, and prefixes newer Excel functions. */
export function nativeFormula(formula: string): string {
	const body = formula.replace(/^=/, "");
	return `=${rewrite(body)}`;
}

function rewrite(text: string): string {
	let out = "";
	let last = 0;
	for (const call of topLevelCalls(text)) {
		const args = call.args.map(rewrite);
		out += text.slice(last, call.start);
		if (SHEETS_ONLY.has(call.name))
			throw new UnsupportedFormulaError(
				`${call.name} exists only in Google Sheets`,
			);
		if (spills[call.name]) {
			throw new UnsupportedFormulaError(
				`${call.name} spills: only a formula that is one ${call.name} call can be exported`,
			);
		}
		if (call.name === "WEIGHTED_FORECAST") out += weightedForecast(args);
		else if (call.name === "HEADCOUNT_NEEDED") out += headcountNeeded(args);
		else
			out += `${XLFN.has(call.name) ? `_xlfn.${call.name}` : call.name}(${args.join(",")})`;
		last = call.end;
	}
	return out + text.slice(last);
}

type SpillCells = (
	args: readonly string[],
	anchor: { row: number; column: number },
) => string[][];

/** The custom functions that spill, and how each is written out as one native formula per cell. */
const spills: Readonly<Record<string, SpillCells>> = {
	FUNNEL_TARGETS: funnelTargetsCells,
	HIRING_PLAN: hiringPlanCells,
	FORECAST_CATEGORIES: forecastCategoriesCells,
	FORECAST_BY_MONTH: forecastByMonthCells,
	// No native form: the plan gives its figures when it is built (Cell.figures); without them, the cell refuses.
	FORECAST_RANGE: () => [["=NA()"]],
};

/** True when the formula, once exported, must spill: one spilling call and nothing else. */
function spillingCall(formula: string): Call | undefined {
	const body = formula.replace(/^=/, "").trim();
	const [call] = topLevelCalls(body);
	if (call && spills[call.name] && call.start === 0 && call.end === body.length)
		return call;
	return undefined;
}

/**
 * A tab's cells with native formulas only: custom calls rewritten, and each FUNNEL_TARGETS spill written out as
 * one formula per cell of its spill area. Throws if a spill would land on a cell the plan fills. Cells `keep` picks
 * stay as the plan has them (a caller that writes them as shared formulas of a rewritten cell).
 */
export function nativeCells(
	tab: Tab,
	keep: (row: number, column: number) => boolean = () => false,
): Cell[][] {
	const cells = tab.cells.map((row) => [...row]);
	const spilled: {
		name: string;
		row: number;
		column: number;
		/** Formulas, or the figures a function without a native form gave when the plan was built. */
		formulas: (string | number)[][];
	}[] = [];
	tab.cells.forEach((row, r) => {
		row.forEach((cell, c) => {
			if (cell === null || typeof cell !== "object" || keep(r, c)) return;
			const call = spillingCall(cell.formula);
			if (call && cell.figures)
				spilled.push({
					name: call.name,
					row: r,
					column: c,
					formulas: cell.figures.map((line) => [...line]),
				});
			else if (call)
				spilled.push({
					name: call.name,
					row: r,
					column: c,
					formulas: (spills[call.name] as SpillCells)(call.args.map(rewrite), {
						row: r,
						column: c,
					}),
				});
			else (cells[r] as Cell[])[c] = { formula: nativeFormula(cell.formula) };
		});
	});
	for (const spill of spilled) {
		spill.formulas.forEach((line, i) => {
			line.forEach((formula, j) => {
				const [r, c] = [spill.row + i, spill.column + j];
				if (!cells[r]) cells[r] = [];
				const target = cells[r] as Cell[];
				if ((i > 0 || j > 0) && (target[c] ?? null) !== null) {
					const at = `${columnLetter(spill.column)}${spill.row + 1}`;
					throw new UnsupportedFormulaError(
						`${tab.name}: ${spill.name} at ${at} would spill over ${columnLetter(c)}${r + 1}, which holds a value`,
					);
				}
				target[c] = typeof formula === "number" ? formula : { formula };
			});
		});
	}
	return cells;
}
