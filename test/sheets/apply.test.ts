// The writer against the fake spreadsheet: batched calls, nothing lost, nothing twice, undone on failure.

import { beforeEach, describe, expect, it } from "vitest";
import type { TabKey } from "../../src/plan/types";
import {
	addSheet,
	addUserRule,
	addUserRuleWithoutFormula,
	at,
	contents,
	isBlank,
	protectionAt,
	sheetNamed,
	sheetNames,
	type,
	typeArray,
} from "../../src/preview/fakes/person";
import { type Fakes, install } from "../../src/preview/fakes/services";
import type { FakeDataValidation } from "../../src/preview/fakes/validation";
import {
	applyPlan,
	PROTECTION_DESCRIPTIONS,
	placeTabs,
	readTabIds,
} from "../../src/sheets";
import { annualPlan, KEYS, NAMES } from "./fixtures";

/** What the server does for generatePlan, without the lock and validation. */
function generate(fakes: Fakes, replace: readonly TabKey[] = []) {
	const placements = placeTabs(
		fakes.document,
		KEYS,
		NAMES,
		replace,
		readTabIds(fakes.documentProperties),
	);
	return applyPlan(fakes.document, annualPlan(placements.names), {
		placements,
		properties: fakes.documentProperties,
	});
}

let fakes: Fakes;
beforeEach(() => {
	fakes = install();
});

/** Document calls per method, sorted, without the zero counts. */
const byMethod = (fakes: Fakes): Record<string, number> =>
	Object.fromEntries(
		[...fakes.calls.byMethod]
			.filter(
				([method]) =>
					!/^(Properties|Lock|SpreadsheetApp\.new|DataValidationBuilder|ConditionalFormatRuleBuilder)/.test(
						method,
					),
			)
			.sort(),
	);

describe("applying the annual plan to a new spreadsheet", () => {
	it("needs 16 Spreadsheet-service calls per tab on average, and builds each distinct dropdown once", () => {
		fakes.calls.reset();
		generate(fakes);
		expect(fakes.calls.byKind.document / KEYS.length).toBeLessThanOrEqual(16);
		expect(fakes.calls.byMethod.get("SpreadsheetApp.newDataValidation")).toBe(
			5,
		);
	});

	it.each([
		// insertSheet, getSheetId, setNumberFormats, setValues, setFontWeights, setDataValidations, getRangeList and
		// getRanges (the grid's range with the others), setFrozenRows, 3 × setColumnWidths, protect, setWarningOnly,
		// setDescription, setUnprotectedRanges.
		{ tab: "a table tab", key: "pipeline" as TabKey, calls: 15 },
		{
			tab: "the KPI tab (plus its alert rules)",
			key: "kpis" as TabKey,
			calls: 16,
		},
		// insertSheet, getSheetId, getRangeList, getRanges, setValues, setFontWeights, setColumnWidths, protect,
		// setWarningOnly, setDescription.
		// (No setNumberFormats, setDataValidations, setFrozenRows: nothing to set.)
		{ tab: "a text tab", key: "overview" as TabKey, calls: 10 },
		// As a table tab, with 2 width runs and a single protected area (getRange + 3) instead of the whole-sheet protection.
		{ tab: "the settings tab", key: "settings" as TabKey, calls: 14 },
	])("writes $tab in $calls calls", ({ key, calls }) => {
		const plan = annualPlan();
		const only = (keys: TabKey[]) => ({
			...plan,
			tabs: plan.tabs.filter((t) => keys.includes(t.key)),
		});
		// Settings first, as an earlier run's tab: the dropdowns of the other tabs read from it.
		if (key !== "settings")
			applyPlan(fakes.document, only(["settings"]), {
				properties: fakes.documentProperties,
			});
		const keys: TabKey[] = [...new Set<TabKey>(["settings", key])];
		const placements = placeTabs(
			fakes.document,
			keys,
			NAMES,
			[],
			readTabIds(fakes.documentProperties),
		);
		fakes.calls.reset();
		applyPlan(fakes.document, only(keys), { placements });
		// Once per run, not per tab: getNumSheets, and the Settings range the stage dropdowns read from.
		const perRun =
			1 +
			(plan.tabs
				.find((t) => t.key === key)
				?.validations.some((v) => v.kind === "range")
				? 1
				: 0);
		expect(
			fakes.calls.byKind.document - perRun,
			JSON.stringify(byMethod(fakes)),
		).toBe(calls);
	});

	it("writes values, formulas, formats, bold headers, dropdowns, frozen rows, widths and warning-only protections", () => {
		generate(fakes);
		const pipeline = sheetNamed(fakes.spreadsheet, "Pipeline");
		expect(pipeline).toBeDefined();
		if (!pipeline) return;
		expect(at(pipeline, "A2")).toBe("Item");
		expect(at(pipeline, "G3")).toBe("=E3*F3");
		expect(pipeline.cell(3, 5).format).toBe('#,##0 "€"');
		expect(pipeline.cell(3, 1).format).toBe("General");
		expect(pipeline.cell(2, 1).weight).toBe("bold");
		expect(pipeline.cell(3, 1).weight).toBe("normal");
		expect(pipeline.frozenRows).toBe(2);
		expect(pipeline.widths.get(1)).toBe(220);
		// The stage dropdown offers Settings' A2:A4 and refuses anything else; the owner one lists the roles.
		const stage = pipeline.cell(3, 3).validation as FakeDataValidation;
		expect(stage.criteria).toBe("VALUE_IN_RANGE");
		expect(stage.allowInvalid).toBe(false);
		const source = stage.args[0] as { sheet: { name: string }; a1: string };
		expect([source.sheet.name, source.a1]).toEqual(["Settings", "A2:A4"]);
		const owner = pipeline.cell(22, 2).validation as FakeDataValidation;
		expect([owner.criteria, owner.args[0], owner.allowInvalid]).toEqual([
			"VALUE_IN_LIST",
			["AE", "SDR"],
			false,
		]);
		expect(pipeline.cell(23, 2).validation).toBeNull();
		expect(pipeline.cell(22, 4).format).toBe("yyyy-mm-dd");
		expect(pipeline.cell(3, 6).format).toBe("0%");
		expect(at(pipeline, "E22")).toBe(20000);
		expect(
			pipeline.protections.every(
				(p) => p.warningOnly && p.description === PROTECTION_DESCRIPTIONS.en,
			),
		).toBe(true);
		const protectedCells = {
			A1: "warning",
			G2: "warning",
			G3: "warning",
			G22: "warning",
			F3: "none",
			A3: "none",
			G23: "none",
			H1: "none",
			Z1000: "none",
		};
		expect(
			Object.fromEntries(
				Object.keys(protectedCells).map((cell) => [
					cell,
					protectionAt(pipeline, cell),
				]),
			),
		).toEqual(protectedCells);
		expect(protectionAt(sheetNamed(fakes.spreadsheet, "Overview"), "A1")).toBe(
			"warning",
		);
		expect(protectionAt(sheetNamed(fakes.spreadsheet, "Overview"), "A2")).toBe(
			"none",
		);
		expect(sheetNames(fakes.spreadsheet)).toEqual([
			"Sheet1",
			...KEYS.map((key) => NAMES[key]),
		]);
	});
});

describe("one write pass", () => {
	it("reads every tab it fills or replaces before its first write, and never after", () => {
		generate(fakes);
		addSheet(fakes.spreadsheet, "Funnel (old)");
		const budget = addSheet(fakes.spreadsheet, "My budget");
		type(budget, "A1", "Old budget");
		const kpis = sheetNamed(fakes.spreadsheet, "KPIs");
		addUserRule(kpis, '=$A3="late"', "A3:A30");
		const placements = placeTabs(
			fakes.document,
			KEYS,
			{ ...NAMES, budget: "My budget", funnel: "Funnel (old)" },
			["budget", "kpis"],
			{},
		);
		expect(placements.tabs.map((tab) => tab.action)).toContain("replace");
		expect(placements.tabs.map((tab) => tab.action)).toContain("fill");
		fakes.calls.reset();
		applyPlan(fakes.document, annualPlan(placements.names), { placements });
		expect(fakes.calls.readsAfterWritesMethods).toEqual([]);
		expect(fakes.calls.readsAfterWrites).toBe(0);
		expect(at(budget, "A1")).toBe("My budget");
	});

	it("reads nothing after a write on a second run that keeps every tab", () => {
		generate(fakes);
		fakes.calls.reset();
		generate(fakes);
		expect(fakes.calls.readsAfterWrites).toBe(0);
	});
});

describe("generating again", () => {
	it("creates nothing twice and keeps what the team typed", () => {
		generate(fakes);
		const sheetsBefore = sheetNames(fakes.spreadsheet);
		type(sheetNamed(fakes.spreadsheet, "Pipeline"), "A3", "Acme renewal");
		const second = generate(fakes);
		expect(second.tabs.every((tab) => tab.action === "keep")).toBe(true);
		expect(sheetNames(fakes.spreadsheet)).toEqual(sheetsBefore);
		expect(at(sheetNamed(fakes.spreadsheet, "Pipeline"), "A3")).toBe(
			"Acme renewal",
		);
	});

	it("finds its own tabs after the team renamed them, and points formulas at the new names", () => {
		generate(fakes);
		const settings = sheetNamed(fakes.spreadsheet, "Settings");
		if (settings) settings.name = "Réglages";
		type(sheetNamed(fakes.spreadsheet, "Overview"), "A1", "");
		const again = generate(fakes, ["overview"]);
		expect(again.tabs.find((t) => t.key === "settings")).toMatchObject({
			action: "keep",
			name: "Réglages",
		});
		expect(at(sheetNamed(fakes.spreadsheet, "Overview"), "A5")).toBe(
			"='Réglages'!A1",
		);
		expect(
			sheetNames(fakes.spreadsheet).filter((n) => n.startsWith("Settings")),
		).toEqual([]);
	});
});

describe("tabs that already exist", () => {
	it("gives the plan's tab a new name when a person's tab has its name, and leaves theirs untouched", () => {
		const theirs = addSheet(fakes.spreadsheet, "pipeline");
		type(theirs, "A1", "My deals");
		type(theirs, "B2", "=SUM(1,2)");
		const result = generate(fakes);
		expect(result.tabs.find((t) => t.key === "pipeline")).toMatchObject({
			action: "rename",
			name: "Pipeline (2)",
			existing: "pipeline",
		});
		expect(at(theirs, "A1")).toBe("My deals");
		expect(at(theirs, "B2")).toBe("=SUM(1,2)");
		expect(theirs.protections).toEqual([]);
		expect(at(sheetNamed(fakes.spreadsheet, "Pipeline (2)"), "A1")).toBe(
			"Pipeline (2)",
		);
	});

	it("picks the next free name when the first new name is taken too", () => {
		type(addSheet(fakes.spreadsheet, "Pipeline"), "A1", "mine");
		type(addSheet(fakes.spreadsheet, "Pipeline (2)"), "A1", "mine too");
		generate(fakes);
		expect(sheetNamed(fakes.spreadsheet, "Pipeline (3)")).toBeDefined();
	});

	it("fills an empty tab that has the plan's name, in place", () => {
		const empty = addSheet(fakes.spreadsheet, "Funnel");
		const result = generate(fakes);
		expect(result.tabs.find((t) => t.key === "funnel")).toMatchObject({
			action: "fill",
			name: "Funnel",
			sheetId: empty.id,
		});
		expect(at(empty, "A1")).toBe("Funnel");
		expect(
			sheetNames(fakes.spreadsheet).filter((n) => n.startsWith("Funnel")),
		).toEqual(["Funnel"]);
	});

	it.each([
		{ replace: [] as TabKey[], action: "rename", kept: "My deals" },
		{ replace: ["pipeline"] as TabKey[], action: "replace", kept: "Pipeline" },
	])(
		"replaces a person's tab only when asked (replace: $replace → $action)",
		({ replace, action, kept }) => {
			const theirs = addSheet(fakes.spreadsheet, "Pipeline");
			type(theirs, "A1", "My deals");
			const result = generate(fakes, replace);
			expect(result.tabs.find((t) => t.key === "pipeline")?.action).toBe(
				action,
			);
			expect(at(theirs, "A1")).toBe(kept);
		},
	);

	it("keeps a person's own conditional rules next to the plan's, and does not stack the plan's on a rerun", () => {
		const kpis = addSheet(fakes.spreadsheet, "KPIs");
		const own = addUserRule(kpis, '=$A1="late"', "A1:A100");
		generate(fakes);
		expect(kpis.rules[0]).toBe(own);
		expect(kpis.rules).toHaveLength(3);
		generate(fakes, ["kpis"]);
		expect(kpis.rules[0]).toBe(own);
		expect(kpis.rules.map((r) => r.formula)).toEqual([
			'=$A1="late"',
			"=AND(ISNUMBER($E3),$E3<$F3)",
			"=AND(ISNUMBER($E3),$E3>=$F3)",
		]);
	});
});

describe("the person's own conditional-format rules", () => {
	/** How Sheets may hand back a rule of ours it stored: re-spaced and in lower case. */
	const restored = (formula: string) =>
		formula.toLowerCase().replaceAll(",", " , ").replace("(", "( ");

	it("survive a rerun beside ours: colour scales, text rules, our formula on their own range, however Sheets stored ours", () => {
		const kpis = addSheet(fakes.spreadsheet, "KPIs");
		const scale = addUserRuleWithoutFormula(kpis, "color scale", "E3:E22");
		const text = addUserRuleWithoutFormula(kpis, "text contains", "A3:A22");
		const theirs = addUserRule(kpis, "=AND(ISNUMBER($E3),$E3<$F3)", "H3:H22");
		generate(fakes);
		const ours = kpis.rules.slice(3).map((rule) => ({
			formula: rule.formula,
			ranges: rule.a1,
		}));
		expect(ours).toEqual([
			{ formula: "=AND(ISNUMBER($E3),$E3<$F3)", ranges: ["A3:G22"] },
			{ formula: "=AND(ISNUMBER($E3),$E3>=$F3)", ranges: ["A3:G22"] },
		]);
		kpis.rules.splice(3);
		for (const rule of ours)
			addUserRule(kpis, restored(rule.formula), rule.ranges.join(","));

		generate(fakes, ["kpis"]);
		expect(kpis.rules.slice(0, 3)).toEqual([scale, text, theirs]);
		expect(kpis.rules[0]?.getBooleanCondition()).toBeNull();
		expect(kpis.rules[1]?.getBooleanCondition()?.getCriteriaValues()).toEqual([
			"late",
		]);
		// Ours once, as the plan writes them, on the plan's range: the stored copies are gone.
		expect(
			kpis.rules
				.slice(3)
				.map((rule) => ({ formula: rule.formula, ranges: rule.a1 })),
		).toEqual(ours);
	});
});

describe("sheets of any size", () => {
	it("grows a smaller empty tab to the plan's grid before writing it", () => {
		const small = addSheet(fakes.spreadsheet, "Funnel", {
			rows: 10,
			columns: 3,
		});
		generate(fakes);
		expect([small.maxRows, small.maxColumns]).toEqual([22, 7]);
		expect(at(small, "A1")).toBe("Funnel");
		expect(at(small, "G22")).toBe("=E22*F22");
		expect(fakes.calls.byMethod.get("Sheet.insertRowsAfter")).toBe(1);
		expect(fakes.calls.byMethod.get("Sheet.insertColumnsAfter")).toBe(1);
	});

	it("protects a large replaced tab from its real size: every cell outside the plan's headers and formulas stays free", () => {
		const large = addSheet(fakes.spreadsheet, "Budget", {
			rows: 2000,
			columns: 30,
		});
		type(large, "A1", "Old budget");
		generate(fakes, ["budget"]);
		expect(protectionAt(large, "A1")).toBe("warning");
		expect(protectionAt(large, "G3")).toBe("warning");
		for (const cell of ["A3", "H1", "Z1000", "AD2000", "A2000"])
			expect(protectionAt(large, cell), cell).toBe("none");
		expect([large.maxRows, large.maxColumns]).toEqual([2000, 30]);
	});
});

/**
 * How many document calls replacing Budget takes on a twin of this spreadsheet, so a test can fail the last one.
 * The twin takes the fakes' place as the Apps Script globals, then gives it back.
 */
function lastCallReplacing(original: Fakes): number {
	const twin = install();
	for (const sheet of original.spreadsheet.sheets.slice(1)) {
		const copy = addSheet(twin.spreadsheet, sheet.name);
		for (const [key, cell] of sheet.cells) copy.cells.set(key, { ...cell });
	}
	const placements = placeTabs(twin.document, KEYS, NAMES, ["budget"], {});
	twin.calls.reset();
	applyPlan(twin.document, annualPlan(placements.names), { placements });
	Object.assign(globalThis, { SpreadsheetApp: original.app });
	return twin.calls.byKind.document;
}

describe("a failure midway", () => {
	it.each([5, 40, 120])(
		"removes the tabs this run added and leaves the person's tabs alone (failure at call %i)",
		(failing) => {
			const sheet1 = sheetNamed(fakes.spreadsheet, "Sheet1");
			type(sheet1, "C3", "keep me");
			const empty = addSheet(fakes.spreadsheet, "Funnel");
			fakes.calls.failAt(failing);
			expect(() => generate(fakes)).toThrow(
				/^The plan could not be created: Service Spreadsheets failed.*tabs this attempt had added were removed/,
			);
			expect(sheetNames(fakes.spreadsheet)).toEqual(["Sheet1", "Funnel"]);
			expect(at(sheet1, "C3")).toBe("keep me");
			expect(isBlank(empty)).toBe(true);
			expect(fakes.properties.store.size).toBe(0);
		},
	);

	it.each([
		{
			language: "fr",
			said: "Le plan n'a pas pu être créé : Sheet.setValues failed. Les onglets ajoutés par cette tentative ont été supprimés ; vos propres onglets n'ont pas été modifiés.",
		},
		{
			language: "en",
			said: "The plan could not be created: Sheet.setValues failed. The tabs this attempt had added were removed; your own tabs were not changed.",
		},
	] as const)(
		"says why in the plan's language ($language)",
		({ language, said }) => {
			const plan = annualPlan();
			fakes.calls.failAt(40, "Sheet.setValues failed");
			expect(() =>
				applyPlan(fakes.document, {
					...plan,
					choices: { ...plan.choices, language },
				}),
			).toThrow(said);
			expect(sheetNames(fakes.spreadsheet)).toEqual(["Sheet1"]);
		},
	);

	it("puts back a replaced tab's array formulas as formulas, leaving their spill free, and its text as text", () => {
		const theirs = addSheet(fakes.spreadsheet, "Budget");
		type(theirs, "A1", "Quarter");
		typeArray(theirs, "B1", "=FUNNEL_TARGETS(100000, 5000, B5:B7)", [
			[20],
			[40],
			[80],
		]);
		type(theirs, "A5", "1");
		type(theirs, "C5", 0.5);
		const placements = placeTabs(fakes.document, KEYS, NAMES, ["budget"], {});
		fakes.calls.failAt(lastCallReplacing(fakes));
		expect(() =>
			applyPlan(fakes.document, annualPlan(placements.names), { placements }),
		).toThrow(/could not be created/);
		expect(contents(theirs)).toEqual([
			["Quarter", "=FUNNEL_TARGETS(100000, 5000, B5:B7)", ""],
			["", "", ""],
			["", "", ""],
			["", "", ""],
			["1", "", 0.5],
		]);
	});

	it("puts back what was in a tab the person agreed to replace", () => {
		const theirs = addSheet(fakes.spreadsheet, "Budget");
		type(theirs, "A1", "Old budget");
		type(theirs, "B2", "=1+1");
		const placements = placeTabs(fakes.document, KEYS, NAMES, ["budget"], {});
		// Replaced tabs are written last: the failure lands on the replaced tab's last call.
		fakes.calls.failAt(lastCallReplacing(fakes));
		expect(() =>
			applyPlan(fakes.document, annualPlan(placements.names), { placements }),
		).toThrow(/could not be created/);
		expect(fakes.calls.byMethod.get("Sheet.clear")).toBeGreaterThan(0);
		expect(at(theirs, "A1")).toBe("Old budget");
		expect(at(theirs, "B2")).toBe("=1+1");
		expect(sheetNames(fakes.spreadsheet)).toEqual(["Sheet1", "Budget"]);
	});
});
