import { type CellValue, DetailedCellError, HyperFormula } from "hyperformula";
import { beforeAll, describe, expect, it } from "vitest";
import { registerCustomFunctions } from "../../src/workbook/custom-functions-plugin";

function compute(rows: unknown[][]): CellValue[][] {
	const engine = HyperFormula.buildFromSheets(
		{ Sheet1: rows as never },
		{ licenseKey: "gpl-v3" },
	);
	const values = engine.getSheetValues(0);
	engine.destroy();
	return values;
}

beforeAll(registerCustomFunctions);

describe("the custom functions inside HyperFormula", () => {
	it("weigh deals by stage names looked up in a stage table, within a window of native dates", () => {
		const [first] = compute([
			[
				"=WEIGHTED_FORECAST(B1:B3, C1:C3, E1:F2, D1:D3, DATE(2027,1,1), DATE(2027,1,31))",
				1000,
				"Lead",
				"=DATE(2027,1,31)",
				"lead",
				0.1,
			],
			[null, 2000, "won", "=DATE(2027,1,1)", "Won", 1],
			[null, 4000, 0.5, "=DATE(2027,2,1)"],
		]);
		expect(first?.[0]).toBe(1000 * 0.1 + 2000);
	});

	it("spill the reverse funnel with stage names and a pace per period", () => {
		const values = compute([
			[
				"=FUNNEL_TARGETS(120000, 6000, E1:E3, F1:F4, 10)",
				null,
				null,
				null,
				0.5,
				"Lead",
			],
			[null, null, null, null, 0.4, "Meeting"],
			[null, null, null, null, 0.25, "Proposal"],
			[null, null, null, null, null, "Won"],
		]).map((row) => row.slice(0, 3));
		expect(values).toEqual([
			["Lead", 400, 40],
			["Meeting", 200, 20],
			["Proposal", 80, 8],
			["Won", 20, 2],
		]);
	});

	it("spill the forecast categories down one column", () => {
		const values = compute([
			["=FORECAST_CATEGORIES(B1:B3, C1:C3)", 1000, "Won"],
			[null, 2000, "Commit"],
			[null, 4000, "Pipeline"],
			[null],
		]).map((row) => row[0]);
		// Closed 1,000; Commit 1,000 + 2,000; Best case the same; open pipeline 2,000 + 4,000.
		expect(values).toEqual([1000, 3000, 3000, 6000]);
	});

	it("spill the forecast of each month along one row, as many months as typed", () => {
		const [first] = compute([
			[
				"=FORECAST_BY_MONTH(E1:E2, F1:F2, , G1:G2, DATE(2027,1,1), 3)",
				null,
				null,
				null,
				1000,
				0.5,
				"=DATE(2027,3,15)",
			],
			[null, null, null, null, 2000, 0.25, "=DATE(2027,1,2)"],
		]);
		expect(first?.slice(0, 3)).toEqual([500, 0, 500]);
	});

	it("spill the low, expected and high totals along one row", () => {
		const [first] = compute([
			["=FORECAST_RANGE(E1:E2, F1:F2)", null, null, null, 1000, 0.5],
			[null, null, null, null, 3000, 0.5],
		]);
		expect(first?.slice(0, 3)).toEqual([0, 2000, 4000]);
	});

	it("count reps the same way Sheets does", () => {
		expect(
			compute([
				["=HEADCOUNT_NEEDED(200, 20)", "=HEADCOUNT_NEEDED(21, 1, 70%)"],
			])[0],
		).toEqual([10, 30]);
	});

	it("spill the hiring calendar as five rows, one column per month of the targets", () => {
		const values = compute([
			[0, 0, 0, 300],
			["=HIRING_PLAN(A1:D1, 100, , 3)"],
		]).slice(1);
		expect(values).toEqual([
			[0, 3, 0, 0],
			[0, 3, 3, 3],
			[0, 1, 2, 3],
			[0, 100, 200, 300],
			[0, 100, 200, 0],
		]);
	});

	it("size the hiring calendar from a column of targets too", () => {
		const values = compute([
			[100, "=HIRING_PLAN(A1:A3, 50, 80%)"],
			[100],
			[150],
		]).map((line) => line.slice(1));
		expect(values.slice(0, 5)).toEqual([
			[3, 0, 1],
			[3, 3, 4],
			[3, 3, 4],
			[120, 120, 160],
			[20, 20, 10],
		]);
	});

	it("show a bad argument as an error cell that says what is wrong", () => {
		const [[cell]] = compute([["=FUNNEL_TARGETS(-5, 6000, 0.25)"]]) as [
			[DetailedCellError],
		];
		expect(cell).toBeInstanceOf(DetailedCellError);
		expect(cell.message).toBe("FUNNEL_TARGETS: revenue_target: -5 is negative");
	});
});
