import { describe, expect, it } from "vitest";
import {
	extendRanges,
	extendRangesOf,
	shiftRows,
} from "../../src/plan/a1-rows";

describe("shiftRows: formulas moved down as Sheets moves a copied row", () => {
	it.each([
		["=F204*K204", 1, "=F205*K205"],
		[
			`=IF(E5="","",IFERROR(VLOOKUP(E5,'Settings'!$D$5:$E$34,2,0),""))`,
			3,
			`=IF(E8="","",IFERROR(VLOOKUP(E8,'Settings'!$D$5:$E$34,2,0),""))`,
		],
		["=SUM($F5:F$9)", 2, "=SUM($F7:F$9)"],
		["=LOG10(A1)", 1, "=LOG10(A2)"],
		["=Settings!B6+1", 1, "=Settings!B7+1"],
	])("%s down %d is %s", (formula, rows, moved) => {
		expect(shiftRows(formula, rows)).toBe(moved);
	});
});

describe("extendRanges: ranges that end on a table's last row end on its new one", () => {
	it.each([
		['=SUMIFS(F5:F204,K5:K204,">0")', '=SUMIFS(F5:F450,K5:K450,">0")'],
		[
			"=SUMIFS($L$5:$L$204,$E$5:$E$204,N5)",
			"=SUMIFS($L$5:$L$450,$E$5:$E$450,N5)",
		],
		["=SUM(F5:F2040)+F204", "=SUM(F5:F2040)+F204"],
	])("%s", (formula, extended) => {
		expect(extendRanges(formula, 204, 450)).toBe(extended);
	});
});

describe("extendRangesOf: another tab's ranges over the Pipeline's table end on its new last row", () => {
	it.each([
		[
			"Pipeline",
			"=WEIGHTED_FORECAST('Pipeline'!$F$5:$F$204,'Pipeline'!$E$5:$E$204,'Settings'!$D$5:$E$204)",
			"=WEIGHTED_FORECAST('Pipeline'!$F$5:$F$450,'Pipeline'!$E$5:$E$450,'Settings'!$D$5:$E$204)",
		],
		// Sheets writes a simple name back without its quotes.
		["Pipeline", "=SUM(Pipeline!F5:F204)", "=SUM(Pipeline!F5:F450)"],
		["Pipeline", "=SUM(MyPipeline!F5:F204)", "=SUM(MyPipeline!F5:F204)"],
		["Pipeline", "=SUM('Pipeline'!F5:F2040)", "=SUM('Pipeline'!F5:F2040)"],
		[
			"Affaires d'Anne",
			"=SUM('Affaires d''Anne'!$G$5:$G$204)",
			"=SUM('Affaires d''Anne'!$G$5:$G$450)",
		],
	])("on %s: %s", (sheet, formula, extended) => {
		expect(extendRangesOf(formula, sheet, 204, 450)).toBe(extended);
	});
});
