import { HyperFormula, type RawCellContent } from "hyperformula";
import { beforeAll, describe, expect, it } from "vitest";
import {
	absolute,
	functionNames,
	funnelTargetsCells,
	hiringPlanCells,
	nativeCells,
	nativeFormula,
	parseReference,
	UnsupportedFormulaError,
} from "../../src/export/native-formulas";
import { registerCustomFunctions } from "../../src/workbook/custom-functions-plugin";
import { tab } from "./helpers";

beforeAll(registerCustomFunctions);

function values(
	sheets: Record<string, RawCellContent[][]>,
): Record<string, unknown[][]> {
	const engine = HyperFormula.buildFromSheets(sheets, {
		licenseKey: "gpl-v3",
		// As Sheets, Excel and LibreOffice do inside SUMPRODUCT: functions of a range give an array.
		useArrayArithmetic: true,
	});
	const out = Object.fromEntries(
		Object.keys(sheets).map((name) => [
			name,
			engine.getSheetValues(engine.getSheetId(name) as number),
		]),
	);
	engine.destroy();
	return out;
}

describe("native formulas", () => {
	it("leave formulas without custom functions as they are", () => {
		expect(
			nativeFormula(
				`=IF(E5="","",IFERROR(VLOOKUP(E5,'Settings'!$D$5:$E$16,2,FALSE),""))`,
			),
		).toBe(
			`=IF(E5="","",IFERROR(VLOOKUP(E5,'Settings'!$D$5:$E$16,2,FALSE),""))`,
		);
	});

	it("leave a custom function's name alone inside text and quoted sheet names", () => {
		const formula = `="HEADCOUNT_NEEDED(1,2)"&'WEIGHTED_FORECAST(x'!A1`;
		expect(nativeFormula(formula)).toBe(formula);
	});

	it("prefix functions newer than Excel 2007 with _xlfn.", () => {
		expect(nativeFormula("=IFS(A1>1,1,TRUE,0)")).toBe(
			"=_xlfn.IFS(A1>1,1,TRUE,0)",
		);
	});

	it("refuse functions that exist only in Google Sheets", () => {
		expect(() => nativeFormula("=ARRAYFORMULA(A1:A3*2)")).toThrow(
			UnsupportedFormulaError,
		);
	});

	it("rewrite a custom function nested in another formula, leaving no custom name", () => {
		const native = nativeFormula(
			`=IF(OR(B5="",H5=""),"",HEADCOUNT_NEEDED(B5,H5,E5,F5,$B$3,G5))`,
		);
		expect(native.startsWith(`=IF(OR(B5="",H5=""),"",`)).toBe(true);
		expect(functionNames(native).filter((name) => name.includes("_"))).toEqual(
			[],
		);
	});

	it("make every A1 reference absolute, sheet names and text untouched", () => {
		expect(absolute(`'Q1 B2'!b2:C$3+"A1"+$D4+LOG10(E5)`)).toBe(
			`'Q1 B2'!$B$2:$C$3+"A1"+$D$4+LOG10($E$5)`,
		);
	});

	it.each([
		[
			"'Settings'!$H$5:$H$14",
			{ sheet: "'Settings'!", row: 4, column: 7, rows: 10, columns: 1 },
		],
		["B3", { sheet: "", row: 2, column: 1, rows: 1, columns: 1 }],
		[
			"'Vue d''ensemble'!A1:C2",
			{ sheet: "'Vue d''ensemble'!", row: 0, column: 0, rows: 2, columns: 3 },
		],
		["SUM(A1:A2)", undefined],
	])("read the reference %s", (text, expected) => {
		expect(parseReference(text)).toEqual(expected);
	});
});

describe("HEADCOUNT_NEEDED as a native formula", () => {
	// workload, capacity, attainment, ramp, period, current
	const cases: [string, (number | string)[]][] = [
		["no options", [200, 20]],
		["attainment that makes 21 ÷ 0.7 exactly 30", [21, 1, 0.7]],
		["attainment as a whole percent", [200, 20, 80]],
		["a ramp within the period", [210, 10, 0.7, 3, 12, 2]],
		["a ramp longer than the period", [100, 10, 1, 6, 3, 0]],
		["a one-month ramp", [100, 10, 1, 1, 12, 0]],
		["a team that already covers the workload", [100, 10, 1, 3, 12, 20]],
		["a blank attainment, which counts as 100%", [100, 10, "", 3, 12, 1]],
		["the capacity plan's SDR row", [320, 144, 0.9, 2, 12, 1]],
	];
	it.each(cases)("computes what the add-in computes: %s", (_, args) => {
		const refs = args
			.map((_, i) => `${String.fromCharCode(66 + i)}1`)
			.join(",");
		const input = args.map((value) => (value === "" ? null : value));
		const { S } = values({
			S: [
				[`=HEADCOUNT_NEEDED(${refs})`, ...input],
				[nativeFormula(`=HEADCOUNT_NEEDED(${refs})`)],
			],
		});
		expect(typeof S?.[0]?.[0]).toBe("number");
		expect(S?.[1]?.[0]).toBe(S?.[0]?.[0]);
	});
});

describe("FUNNEL_TARGETS as one native formula per spilled cell", () => {
	const rates = [0.2, 0.5, 0.625, 0.8];
	const stages = ["Lead", "Meeting", "Proposal", "Negotiation"];
	/** Rates in G, names in H: one name per rate, then Won, as the Settings tab lays them out. */
	const inputs = (rateList: number[]) => {
		const names = [...stages.slice(0, rateList.length), "Won"];
		return Array.from({ length: 6 }, (_, i): RawCellContent[] => [
			null,
			null,
			null,
			null,
			null,
			null,
			rateList[i] ?? null,
			names[i] ?? null,
		]);
	};

	it.each([
		["the default funnel", 120000, 6000, rates],
		["a target that needs 21 ÷ 0.7 = 30", 21, 1, [0.7]],
		["rates typed as whole percents", 120000, 6000, [20, 50, 62.5, 80]],
		["a deal size that does not divide the target", 100000, 7000, [0.3, 0.45]],
	])("match the add-in's spill: %s", (_, target, dealSize, rateList) => {
		const args = [
			String(target),
			String(dealSize),
			"$G$1:$G$5",
			"$H$1:$H$5",
			"13",
		];
		const cells = funnelTargetsCells(args, { row: 0, column: 0 });
		expect(cells).toHaveLength(5);
		const custom = inputs(rateList);
		(custom[0] as RawCellContent[])[0] = `=FUNNEL_TARGETS(${args.join(",")})`;
		const native = inputs(rateList).map((row, r) => [
			...(cells[r] ?? [null, null, null]),
			...row.slice(3),
		]);
		const { Custom, Native } = values({ Custom: custom, Native: native });
		const spill = (grid: unknown[][] | undefined) =>
			(grid ?? [])
				.slice(0, 5)
				.map((row) => row.slice(0, 3).map((v) => (v === "" ? null : v)));
		expect(spill(Native)).toEqual(spill(Custom));
		expect(spill(Native)[rateList.length]?.[0]).toBe("Won");
	});

	it("spill into the cells below and beside the anchor, and refuse to overwrite a filled one", () => {
		const formula = { formula: "=FUNNEL_TARGETS(100,10,C1:C2)" };
		const cells = nativeCells(
			tab("funnel", "Funnel", [
				[formula, null, 0.5],
				[null, null, 0.5],
				[null, null, null],
			]),
		);
		expect(
			cells.map((row) => typeof row[0] === "object" && row[0] !== null),
		).toEqual([true, true, true]);
		expect(() =>
			nativeCells(
				tab("funnel", "Funnel", [
					[formula, null, 0.5],
					["typed", null, 0.5],
				]),
			),
		).toThrow(/would spill over A2/);
	});
});

describe("HIRING_PLAN as one native formula per spilled cell", () => {
	// targets, then quota, attainment, ramp, attrition, current reps, lead time
	const cases: [string, number[], (number | string)[]][] = [
		[
			"a team that covers the targets",
			[100, 100, 100],
			[50, "", "", "", 2, ""],
		],
		["a 3-month ramp", [0, 0, 0, 300], [100, "", 3, "", "", ""]],
		["a lead time", [100, 100, 100, 100], [100, "", 0, 0, 0, 2]],
		[
			"20% attrition and backfills",
			Array(12).fill(100),
			[10, "", "", 0.2, 10, ""],
		],
		[
			"75% attrition, exactly half the team after six months",
			[0, 0, 0, 0, 0, 0, 50],
			[10, "", "", 0.75, 10, ""],
		],
		["21 ÷ 70% is 30", [21], [1, 0.7, "", "", "", ""]],
		["whole percents", [1000, 2000, 4000, 4000], [500, 85, 2, 20, 1, 1]],
		[
			"the Capacity tab's defaults",
			[
				42477.88, 42477.88, 42477.88, 42477.88, 42477.88, 21238.94, 42477.88,
				33982.3,
			],
			[20000, 0.85, 4, 0.2, 2, 2],
		],
	];
	it.each(cases)(
		"computes what the add-in computes: %s",
		(_, targets, rest) => {
			const n = targets.length;
			const last = String.fromCharCode(65 + n - 1);
			const args = [
				`$A$1:$${last}$1`,
				...rest.map((_, i) => `$${String.fromCharCode(65 + i)}$2`),
			];
			const inputs: RawCellContent[][] = [
				targets,
				rest.map((value) => (value === "" ? null : value)),
			];
			const custom = [...inputs, [`=HIRING_PLAN(${args.join(",")})`]];
			const native = [
				...inputs,
				...hiringPlanCells(args, { row: 2, column: 0 }),
			];
			const { Custom, Native } = values({ Custom: custom, Native: native });
			const spill = (grid: unknown[][] | undefined) =>
				(grid ?? []).slice(2, 7).map((row) => row.slice(0, n));
			const expected = spill(Custom);
			expect(expected.flat().every((v) => typeof v === "number")).toBe(true);
			spill(Native).forEach((row, r) => {
				row.forEach((value, c) => {
					const want = expected[r]?.[c] as number;
					expect(
						Math.abs((value as number) - want),
						`row ${r + 1}, month ${c + 1}: ${value} vs ${want}`,
					).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
				});
			});
		},
	);

	it("refuses a ramp given as a range of percentages, which has no native form", () => {
		expect(() =>
			hiringPlanCells(["A1:C1", "10", "", "E1:E3"], { row: 2, column: 0 }),
		).toThrow(UnsupportedFormulaError);
	});
});
