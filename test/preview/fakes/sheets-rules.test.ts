// The fake refuses what Sheets refuses and reproduces what Sheets does: one case per rule, each naming its source.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
	addSheet,
	addUserRuleWithoutFormula,
	protectionAt,
} from "../../../src/preview/fakes/person";
import { type Fakes, install } from "../../../src/preview/fakes/services";
import type { FakeSheet } from "../../../src/preview/fakes/sheet";
import {
	type SheetsRuleKey,
	sheetsRules,
} from "../../../src/preview/fakes/sheets-rules";
import { refusedEntry } from "../../../src/preview/refused-entry";

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A fresh spreadsheet and its first tab, typed as the real ones. */
function setUp(): { fakes: Fakes; sheet: GSheet } {
	const fakes = install();
	return {
		fakes,
		sheet: fakes.document.getSheets()[0] as GSheet,
	};
}

const cases: {
	rule: SheetsRuleKey;
	does: string;
	check: (fakes: Fakes, sheet: GSheet) => void;
}[] = [
	{
		rule: "shape",
		does: "refuses a values array one column short",
		check: (_, sheet) =>
			expect(() => sheet.getRange("A1:B2").setValues([[1], [2]])).toThrow(
				/rows but the range has|columns differ/,
			),
	},
	{
		rule: "typedText",
		does: 'reads "1", "50%", "TRUE" and "2027-01-31" as a number, a percent, a boolean and a date',
		check: (_, sheet) => {
			const range = sheet.getRange("A1:D1");
			range.setValues([["1", "50%", "TRUE", "2027-01-31"]]);
			expect(range.getValues()).toEqual([[1, 0.5, true, 46418]]);
		},
	},
	{
		rule: "typedText",
		does: "keeps text in a plain-text cell and after a leading apostrophe",
		check: (_, sheet) => {
			const range = sheet.getRange("A1:B1");
			range.setNumberFormats([["@", "General"]]);
			range.setValues([["1", "'50%"]]);
			expect(range.getValues()).toEqual([["1", "50%"]]);
		},
	},
	{
		rule: "bounds",
		does: "gives a new sheet 1000 × 26 cells, refuses a range past them, and grows with insertRowsAfter",
		check: (fakes, sheet) => {
			const inserted = fakes.document.insertSheet("New");
			expect([inserted.getMaxRows(), inserted.getMaxColumns()]).toEqual([
				1000, 26,
			]);
			const small = addSheet(fakes.spreadsheet, "Small", {
				rows: 5,
				columns: 2,
			}) as unknown as GSheet;
			expect(() => small.getRange("A1:C6")).toThrow(/outside the dimensions/);
			small.insertRowsAfter(5, 1);
			small.insertColumnsAfter(2, 1);
			expect(small.getRange("A1:C6").getNumRows()).toBe(6);
			expect(sheet.getMaxRows()).toBe(1000);
		},
	},
	{
		rule: "sheetName",
		does: "refuses an empty name, a name of 101 characters and a name taken in another case",
		check: (fakes) => {
			expect(() => fakes.document.insertSheet("")).toThrow(/empty/);
			expect(() => fakes.document.insertSheet("x".repeat(101))).toThrow(
				/at most 100/,
			);
			expect(
				fakes.document.insertSheet("x".repeat(100)).getName(),
			).toHaveLength(100);
			expect(() => fakes.document.insertSheet("SHEET1")).toThrow(
				/already exists/,
			);
			const other = fakes.document.insertSheet("Other");
			expect(() => other.setName("sheet1")).toThrow(/already exists/);
		},
	},
	{
		rule: "frozenRows",
		does: "refuses to freeze a negative count or every row",
		check: (_, sheet) => {
			expect(() => sheet.setFrozenRows(-1)).toThrow(/cannot be frozen/);
			expect(() => sheet.setFrozenRows(1000)).toThrow(/cannot be frozen/);
			sheet.setFrozenRows(999);
			expect(sheet.getFrozenRows()).toBe(999);
		},
	},
	{
		rule: "ruleFormula",
		does: 'refuses a custom formula without "=" and one that refers to another sheet',
		check: (_, sheet) => {
			const builder = () => SpreadsheetApp.newConditionalFormatRule();
			expect(() => builder().whenFormulaSatisfied("$A1>0")).toThrow(
				/must start with "="/,
			);
			const rule = (formula: string) =>
				builder()
					.whenFormulaSatisfied(formula)
					.setRanges([sheet.getRange("A1:A9")])
					.build();
			expect(() =>
				sheet.setConditionalFormatRules([rule("=$A1>Settings!$B$2")]),
			).toThrow(/refers to sheet "Settings"/);
			expect(() =>
				sheet.setConditionalFormatRules([rule("=$A1>'My KPIs'!$B$2")]),
			).toThrow(/refers to sheet "My KPIs"/);
			sheet.setConditionalFormatRules([
				rule('=AND($A1>INDIRECT("Settings!B2"), \'Sheet1\'!$B1<>"x!y")'),
			]);
			expect(sheet.getConditionalFormatRules()).toHaveLength(1);
		},
	},
	{
		rule: "ruleFormula",
		does: "holds a validation's custom formula to the same rule",
		check: (_, sheet) => {
			const validation = () => SpreadsheetApp.newDataValidation();
			expect(() => validation().requireFormulaSatisfied("A1>0")).toThrow(
				/must start with "="/,
			);
			const rule = validation()
				.requireFormulaSatisfied("=A1<=Settings!$B$2")
				.build();
			expect(() => sheet.getRange("A1").setDataValidations([[rule]])).toThrow(
				/refers to sheet "Settings"/,
			);
		},
	},
	{
		rule: "cellLength",
		does: "refuses a cell of 50,001 characters and takes one of 50,000",
		check: (_, sheet) => {
			const cell = sheet.getRange("A1");
			expect(() => cell.setValues([["x".repeat(50_001)]])).toThrow(
				/maximum of 50000 characters/,
			);
			cell.setValues([["x".repeat(50_000)]]);
			expect(String(cell.getValues()[0]?.[0])).toHaveLength(50_000);
		},
	},
	{
		rule: "numberFormat",
		does: "refuses a stray letter, an open quote and a fifth section, and takes the plan's patterns",
		check: (_, sheet) => {
			const cell = sheet.getRange("A1");
			for (const bad of ["#,##0 EUR", '#,##0 "€', "0;0;0;@;0", "[Red0"])
				expect(() => cell.setNumberFormats([[bad]]), bad).toThrow(
					/Invalid number format/,
				);
			for (const good of [
				'#,##0 "€"',
				'"$"#,##0',
				"0%",
				"0.0%",
				"dd/mm/yyyy",
				"yyyy-mm-dd",
				"mmm yyyy",
				"@",
				"General",
				"#,##0;[Red]-#,##0",
				"0 \\k\\g",
			])
				cell.setNumberFormats([[good]]);
		},
	},
	{
		rule: "unprotectedRanges",
		does: "refuses an unprotected range of another sheet",
		check: (fakes, sheet) => {
			const other = fakes.document.insertSheet("Other");
			expect(() =>
				sheet.protect().setUnprotectedRanges([other.getRange("A1")]),
			).toThrow(/on the protected sheet/);
		},
	},
	{
		rule: "warningOnly",
		does: "refuses an editor on a warning-only protection, and drops the editors when the warning is chosen",
		check: (_, sheet) => {
			const restricted = sheet.getRange("A1").protect();
			restricted.addEditor("lead@example.com");
			expect(restricted.getEditors()).toHaveLength(1);
			restricted.setWarningOnly(true);
			expect(restricted.getEditors()).toHaveLength(0);
			expect(() => restricted.addEditor("rep@example.com")).toThrow(
				/warning-only protection has no editors/,
			);
		},
	},
	{
		rule: "ruleReadBack",
		does: "reads a colour scale back with no boolean condition, a text rule with its text as criterion",
		check: (fakes) => {
			const sheet = addSheet(fakes.spreadsheet, "Rules");
			addUserRuleWithoutFormula(sheet, "color scale", "B2:B9");
			addUserRuleWithoutFormula(sheet, "text contains", "A2:A9", "late");
			const [scale, text] = (
				sheet as unknown as GSheet
			).getConditionalFormatRules();
			expect(scale?.getBooleanCondition()).toBeNull();
			const condition = text?.getBooleanCondition();
			expect(condition?.getCriteriaType()).toBe(
				SpreadsheetApp.BooleanCriteria.TEXT_CONTAINS,
			);
			expect(condition?.getCriteriaValues()).toEqual(["late"]);
		},
	},
	{
		rule: "rejectInput",
		does: "refuses a long entry under =LEN(A1)<5 with the help text; takes a short one, a cleared cell, and anything where the rule only warns",
		check: (fakes, sheet) => {
			const rule = (allowInvalid: boolean) =>
				SpreadsheetApp.newDataValidation()
					.requireFormulaSatisfied("=LEN(A1)<5")
					.setAllowInvalid(allowInvalid)
					.setHelpText("Five letters at most.")
					.build();
			const cell = sheet.getRange("A1");
			cell.setDataValidations([[rule(false)]]);
			const entry = (value: string) => {
				cell.setValues([[value]]);
				return refusedEntry(
					fakes.spreadsheet,
					sheet as unknown as FakeSheet,
					1,
					1,
				);
			};
			expect(entry("too long")).toBe("Five letters at most.");
			expect(entry("ok")).toBeUndefined();
			expect(entry("")).toBeUndefined();
			cell.setDataValidations([[rule(true)]]);
			expect(entry("too long")).toBeUndefined();
		},
	},
	{
		rule: "sheetProtect",
		does: "hands back the sheet's protection when protect() is called again",
		check: (_, sheet) => {
			const first = sheet.protect().setDescription("first");
			const again = sheet.protect();
			expect(again).toBe(first);
			expect(again.getDescription()).toBe("first");
			expect(
				sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
			).toHaveLength(1);
		},
	},
	{
		rule: "protectionType",
		does: "refuses a protection type that is not RANGE or SHEET",
		check: (_, sheet) =>
			expect(() =>
				sheet.getProtections(
					2 as unknown as GoogleAppsScript.Spreadsheet.ProtectionType,
				),
			).toThrow(/Invalid argument: type/),
	},
	{
		rule: "unprotectedRanges",
		does: "refuses unprotected ranges on a range protection",
		check: (_, sheet) =>
			expect(() =>
				sheet
					.getRange("A1:B2")
					.protect()
					.setUnprotectedRanges([sheet.getRange("A1")]),
			).toThrow(/only be set on a sheet protection/),
	},
	{
		rule: "sheetProtectionRange",
		does: "covers rows inserted below a protected sheet, and says so in getRange",
		check: (_, sheet) => {
			const protection = sheet.protect().setWarningOnly(true);
			sheet.insertRowsAfter(sheet.getMaxRows(), 10);
			expect(protection.getRange().getNumRows()).toBe(sheet.getMaxRows());
			expect(
				protectionAt(sheet as unknown as FakeSheet, `A${sheet.getMaxRows()}`),
			).toBe("warning");
		},
	},
	{
		rule: "propertySize",
		does: "counts a value's size in bytes: 5,000 accented letters are 10,000 bytes, over 9 KB",
		check: (fakes) => {
			const properties = fakes.documentProperties;
			expect(() => properties.setProperty("k", "é".repeat(5000))).toThrow(
				/too large/,
			);
			properties.setProperty("k", "e".repeat(9 * 1024));
			expect(properties.getProperty("k")).toHaveLength(9216);
		},
	},
	{
		rule: "lockWait",
		does: "lets tryLock wait for a lock held 20 s when it may wait 30 s, not 40 s",
		check: (fakes) => {
			fakes.lock.heldElsewhereMs = 20_000;
			expect(fakes.lock.tryLock(30_000)).toBe(true);
			fakes.lock.releaseLock();
			fakes.lock.heldElsewhereMs = 40_000;
			expect(fakes.lock.tryLock(30_000)).toBe(false);
		},
	},
	{
		rule: "lockFlush",
		does: "counts a release with writes unsent, and none after a flush",
		check: (fakes, sheet) => {
			fakes.lock.tryLock(0);
			sheet.getRange("A1").setValues([[1]]);
			fakes.lock.releaseLock();
			expect(fakes.lock.releasedWithPendingWrites).toBe(1);
			fakes.lock.tryLock(0);
			sheet.getRange("A1").setValues([[2]]);
			SpreadsheetApp.flush();
			fakes.lock.releaseLock();
			expect(fakes.lock.releasedWithPendingWrites).toBe(1);
		},
	},
];

describe("the README's table of the fake's rules", () => {
	it.each(Object.values(sheetsRules))("lists: $rule", ({ rule, source }) => {
		const readme = readFileSync("README.md", "utf8");
		const row = readme
			.split("\n")
			.find((line) => line.startsWith(`| ${rule} |`));
		expect(row).toContain(`(${source})`);
	});

	it("has a test here or in the time-zone tests for every rule", () => {
		const tested = new Set<string>([
			...cases.map((item) => item.rule),
			"dates",
		]);
		expect(Object.keys(sheetsRules).filter((key) => !tested.has(key))).toEqual(
			[],
		);
	});
});

describe("the fake spreadsheet follows Sheets", () => {
	it.each(
		cases.map((item) => ({ ...item, source: sheetsRules[item.rule].source })),
	)("$rule: $does ($source)", ({ check }) => {
		const { fakes, sheet } = setUp();
		check(fakes, sheet);
	});
});
