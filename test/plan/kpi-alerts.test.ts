import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import {
	directionWords,
	type KpiTable,
	kpiAlertRules,
	paceWords,
} from "../../src/plan/kpi-alerts";
import type { AlertColor } from "../../src/plan/types";

// A KPI table on row 5 (index 4): E direction, F target, G threshold, H actual, I pace; B3 holds the share of the period elapsed.
const table = (direction: KpiTable["direction"], pace = false): KpiTable => ({
	area: { row: 4, column: 0, rows: 10, columns: 14 },
	actual: 7,
	target: 5,
	threshold: 6,
	direction,
	...(pace ? { pace: { share: { row: 2, column: 1 }, column: 8 } } : {}),
});

interface Row {
	readonly direction?: string;
	readonly target: number | null;
	readonly threshold: number | null;
	readonly actual: number | null;
	readonly pace?: string;
}

/** The colours whose rule is true for this row, evaluated in HyperFormula on the area's first row. */
function colours(kpi: KpiTable, row: Row, elapsed = 1): AlertColor[] {
	const rules = kpiAlertRules(kpi);
	const line: unknown[] = [
		null,
		null,
		null,
		null,
		row.direction ?? null,
		row.target,
		row.threshold,
		row.actual,
		row.pace ?? null,
	];
	for (const rule of rules) line.push(rule.formula);
	const hf = HyperFormula.buildFromArray(
		[[], [], [null, elapsed], [], line] as never,
		{ licenseKey: "gpl-v3" },
	);
	const values = hf.getSheetValues(0)[4] ?? [];
	return rules
		.filter((_, i) => values[9 + i] === true)
		.map((rule) => rule.color);
}

describe("KPI alert rules", () => {
	it("come red, then amber, then green, all on the given area", () => {
		const rules = kpiAlertRules(table("higher"));
		expect(rules.map((rule) => rule.color)).toEqual(["red", "amber", "green"]);
		for (const rule of rules) {
			expect(rule.area).toEqual(table("higher").area);
			expect(rule.formula.startsWith("=")).toBe(true);
			expect(rule.formula).not.toContain("!");
		}
	});

	it("refer to the area's first row with fixed columns", () => {
		const [red] = kpiAlertRules(table("higher"));
		expect(red?.formula).toContain("$H5");
		expect(red?.formula).toContain("$F5");
		expect(red?.formula).not.toMatch(/\$[A-Z]+\$5/);
	});

	it.each([
		// higher is better
		["higher", 100, 80, 120, ["green"]],
		["higher", 100, 80, 100, ["green"]],
		["higher", 100, 80, 90, ["amber"]],
		["higher", 100, 80, 80, ["amber"]],
		["higher", 100, 80, 79, ["red"]],
		["higher", 100, null, 90, ["red"]],
		["higher", 100, 80, null, []],
		["higher", null, 80, 90, []],
		// lower is better: inverted
		["lower", 60, 72, 50, ["green"]],
		["lower", 60, 72, 66, ["amber"]],
		["lower", 60, 72, 72, ["amber"]],
		["lower", 60, 72, 90, ["red"]],
		["lower", 60, 72, null, []],
	] as const)(
		"%s is better: target %s, threshold %s, actual %s → %j",
		(direction, target, threshold, actual, expected) => {
			expect(colours(table(direction), { target, threshold, actual })).toEqual(
				expected,
			);
		},
	);

	it.each([...directionWords.lower, "Baisse", "LOWER"])(
		"reads %s in a direction column as lower is better",
		(word) => {
			expect(
				colours(table({ column: 4 }), {
					direction: word,
					target: 60,
					threshold: 72,
					actual: 50,
				}),
			).toEqual(["green"]);
			expect(
				colours(table({ column: 4 }), {
					direction: word,
					target: 60,
					threshold: 72,
					actual: 90,
				}),
			).toEqual(["red"]);
		},
	);

	it.each([...directionWords.higher, "", "anything"])(
		"reads %j in a direction column as higher is better",
		(word) => {
			expect(
				colours(table({ column: 4 }), {
					direction: word,
					target: 60,
					threshold: 50,
					actual: 70,
				}),
			).toEqual(["green"]);
			expect(
				colours(table({ column: 4 }), {
					direction: word,
					target: 60,
					threshold: 50,
					actual: 40,
				}),
			).toEqual(["red"]);
		},
	);

	it.each(paceWords.yes)(
		"prorates target and threshold where the pace column says %s",
		(yes) => {
			// A quarter of the period gone: 100 becomes 25, 80 becomes 20.
			expect(
				colours(
					table("higher", true),
					{ target: 100, threshold: 80, actual: 30, pace: yes },
					0.25,
				),
			).toEqual(["green"]);
			expect(
				colours(
					table("higher", true),
					{ target: 100, threshold: 80, actual: 22, pace: yes },
					0.25,
				),
			).toEqual(["amber"]);
			expect(
				colours(
					table("higher", true),
					{ target: 100, threshold: 80, actual: 10, pace: yes },
					0.25,
				),
			).toEqual(["red"]);
		},
	);

	it.each([...paceWords.no, ""])(
		"judges against the full target where the pace column says %j",
		(no) => {
			expect(
				colours(
					table("higher", true),
					{ target: 100, threshold: 80, actual: 30, pace: no },
					0.25,
				),
			).toEqual(["red"]);
		},
	);

	it("judges every row on pace when no pace column is given", () => {
		const kpi: KpiTable = {
			...table("higher"),
			pace: { share: { row: 2, column: 1 } },
		};
		expect(
			colours(kpi, { target: 100, threshold: 80, actual: 55 }, 0.5),
		).toEqual(["green"]);
	});
});
