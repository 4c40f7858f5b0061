// A conditional-format rule's formula moves across its range as in Sheets, and colours the cells where it holds.

import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { offsetReferences, ruleColors } from "../../src/preview/rule-colors";

describe("offsetReferences", () => {
	it("moves relative references by the rows and columns given", () => {
		expect(offsetReferences("=A1+B2", 2, 1)).toBe("=B3+C4");
	});

	it("keeps anchored columns and rows where they are", () => {
		expect(offsetReferences("=$H5>=$L5*$B$3", 3, 4)).toBe("=$H8>=$L8*$B$3");
		expect(offsetReferences("=H$5", 2, 1)).toBe("=I$5");
	});

	it("moves both ends of a range", () => {
		expect(offsetReferences("=SUM(A1:$B2)", 1, 1)).toBe("=SUM(B2:$B3)");
	});

	it("leaves text in quotes and quoted sheet names alone", () => {
		expect(offsetReferences('=IF(A1="B2","A1",C3)', 1, 0)).toBe(
			'=IF(A2="B2","A1",C4)',
		);
		expect(offsetReferences("='Q1 A1'!A1", 1, 1)).toBe("='Q1 A1'!B2");
	});

	it("does not take function names with digits for references", () => {
		expect(offsetReferences("=LOG10(A1)+ATAN2(B1,C1)", 1, 0)).toBe(
			"=LOG10(A2)+ATAN2(B2,C2)",
		);
	});

	it("moves columns past Z into two letters", () => {
		expect(offsetReferences("=Z1", 0, 2)).toBe("=AB1");
	});

	it("leaves a formula unchanged at the range's top-left cell", () => {
		const formula = '=AND(ISNUMBER($H5),OR($E5="baisse",$E5="lower"))';
		expect(offsetReferences(formula, 0, 0)).toBe(formula);
	});
});

describe("ruleColors", () => {
	const engine = HyperFormula.buildFromSheets(
		{
			KPI: [
				[10, 5],
				[2, 5],
				[7, 5],
			],
		},
		{ licenseKey: "gpl-v3" },
	);
	const sheetId = engine.getSheetId("KPI") as number;
	const area = { row: 1, column: 1, rows: 3, columns: 2 };

	it("colours every cell of a row where the rule, anchored on its columns, holds", () => {
		const colors = ruleColors(engine, sheetId, [
			{
				formula: "=$A1<$B1",
				background: "#f4c7c3",
				color: "#a50e0e",
				ranges: [area],
			},
		]);
		expect([...colors.keys()].sort()).toEqual(["2,1", "2,2"]);
		expect(colors.get("2,2")).toEqual({
			background: "#f4c7c3",
			color: "#a50e0e",
		});
	});

	it("lets the first rule that holds win, as Sheets does", () => {
		const colors = ruleColors(engine, sheetId, [
			{ formula: "=$A1<$B1", background: "red", color: null, ranges: [area] },
			{ formula: "=$A1<100", background: "green", color: null, ranges: [area] },
		]);
		expect(colors.get("2,1")?.background).toBe("red");
		expect(colors.get("1,1")?.background).toBe("green");
		expect(colors.get("3,2")?.background).toBe("green");
	});

	it("colours nothing where the formula is an error", () => {
		const colors = ruleColors(engine, sheetId, [
			{ formula: "=1/0", background: "red", color: null, ranges: [area] },
		]);
		expect(colors.size).toBe(0);
	});
});
