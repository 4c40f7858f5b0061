import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { planJson } from "../../src/export/json";
import { LISTS_SHEET, writeXlsx } from "../../src/export/xlsx";
import type { Plan } from "../../src/plan/types";
import { computePlan } from "../../src/workbook/compute-plan";
import { plan, removeTempDirs, tab, tempDir } from "./helpers";

afterAll(removeTempDirs);

const settings = tab(
	"settings",
	"Settings",
	[
		["Stage", "Probability", "Start", "End"],
		["Lead", 0.1, 46388, 46477],
		["Won", 1],
		["Lost", 0],
	],
	{
		formats: [
			{ area: { row: 1, column: 1, rows: 3, columns: 1 }, pattern: "0%" },
		],
	},
);

const pipeline = tab(
	"pipeline",
	"Pipeline",
	[
		[
			"Forecast",
			{
				formula:
					"=WEIGHTED_FORECAST(B3:B5,C3:C5,'Settings'!$A$2:$B$4,D3:D5,'Settings'!$C$2,'Settings'!$D$2)",
			},
			"Reps",
			{ formula: "=HEADCOUNT_NEEDED(B3,10)" },
		],
		["Deal", "Amount", "Stage", "Close", "Status"],
		["A", 1000, "Lead", 46400, "Open"],
		["B", 2000, "won", 46390, "Won, signed"],
		["C", 4000, "Lead", 46500, null],
	],
	{
		frozenRows: 2,
		columnWidths: [140, 70, 120, 100, 100],
		boldRows: [1],
		formats: [
			{
				area: { row: 2, column: 1, rows: 3, columns: 1 },
				pattern: '#,##0 "€"',
			},
		],
		validations: [
			{
				area: { row: 2, column: 2, rows: 3, columns: 1 },
				kind: "range",
				tab: "settings",
				source: { row: 1, column: 0, rows: 3, columns: 1 },
			},
			{ area: { row: 2, column: 3, rows: 3, columns: 1 }, kind: "date" },
			{
				area: { row: 2, column: 4, rows: 3, columns: 1 },
				kind: "list",
				values: ["Open", "Won, signed", 'Said "no"'],
			},
			{
				area: { row: 2, column: 0, rows: 3, columns: 1 },
				kind: "list",
				values: ["A", "B", "C"],
			},
			{
				area: { row: 2, column: 1, rows: 3, columns: 1 },
				kind: "number",
				minimum: 0,
			},
			{ area: { row: 0, column: 3, rows: 1, columns: 1 }, kind: "percent" },
		],
		rules: [
			{
				area: { row: 2, column: 0, rows: 3, columns: 5 },
				formula: "=AND(ISNUMBER($D3),$D3<TODAY())",
				color: "red",
			},
			{
				area: { row: 2, column: 0, rows: 3, columns: 5 },
				formula: '=$E3=""',
				color: "amber",
			},
		],
	},
);

const funnel = tab("funnel", "Funnel", [
	[
		{ formula: "=FUNNEL_TARGETS(120000,6000,C1:C3,D1:D4)" },
		null,
		0.5,
		"Meeting",
	],
	[null, null, 0.4, "Proposal"],
	[null, null, null, "Won"],
	[null, null, null, null],
]);

async function written(source: Plan): Promise<ExcelJS.Workbook> {
	const file = join(tempDir("xlsx-"), "plan.xlsx");
	await writeXlsx(source, file);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(file);
	return workbook;
}

const formulaOf = (cell: ExcelJS.Cell): string | undefined =>
	(cell.value as { formula?: string } | null)?.formula;

describe("the .xlsx writer", () => {
	it("writes every tab in order, values and formulas, with no custom function left", async () => {
		const workbook = await written(plan(pipeline, funnel, settings));
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
			"Pipeline",
			"Funnel",
			"Settings",
			LISTS_SHEET,
		]);
		const sheet = workbook.getWorksheet("Pipeline") as ExcelJS.Worksheet;
		expect(sheet.getCell("A3").value).toBe("A");
		expect(sheet.getCell("B4").value).toBe(2000);
		for (const ws of workbook.worksheets) {
			ws.eachRow((row) =>
				row.eachCell((cell) => {
					expect(formulaOf(cell) ?? "").not.toMatch(
						/WEIGHTED_FORECAST|FUNNEL_TARGETS|HEADCOUNT_NEEDED/,
					);
				}),
			);
		}
		expect(formulaOf(sheet.getCell("B1"))).toMatch(
			/^IF\(.*,NA\(\),.*SUMPRODUCT\(/,
		);
	});

	it("writes a forecast matching stage names (TRANSPOSE, MMULT) as an array formula over its cell, as Excel before 365 needs, and other formulas plainly", async () => {
		const sheet = (await written(plan(pipeline, settings))).getWorksheet(
			"Pipeline",
		) as ExcelJS.Worksheet;
		// exceljs reads and writes an array formula's kind and range, which its types leave out.
		type Written = { formula?: string; shareType?: string; ref?: string };
		const forecast = sheet.getCell("B1").value as Written;
		expect(forecast.formula).toMatch(/TRANSPOSE\(/);
		expect(forecast).toMatchObject({ shareType: "array", ref: "B1" });
		const headcount = sheet.getCell("D1").value as Written;
		expect(headcount.formula).toBeDefined();
		expect(headcount.shareType).toBeUndefined();
	});

	it("writes a FUNNEL_TARGETS spill as one formula per cell: a row per cell of the rates range, and one for deals won", async () => {
		const sheet = (await written(plan(funnel))).getWorksheet(
			"Funnel",
		) as ExcelJS.Worksheet;
		for (const address of ["A1", "B1", "A2", "B2", "A3", "B3", "A4", "B4"])
			expect(formulaOf(sheet.getCell(address))).toBeDefined();
		expect(formulaOf(sheet.getCell("C1"))).toBeUndefined();
		expect(formulaOf(sheet.getCell("B2"))).toContain("PRODUCT($C$2:$C$3)");
	});

	it("freezes the header rows, sizes the columns and bolds the header row", async () => {
		const sheet = (await written(plan(pipeline, settings))).getWorksheet(
			"Pipeline",
		) as ExcelJS.Worksheet;
		expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
		expect(sheet.getColumn(1).width).toBe(20);
		expect(sheet.getCell("C2").font?.bold).toBe(true);
		expect(sheet.getCell("C3").font?.bold).toBeFalsy();
		expect(sheet.getCell("B5").numFmt).toBe('#,##0 "€"');
	});

	it("writes each kind of dropdown and check as an Excel data validation", async () => {
		const workbook = await written(plan(pipeline, settings));
		const sheet = workbook.getWorksheet("Pipeline") as ExcelJS.Worksheet;
		const rule = (address: string) => sheet.getCell(address).dataValidation;
		expect(rule("C4")).toMatchObject({
			type: "list",
			formulae: ["'Settings'!$A$2:$A$4"],
		});
		expect(rule("D5")).toMatchObject({ type: "date", operator: "between" });
		expect(rule("A3")).toMatchObject({ type: "list", formulae: ['"A,B,C"'] });
		expect(rule("B3")).toMatchObject({
			type: "decimal",
			operator: "greaterThanOrEqual",
			formulae: [0],
		});
		expect(rule("D1")).toMatchObject({
			type: "decimal",
			operator: "between",
			formulae: [0, 1],
		});
		// A comma or a quote cannot sit in an inline list: those values go to the hidden Lists sheet.
		expect(rule("E3")).toMatchObject({
			type: "list",
			formulae: [`'${LISTS_SHEET}'!$A$1:$A$3`],
		});
		const lists = workbook.getWorksheet(LISTS_SHEET) as ExcelJS.Worksheet;
		expect(lists.state).toBe("hidden");
		expect([1, 2, 3].map((r) => lists.getCell(r, 1).value)).toEqual([
			"Open",
			"Won, signed",
			'Said "no"',
		]);
	});

	it("moves a list longer than Excel's 255 characters to the Lists sheet", async () => {
		const values = Array.from({ length: 40 }, (_, i) => `Choice number ${i}`);
		const long = tab("actions", "Actions", [[null]], {
			validations: [
				{
					area: { row: 0, column: 0, rows: 1, columns: 1 },
					kind: "list",
					values,
				},
			],
		});
		const workbook = await written(plan(long));
		expect(
			(workbook.getWorksheet("Actions") as ExcelJS.Worksheet).getCell("A1")
				.dataValidation.formulae,
		).toEqual([`'${LISTS_SHEET}'!$A$1:$A$40`]);
	});

	it("writes alert rules as expression rules with the alert's fill colour", async () => {
		const sheet = (await written(plan(pipeline, settings))).getWorksheet(
			"Pipeline",
		) as ExcelJS.Worksheet;
		const formattings = (
			sheet as unknown as {
				conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
			}
		).conditionalFormattings;
		expect(formattings.map((cf) => cf.ref)).toEqual(["A3:E5", "A3:E5"]);
		const [red, amber] = formattings.map(
			(cf) => cf.rules[0] as ExcelJS.ExpressionRuleType,
		);
		expect(red?.formulae).toEqual(["AND(ISNUMBER($D3),$D3<TODAY())"]);
		expect(red?.style?.fill).toMatchObject({
			type: "pattern",
			pattern: "solid",
			bgColor: { argb: "FFF4C7C3" },
		});
		expect(amber?.formulae).toEqual(['$E3=""']);
		expect(amber?.style?.fill).toMatchObject({ bgColor: { argb: "FFFCE8B2" } });
	});

	it("refuses a tab name Excel cannot hold", async () => {
		await expect(
			written(plan(tab("budget", "Budget: Q1/Q2", [[1]]))),
		).rejects.toThrow(/cannot be an Excel sheet name/);
	});
});

describe("the .json writer", () => {
	it("gives every computed value, and each formula as the add-in writes it or null", () => {
		const json = planJson(plan(pipeline, funnel, settings));
		const [sheet, funnelSheet] = json.sheets;
		expect(sheet?.name).toBe("Pipeline");
		expect(sheet?.values[0]?.[1]).toBe(1000 * 0.1 + 2000);
		expect(sheet?.values[0]?.[3]).toBe(100);
		expect(sheet?.formulas[0]?.[1]).toMatch(/^=WEIGHTED_FORECAST\(/);
		expect(sheet?.formulas[2]).toEqual([null, null, null, null, null]);
		expect(funnelSheet?.values.map((row) => row.slice(0, 2))).toEqual([
			["Meeting", 100],
			["Proposal", 50],
			["Won", 20],
			// HyperFormula reserves a row per rate cell and pads the unused ones with "".
			["", ""],
		]);
	});

	it("computes every formula of the plan", () => {
		const budget = tab("budget", "Budget", [
			[2, { formula: "=A1*3" }, { formula: "=A1*4" }],
		]);
		expect(computePlan(plan(budget))[0]?.values[0]).toEqual([2, 6, 8]);
	});
});
