// Which typed cells a one-off computation may leave out of the engine: those no formula reads, kept as typed.

import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/types";
import { computePlan } from "../../src/workbook/compute-plan";
import {
	isRead,
	keptAsTyped,
	readCells,
} from "../../src/workbook/unread-cells";
import { tab } from "../export/helpers";

describe("text the engine keeps as typed", () => {
	const texts = [
		"Deal 12",
		"Account 7, Inc.",
		'Call "the" buyer',
		"Négociation",
		"",
		"12",
		"006000000000000000",
		"1e5",
		"12:30 pm",
		"15/03/2027",
		"$12",
		"50%",
		"TRUE",
		"false",
		"=A1",
		"'quoted",
		"#N/A",
		"am",
		"Rep 3",
	];

	it("is, for every text said to be, what HyperFormula reads back", () => {
		const engine = HyperFormula.buildFromSheets(
			{ Texts: texts.map((text) => [text]) },
			{ licenseKey: "gpl-v3" },
		);
		const values = engine.getSheetValues(0);
		engine.destroy();
		texts.forEach((text, i) => {
			if (keptAsTyped(text)) expect(values[i]?.[0] ?? "", text).toBe(text);
		});
		expect(texts.filter(keptAsTyped)).toEqual([
			"Deal 12",
			"Account 7, Inc.",
			'Call "the" buyer',
			"Négociation",
			"",
			"Rep 3",
		]);
	});
});

describe("the cells formulas read", () => {
	it("counts each range, on its own tab or another, and no address inside quotes", () => {
		const read = readCells([
			{ tab: "Pipeline", formula: '=SUMIFS($L$5:$L$9,E5:E9,"Q1")&A1' },
			{ tab: "Overview", formula: "='Pipeline'!B3+'O''Brien'!C2" },
		]);
		const pipeline = read?.get("Pipeline");
		expect(isRead(pipeline, 4, 11)).toBe(true);
		expect(isRead(pipeline, 8, 4)).toBe(true);
		expect(isRead(pipeline, 9, 4)).toBe(false);
		expect(isRead(pipeline, 0, 0)).toBe(true);
		expect(isRead(pipeline, 2, 1)).toBe(true);
		expect(isRead(pipeline, 0, 16)).toBe(false);
		expect(isRead(read?.get("O'Brien"), 1, 2)).toBe(true);
		expect(isRead(read?.get("Overview"), 0, 0)).toBe(false);
	});

	it.each(['=INDIRECT("A"&B1)', "=OFFSET(A1,2,0)", "=SUM(A:A)", "=SUM(3:3)"])(
		"is unknown with %s, so nothing is left out",
		(formula) => {
			expect(readCells([{ tab: "T", formula }])).toBeUndefined();
		},
	);
});

describe("a computation without the unread cells", () => {
	it("falls back to every cell when an array spills over one of them", () => {
		const plan: Plan = {
			choices: {} as Plan["choices"],
			tabs: [
				tab("overview", "Overview", [
					[{ formula: "=C1:C3*1" }, null, 1],
					["kept", null, 2],
					[null, null, 3],
				]),
			],
		};
		expect(computePlan(plan, { knownValues: true })).toEqual(computePlan(plan));
		expect(computePlan(plan)[0]?.values[1]?.[0]).toBe("kept");
	});
});
