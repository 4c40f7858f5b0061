// Every dropdown and validation the plan declares reaches Sheets with its criteria and whether it rejects bad input.

import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type { Validation } from "../../src/plan/types";
import { letters } from "../../src/preview/fakes/cells";
import { sheetNamed } from "../../src/preview/fakes/person";
import { install } from "../../src/preview/fakes/services";
import type { FakeDataValidation } from "../../src/preview/fakes/validation";
import { applyPlan } from "../../src/sheets";

/** What Sheets should hold for each kind: lists, dates and percentages reject bad input; plain numbers only warn. */
const expected: Record<
	Validation["kind"],
	(validation: Validation) => { criteria: string; allowInvalid: boolean }
> = {
	list: () => ({ criteria: "VALUE_IN_LIST", allowInvalid: false }),
	range: () => ({ criteria: "VALUE_IN_RANGE", allowInvalid: false }),
	date: () => ({ criteria: "DATE_IS_VALID_DATE", allowInvalid: false }),
	percent: () => ({ criteria: "NUMBER_BETWEEN", allowInvalid: false }),
	number: () => ({
		criteria: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
		allowInvalid: true,
	}),
	unique: () => ({ criteria: "CUSTOM_FORMULA", allowInvalid: false }),
};

describe("the annual plan's validations in Sheets", () => {
	const fakes = install();
	const plan = buildPlan(
		defaultChoices("annual", "en", "2027-01-01"),
		defaultTabNames("en"),
	);
	applyPlan(fakes.document, plan);
	const cases = plan.tabs.flatMap((tab) =>
		tab.validations.map((validation) => ({
			tab: tab.name,
			validation,
			label: `${tab.name} ${validation.kind} at row ${validation.area.row + 1}, column ${validation.area.column + 1}`,
		})),
	);

	it("covers every kind", () => {
		expect(new Set(cases.map((entry) => entry.validation.kind))).toEqual(
			new Set(["list", "range", "date", "percent", "number", "unique"]),
		);
	});

	it.each(cases)(
		"$label: its criteria, and rejecting bad input where the plan says so",
		({ tab, validation }) => {
			const sheet = sheetNamed(fakes.spreadsheet, tab);
			const { area } = validation;
			// The first and the last cell of the area both carry it.
			for (const [row, column] of [
				[area.row, area.column],
				[area.row + area.rows - 1, area.column + area.columns - 1],
			] as const) {
				const held = sheet.cell(row + 1, column + 1)
					.validation as FakeDataValidation | null;
				expect(held).not.toBeNull();
				expect({
					criteria: held?.criteria,
					allowInvalid: held?.allowInvalid,
				}).toEqual(expected[validation.kind](validation));
				if (validation.kind === "percent") expect(held?.args).toEqual([0, 1]);
				if (validation.kind === "number")
					expect(held?.args).toEqual([validation.minimum]);
				if (validation.kind === "list")
					expect(held?.args[0]).toEqual(validation.values);
				// Each cell's formula names that cell, the whole column anchored.
				if (validation.kind === "unique") {
					const own = `$${letters(column + 1)}${row + 1}`;
					const names = `$${letters(column + 1)}$${area.row + 1}:$${letters(column + 1)}$${area.row + area.rows}`;
					expect(held?.args).toEqual([
						`=NOT(AND(TRIM(${own})<>"",SUMPRODUCT((TRIM(${names})=TRIM(${own}))*1)>1))`,
					]);
				}
			}
		},
	);
});
