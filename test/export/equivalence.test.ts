import { join } from "node:path";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nativeCells } from "../../src/export/native-formulas";
import { writeXlsx } from "../../src/export/xlsx";
import { cell as a1, range } from "../../src/plan/a1";
import type { Cell } from "../../src/plan/types";
import { call, type FunctionName } from "../functions/helpers";
import { runsWith } from "../support/engines";
import {
	csvValue,
	ERROR_TEXT,
	libreOfficeSheetsOf,
	plan,
	removeTempDirs,
	tab,
	tempDir,
} from "./helpers";

// Each case: a custom function's arguments, computed by the function itself and by the native formula the .xlsx
// holds, in HyperFormula and in LibreOffice. Where the function refuses its input, the native formula must show an
// error; elsewhere the same figure. Adding a case is one line.

afterAll(removeTempDirs);

/** A date cell: a serial number in the sheet, a Date at local midnight for the function, as Sheets passes it. */
interface DateCell {
	readonly date: string;
}
type Input = Cell | DateCell;
/** An argument: a range (rows of cells), a single cell, or a number typed in the formula itself. */
type Argument =
	| { readonly range: Input[][] }
	| { readonly cell: Input }
	| { readonly typed: number }
	| { readonly omitted: true };

const date = (iso: string): DateCell => ({ date: iso });
const col = (...cells: Input[]): Argument => ({
	range: cells.map((value) => [value]),
});
const one = (value: Input): Argument => ({ cell: value });
const blank = one(null);
const typed = (value: number): Argument => ({ typed: value });
/** An argument left out of the formula, as in FORECAST_BY_MONTH(F2:F, G2:G, , H2:H, …). */
const omitted: Argument = { omitted: true };

interface Case {
	readonly name: string;
	readonly fn: FunctionName;
	readonly args: readonly Argument[];
}

const stages = (...rows: [Input, Input][]): Argument => ({ range: rows });
const table = stages(["Lead", 0.1], ["Proposal", 0.5], ["Won", 1], ["Lost", 0]);
const q1 = [one(date("2027-01-01")), one(date("2027-03-31"))];
const twoDeals = (
	amounts: Argument,
	names: Argument,
	closes: Argument = col(date("2027-02-10"), date("2027-03-05")),
	window: readonly Argument[] = q1,
	stageTable: Argument = table,
) => [amounts, names, stageTable, closes, ...window];
const wf = (name: string, args: readonly Argument[]): Case => ({
	name,
	fn: "WEIGHTED_FORECAST",
	args,
});
const hc = (name: string, ...args: Input[]): Case => ({
	name,
	fn: "HEADCOUNT_NEEDED",
	args: args.map(one),
});
const ft = (name: string, ...args: Argument[]): Case => ({
	name,
	fn: "FUNNEL_TARGETS",
	args,
});
const deals = col(10000, 4000);

/** FORECAST_CATEGORIES and FORECAST_BY_MONTH: the figures a manager reads, and what the functions refuse. */
function forecastCases(): Case[] {
	const fc = (name: string, args: readonly Argument[]): Case => ({
		name: `categories: ${name}`,
		fn: "FORECAST_CATEGORIES",
		args,
	});
	const bm = (name: string, args: readonly Argument[]): Case => ({
		name: `by month: ${name}`,
		fn: "FORECAST_BY_MONTH",
		args,
	});
	const four = col(1000, 2000, 4000, 8000);
	const closes = col(
		date("2027-01-31"),
		date("2027-02-01"),
		date("2027-03-31"),
		date("2027-04-01"),
	);
	const january = one(date("2027-01-15"));
	return [
		fc("the four words", [
			four,
			col("Closed", "Commit", "Best case", "Pipeline"),
		]),
		fc("case, spaces and hyphens", [
			four,
			col(" closed won ", "COMMIT", "Best-case", "pipe line"),
		]),
		fc("French words", [four, col("Gagné", "Engagé", "Meilleur cas", "Omis")]),
		fc("lost and omitted count nowhere", [
			four,
			col("Lost", "Closed lost", "Not forecasted", "Exclu"),
		]),
		fc("a close-date window", [
			four,
			col("Won", "Commit", "Best case", "Pipeline"),
			closes,
			...q1,
		]),
		fc("a blank row is no deal", [
			col(1000, null, 4000, 8000),
			col("Won", null, "Commit", "Pipeline"),
		]),
		fc("an unknown category", [
			four,
			col("Won", "Maybe", "Commit", "Pipeline"),
		]),
		fc("a blank category on a deal with an amount", [
			four,
			col("Won", null, "Commit", "Pipeline"),
		]),
		fc("a category typed as a number", [
			four,
			col("Won", 3, "Commit", "Pipeline"),
		]),
		fc("an undated deal in a period", [
			four,
			col("Won", "Commit", "Best case", "Pipeline"),
			col(date("2027-01-31"), null, date("2027-03-31"), date("2027-04-01")),
			...q1,
		]),
		fc("an amount typed as text", [
			col(1000, "2 000", 4000, 8000),
			col("Won", "Commit", "Best case", "Pipeline"),
		]),
		bm("three months by stage", [
			four,
			col("Proposal", " won", "Lead", "Won"),
			table,
			closes,
			january,
			typed(3),
		]),
		bm("numbers as probabilities, no stage table", [
			four,
			col(0.5, 1, 0.25, 1),
			omitted,
			closes,
			january,
			typed(3),
		]),
		bm("whole percents", [
			four,
			col(50, 100, 25, 100),
			omitted,
			closes,
			january,
			typed(3),
		]),
		bm("a month that starts at a year's end", [
			four,
			col(1, 1, 1, 1),
			omitted,
			col(
				date("2026-12-31"),
				date("2027-01-01"),
				date("2027-02-28"),
				date("2027-03-01"),
			),
			one(date("2026-12-01")),
			typed(3),
		]),
		bm("an undated deal", [
			four,
			col(1, 1, 1, 1),
			omitted,
			col(date("2027-01-31"), null, date("2027-03-31"), date("2027-04-01")),
			january,
			typed(3),
		]),
		bm("an unknown stage", [
			four,
			col("Proposal", "Signed", "Lead", "Won"),
			table,
			closes,
			january,
			typed(3),
		]),
		bm("a first month typed as text", [
			four,
			col(1, 1, 1, 1),
			omitted,
			closes,
			one("January"),
			typed(3),
		]),
		bm("a probability of 150", [
			four,
			col(1, 150, 1, 1),
			omitted,
			closes,
			january,
			typed(3),
		]),
	];
}

const cases: readonly Case[] = [
	wf("stage names", twoDeals(deals, col("Proposal", "Won"))),
	wf(
		"a stage with spaces around it",
		twoDeals(deals, col(" Proposal ", "Won")),
	),
	wf("a stage in capitals", twoDeals(deals, col("PROPOSAL", "won"))),
	wf(
		"a stage in another case with a space",
		twoDeals(deals, col("proposal ", " WON")),
	),
	wf(
		"Won listed twice",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			undefined,
			q1,
			stages(["Proposal", 0.5], ["Won", 1], ["Won", 1]),
		),
	),
	wf(
		"Proposal and PROPOSAL with one probability",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			undefined,
			q1,
			stages(["Proposal", 0.5], ["PROPOSAL", 0.5], ["Won", 1]),
		),
	),
	wf(
		"a stage listed twice with two probabilities",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			undefined,
			q1,
			stages(["Proposal", 0.5], ["proposal ", 0.4], ["Won", 1]),
		),
	),
	wf(
		"a stage of the table written with spaces",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			undefined,
			q1,
			stages([" Proposal ", 0.5], ["Won", 1]),
		),
	),
	wf(
		"stages of the table in another case with spaces",
		twoDeals(
			deals,
			col("Proposal", " won"),
			undefined,
			q1,
			stages([" proposal ", 0.5], ["WON  ", 1]),
		),
	),
	wf(
		"a stage listed again with spaces and one probability",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			undefined,
			q1,
			stages(["Proposal", 0.5], [" Proposal", 0.5], ["Won", 1]),
		),
	),
	wf(
		"a stage typed with two spaces inside",
		twoDeals(
			deals,
			col("Closed  won", "Proposal"),
			undefined,
			q1,
			stages(["Proposal", 0.5], ["Closed won", 1]),
		),
	),
	wf(
		"a stage ending in a no-break space, which TRIM keeps",
		twoDeals(
			deals,
			col("Won\u00a0", "Proposal"),
			undefined,
			q1,
			stages(["Proposal", 0.5], ["Won", 1]),
		),
	),
	wf(
		"a stage table name after a tab, which TRIM keeps",
		twoDeals(
			deals,
			col("Won", "Proposal"),
			undefined,
			q1,
			stages(["Proposal", 0.5], ["\tWon", 1]),
		),
	),
	wf("deals in a row", [
		{ range: [[10000, 4000]] },
		{ range: [[" Proposal", "won"]] },
		stages([" proposal ", 0.5], ["Won", 1]),
	]),
	wf(
		"a blank period start",
		twoDeals(deals, col("Proposal", "Won"), undefined, [
			blank,
			one(date("2027-03-31")),
		]),
	),
	wf(
		"a blank period end",
		twoDeals(deals, col("Proposal", "Won"), undefined, [
			one(date("2027-01-01")),
			blank,
		]),
	),
	wf(
		"both period bounds blank",
		twoDeals(deals, col("Proposal", "Won"), col(date("2020-01-01"), null), [
			blank,
			blank,
		]),
	),
	wf(
		"an amount with no close date while a period is set",
		twoDeals(deals, col("Proposal", "Won"), col(date("2027-02-10"), null)),
	),
	wf(
		"a stage missing from the table",
		twoDeals(deals, col("Proposal", "Signed")),
	),
	wf(
		"a blank stage on a deal with an amount",
		twoDeals(deals, col("Proposal", null)),
	),
	wf("a stage of spaces only", twoDeals(deals, col("Proposal", "  "))),
	wf(
		"a close date typed as text",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			col(date("2027-02-10"), "2027-03-05"),
		),
	),
	wf("a negative amount", twoDeals(col(10000, -4000), col("Proposal", "Won"))),
	wf(
		"an amount typed as text",
		twoDeals(col(10000, "4 000 €"), col("Proposal", "Won")),
	),
	wf("a deal of 0", twoDeals(col(0, 4000), col("Proposal", "Won"))),
	wf(
		"a deal closing after the period",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			col(date("2027-02-10"), date("2027-04-01")),
		),
	),
	wf(
		"a deal closing before the period",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			col(date("2026-12-31"), date("2027-03-05")),
		),
	),
	wf(
		"a deal closing on the period's last day",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			col(date("2027-03-31"), date("2027-01-01")),
		),
	),
	wf(
		"a period that ends before it starts",
		twoDeals(deals, col("Proposal", "Won"), undefined, [
			one(date("2027-03-31")),
			one(date("2027-01-01")),
		]),
	),
	wf(
		"a period start typed as text",
		twoDeals(deals, col("Proposal", "Won"), undefined, [
			one("2027-01-01"),
			one(date("2027-03-31")),
		]),
	),
	wf(
		"a stage table in whole percents",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			undefined,
			q1,
			stages(["Lead", 5], ["Proposal", 50], ["Won", 100]),
		),
	),
	wf(
		"a stage table with a decimal percent",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			undefined,
			q1,
			stages(["Proposal", 33.3], ["Won", 100]),
		),
	),
	wf(
		"a stage table row with a probability and no name",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			undefined,
			q1,
			stages(["Proposal", 0.5], [null, 0.3], ["Won", 1]),
		),
	),
	wf(
		"a stage table probability of 150",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			undefined,
			q1,
			stages(["Proposal", 150], ["Won", 100]),
		),
	),
	wf(
		"a stage table probability typed as text",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			undefined,
			q1,
			stages(["Proposal", "half"], ["Won", 1]),
		),
	),
	wf(
		"a stage table with a blank probability",
		twoDeals(
			deals,
			col("Proposal", "Won"),
			undefined,
			q1,
			stages(["Proposal", null], ["Won", 1]),
		),
	),
	wf(
		"blank deal rows",
		twoDeals(
			col(10000, null, 4000),
			col("Proposal", null, "Won"),
			col(date("2027-02-10"), null, date("2027-03-05")),
		),
	),
	wf(
		"a stage on a row with no amount",
		twoDeals(col(10000, null), col("Proposal", "Signed")),
	),
	wf("a lost deal", twoDeals(deals, col("Lost", "Won"))),
	wf("probabilities as fractions", [deals, col(0.3, 0.5)]),
	wf("probabilities as whole percents", [deals, col(30, 50)]),
	wf("probabilities with a decimal percent", [col(1000, 200), col(33.3, 50)]),
	wf("a probability of 150", [deals, col(30, 150)]),
	wf("a negative probability", [deals, col(0.3, -0.5)]),
	wf("a deal with an amount and no probability", [deals, col(0.3, null)]),
	wf("a stage name with no stage table", [deals, col(0.3, "Won")]),
	wf("probabilities and stage names in one column", [
		deals,
		col(0.5, "Won"),
		table,
	]),
	wf("a window with no close dates", [
		deals,
		col(0.3, 0.5),
		stages([null, null]),
		blank,
		...q1,
	]),
	hc("200 emails at 20 a rep", 200, 20),
	hc("21 ÷ 0.7", 21, 1, 0.7),
	hc("333 ÷ 33.3% in whole percents", 333, 1, 33.3),
	hc("an attainment typed as =1/3", 1, 1, 1 / 3),
	hc("an attainment of 150%", 200, 20, 150),
	hc("a negative attainment", 200, 20, -0.1),
	hc("an attainment typed as text", 200, 20, "85 pct"),
	hc("an attainment of 0", 200, 20, 0),
	hc("2.5 current reps", 200, 20, 0.8, 2, 12, 2.5),
	hc("a negative workload", -200, 20),
	hc("a workload typed as text", "200 h", 20),
	hc("0 months", 200, 20, 0.8, 2, 0),
	hc("a ramp of 1.5 months", 200, 20, 0.8, 1.5),
	hc("a capacity of 0", 200, 0),
	hc("the SDR row of the capacity plan", 320, 144, 0.9, 2, 12, 1),
	hc("a ramp longer than the period", 100, 10, 1, 24, 12, 0),
	hc("a blank attainment", 100, 10, null, 3, 12, 1),
	hc("a team that already covers the workload", 100, 10, 1, 3, 12, 20),
	ft("one rate", one(120000), one(6000), col(0.25)),
	ft("333 through 33.3% then 50%", one(333), one(1), col(33.3, 50)),
	ft("a rate typed as =1/3", one(1), one(1), col(1 / 3)),
	ft("a rate typed as =200/3 in whole percents", one(2), one(1), col(200 / 3)),
	ft("rates in whole percents", one(120000), one(6000), col(25, 50)),
	ft("a rate of 0", one(120000), one(6000), col(0.25, 0)),
	ft("a rate of 150%", one(120000), one(6000), col(0.25, 150)),
	ft("a negative rate", one(120000), one(6000), col(-0.25)),
	ft("a rate typed as text", one(120000), one(6000), col("25 pct")),
	ft(
		"a blank rate between two rates",
		one(120000),
		one(6000),
		col(0.25, null, 0.5),
	),
	ft("a blank rate at the end", one(120000), one(6000), col(0.25, 0.5, null)),
	ft(
		"stage names, one more than rates",
		one(120000),
		one(6000),
		col(0.25, 0.5),
		col("Lead", "Meeting", "Won"),
	),
	ft(
		"stage names with spaces around them",
		one(120000),
		one(6000),
		col(0.25, 0.5),
		col(" Lead ", "Meeting  ", "  Won"),
	),
	ft(
		"a stage name with two spaces inside",
		one(120000),
		one(6000),
		col(0.25),
		col("Qualified  meeting", "Won"),
	),
	ft(
		"too few stage names",
		one(120000),
		one(6000),
		col(0.25, 0.5),
		col("Lead", "Won", null),
	),
	ft(
		"a blank stage name between two",
		one(120000),
		one(6000),
		col(0.25, 0.5),
		col("Lead", null, "Won"),
	),
	ft(
		"a stage name of spaces",
		one(120000),
		one(6000),
		col(0.25),
		col(" ", "Won"),
	),
	ft(
		"a weekly pace over 13 weeks",
		one(120000),
		one(6000),
		col(0.25, 0.5),
		col("Lead", "Meeting", "Won"),
		one(13),
	),
	ft(
		"0 periods",
		one(120000),
		one(6000),
		col(0.25),
		col("Lead", "Won"),
		one(0),
	),
	ft("a negative target", one(-120000), one(6000), col(0.25)),
	ft("a deal size of 0", one(120000), one(0), col(0.25)),
	ft("a target typed as text", one("120k"), one(6000), col(0.25)),
	...forecastCases(),
];

const INPUT_COLUMN = 5;
const SHEET = "Cases";

/** Where each case sits: its formula at (row, 0), its spill below and to the right, its inputs from column F. */
interface Placed {
	readonly row: number;
	readonly formula: string;
	readonly spill: number;
}

function serial(iso: string): number {
	const [year, month, day] = iso.split("-").map(Number) as [
		number,
		number,
		number,
	];
	return Math.round(
		(Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000,
	);
}
const isDate = (value: Input): value is DateCell =>
	typeof value === "object" && value !== null && "date" in value;
const sheetValue = (value: Input): Cell =>
	isDate(value) ? serial(value.date) : value;
/** As Sheets passes a cell to a custom function: "" for a blank, a Date at local midnight for a date. */
function passed(value: Input): unknown {
	if (isDate(value)) {
		const [year, month, day] = value.date.split("-").map(Number) as [
			number,
			number,
			number,
		];
		return new Date(year, month - 1, day);
	}
	return value ?? "";
}

function layout(): { cells: Cell[][]; placed: Placed[] } {
	const cells: Cell[][] = [];
	const put = (row: number, column: number, value: Cell) => {
		while (cells.length <= row) cells.push([]);
		(cells[row] as Cell[])[column] = value;
	};
	const placed: Placed[] = [];
	let row = 0;
	for (const testCase of cases) {
		let column = INPUT_COLUMN;
		let height = 1;
		const refs = testCase.args.map((arg) => {
			if ("typed" in arg) return String(arg.typed);
			if ("omitted" in arg) return "";
			if ("cell" in arg) {
				put(row, column, sheetValue(arg.cell));
				return a1(row, column++);
			}
			const rows = arg.range.length;
			const width = arg.range[0]?.length ?? 1;
			arg.range.forEach((line, i) => {
				line.forEach((value, j) => {
					put(row + i, column + j, sheetValue(value));
				});
			});
			height = Math.max(height, rows);
			const ref = range({ row, column, rows, columns: width });
			column += width;
			return ref;
		});
		const formula = `=${testCase.fn}(${refs.join(",")})`;
		put(row, 0, { formula });
		const spill =
			testCase.fn === "FUNNEL_TARGETS"
				? height + 1
				: testCase.fn === "FORECAST_CATEGORIES"
					? 4
					: 1;
		placed.push({ row, formula, spill });
		row += Math.max(height, spill) + 1;
	}
	const width = Math.max(...cells.map((line) => line.length));
	return {
		cells: cells.map((line) =>
			Array.from({ length: width }, (_, i) => line[i] ?? null),
		),
		placed,
	};
}

type Outcome = "error" | number | string | null;

/** What the function gives: its figures (a spill as rows), or "error" when it refuses the input. */
function byFunction(testCase: Case): Outcome[][] {
	const args = testCase.args.map((arg) => {
		if ("typed" in arg) return arg.typed;
		if ("omitted" in arg) return undefined;
		return "cell" in arg
			? passed(arg.cell)
			: arg.range.map((line) => line.map(passed));
	});
	try {
		const result = call(testCase.fn, ...args);
		return typeof result === "number" ? [[result]] : (result as Outcome[][]);
	} catch (error) {
		expect((error as Error).message.startsWith(`${testCase.fn}: `)).toBe(true);
		return [["error"]];
	}
}

const { cells, placed } = layout();
const native = nativeCells(tab("overview", SHEET, cells));

/** The native cells computed by HyperFormula, which evaluates functions of ranges inside SUMPRODUCT as arrays. */
function byHyperFormula(): Outcome[][] {
	const raw = native.map((line) =>
		line.map((value) =>
			value !== null && typeof value === "object" ? value.formula : value,
		),
	);
	const engine = HyperFormula.buildFromSheets(
		{ [SHEET]: raw },
		{ licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false },
	);
	const values = engine.getSheetValues(0).map((line) =>
		line.map((value): Outcome => {
			if (value instanceof DetailedCellError) return "error";
			if (value === "" || value === null) return null;
			return value as number | string;
		}),
	);
	engine.destroy();
	return values;
}

const same = (expected: Outcome, actual: Outcome): boolean => {
	if (typeof expected === "number" && typeof actual === "number")
		return (
			Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected))
		);
	return (
		(expected === "" ? null : expected) === (actual === "" ? null : actual)
	);
};

/** Each case's figures as the engine shows them, next to the function's: the cells of the spill or the one cell. */
function compare(computed: Outcome[][]): string[] {
	const wrong: string[] = [];
	cases.forEach((testCase, i) => {
		const at = placed[i] as Placed;
		const expected = byFunction(testCase);
		const shown = (r: number, c: number) => computed[at.row + r]?.[c] ?? null;
		if (expected[0]?.[0] === "error") {
			// Every cell the spill fills in Sheets shows an error, or the figure would look plausible.
			if (shown(0, 0) !== "error")
				wrong.push(
					`${testCase.name}: the function refuses it, the formula shows ${shown(0, 0)}`,
				);
			return;
		}
		expected.forEach((line, r) => {
			line.forEach((value, c) => {
				if (!same(value, shown(r, c)))
					wrong.push(
						`${testCase.name}: R${r + 1}C${c + 1} is ${value} by the function, ${shown(r, c)} by the formula`,
					);
			});
		});
	});
	return wrong;
}

describe("the native formulas and the custom functions", () => {
	it("hold at least 60 edge cases, each with the function's own verdict", () => {
		expect(cases.length).toBeGreaterThanOrEqual(60);
		const refused = cases.filter(
			(testCase) => byFunction(testCase)[0]?.[0] === "error",
		);
		// Both kinds are there: cases the functions refuse and cases they compute.
		expect(refused.length).toBeGreaterThanOrEqual(25);
		expect(cases.length - refused.length).toBeGreaterThanOrEqual(25);
	});

	it("agree in HyperFormula: the same figure, or an error where the function refuses the input", () => {
		expect(compare(byHyperFormula())).toEqual([]);
	});

	describe.runIf(runsWith("libreoffice"))("in LibreOffice", () => {
		let computed: Outcome[][] = [];
		beforeAll(async () => {
			const file = join(tempDir("equivalence-"), "cases.xlsx");
			await writeXlsx(plan(tab("overview", SHEET, cells)), file);
			computed = (libreOfficeSheetsOf(file, [SHEET])[SHEET] ?? []).map((line) =>
				line.map((text): Outcome => {
					if (ERROR_TEXT.test(text)) return "error";
					const value = csvValue(text);
					return typeof value === "boolean" ? String(value) : value;
				}),
			);
		}, 120_000);

		it("agree: the same figure, or an error where the function refuses the input", () => {
			expect(compare(computed)).toEqual([]);
		});
	});
});
