// The writer on the plans src/plan builds, for every kind: the call budget, and each tab as a person would check it in Sheets.

import { describe, expect, it } from "vitest";
import { a1Notation } from "../../src/plan/a1";
import { buildPlan } from "../../src/plan/build-plan";
import { planKinds } from "../../src/plan/catalogue";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type { Area, Tab, Validation } from "../../src/plan/types";
import { letters } from "../../src/preview/fakes/cells";
import { at, protectionAt, sheetNamed } from "../../src/preview/fakes/person";
import type { FakeRange } from "../../src/preview/fakes/range";
import { install } from "../../src/preview/fakes/services";
import type { FakeSheet } from "../../src/preview/fakes/sheet";
import { applyPlan } from "../../src/sheets";

/** The criterion Sheets holds for each kind of validation. */
const criteria: Record<Validation["kind"], string> = {
	list: "VALUE_IN_LIST",
	range: "VALUE_IN_RANGE",
	date: "DATE_IS_VALID_DATE",
	percent: "NUMBER_BETWEEN",
	number: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
	unique: "CUSTOM_FORMULA",
};

/** The first and the last cell of an area, 1-based as Sheets counts: what a person clicks to check it. */
const corners = (area: Area): [number, number][] => [
	[area.row + 1, area.column + 1],
	[area.row + area.rows, area.column + area.columns],
];

/** Everything a person would see differ from the plan on a tab, one line each; [] when the tab is as planned. */
function differences(sheet: FakeSheet, tab: Tab): string[] {
	const wrong: string[] = [];
	tab.cells.forEach((line, r) => {
		line.forEach((cell, c) => {
			if (cell === null) return;
			const address = `${letters(c + 1)}${r + 1}`;
			const expected = typeof cell === "object" ? cell.formula : cell;
			const shown = at(sheet, address);
			if (shown !== expected) wrong.push(`${address} shows ${shown}`);
		});
	});
	for (const format of tab.formats)
		for (const [row, column] of corners(format.area)) {
			const held = sheet.cell(row, column).format;
			if (held !== format.pattern)
				wrong.push(`${letters(column)}${row} is formatted ${held}`);
		}
	for (const validation of tab.validations)
		for (const [row, column] of corners(validation.area)) {
			const held = sheet.cell(row, column).validation;
			const where = `${letters(column)}${row}`;
			if (held?.criteria !== criteria[validation.kind])
				wrong.push(`${where} has ${held?.criteria ?? "no"} validation`);
			else if (validation.kind === "list" && held.args[0] !== undefined) {
				const values = JSON.stringify(held.args[0]);
				if (values !== JSON.stringify(validation.values))
					wrong.push(`${where} lists ${values}`);
			} else if (validation.kind === "range") {
				const source = held.args[0] as FakeRange;
				if (source.a1 !== a1Notation(validation.source))
					wrong.push(`${where} lists ${source.sheet.name}!${source.a1}`);
			}
		}
	const rules = sheet.rules.map(
		(rule) => `${rule.formula} on ${rule.a1.join(",")}`,
	);
	const planned = tab.rules.map(
		(rule) =>
			`${rule.formula.startsWith("=") ? "" : "="}${rule.formula} on ${a1Notation(rule.area)}`,
	);
	if (JSON.stringify(rules) !== JSON.stringify(planned))
		wrong.push(`rules ${rules.join("; ")}`);
	if (sheet.frozenRows !== tab.frozenRows)
		wrong.push(`${sheet.frozenRows} frozen rows`);
	for (const area of tab.protectedAreas)
		for (const [row, column] of corners(area)) {
			const protection = protectionAt(sheet, `${letters(column)}${row}`);
			if (protection !== "warning")
				wrong.push(`${letters(column)}${row} protection: ${protection}`);
		}
	return wrong;
}

describe.each(
	planKinds.flatMap((info) =>
		(["fr", "en"] as const).map((language) => ({ kind: info.kind, language })),
	),
)("the $kind plan in $language", ({ kind, language }) => {
	const fakes = install();
	const plan = buildPlan(
		defaultChoices(kind, language, "2027-01-01"),
		defaultTabNames(language),
	);
	fakes.calls.reset();
	applyPlan(fakes.document, plan);

	it("is written in one pass: at most 17 Spreadsheet-service calls per tab, no read after the first write", () => {
		const document = fakes.calls.byKind.document;
		expect(document / plan.tabs.length).toBeLessThanOrEqual(17);
		expect(fakes.calls.readsAfterWrites).toBe(0);
		expect(fakes.spreadsheet.sheets).toHaveLength(plan.tabs.length + 1);
	});

	it.each(plan.tabs.map((tab) => ({ name: tab.name, tab })))(
		"shows $name as planned: values and formulas, number formats, dropdowns and rules on their ranges, frozen rows, warnings",
		({ tab }) => {
			expect(differences(sheetNamed(fakes.spreadsheet, tab.name), tab)).toEqual(
				[],
			);
		},
	);
});
