// Which conditional-format rules on a sheet are ours: the same formula, however Sheets re-spaces or re-cases it, on
// the same ranges. A person's rule with our formula on another range stays.

import { describe, expect, it } from "vitest";
import { area } from "../../src/plan/a1";
import type { ConditionalRule } from "../../src/plan/types";
import { addSheet } from "../../src/preview/fakes/person";
import { install } from "../../src/preview/fakes/services";
import { mergedRules, readFormatRules } from "../../src/sheets/rules";

describe("our previous rules among the person's", () => {
	const ours: ConditionalRule = {
		area: area(4, 0, 50, 10),
		formula: '=AND($A5<>"",$B5="")',
		color: "red",
	};

	function sheetWith(rules: readonly [string, string][]) {
		const fakes = install();
		const sheet = addSheet(fakes.spreadsheet, "Pipeline");
		sheet.setConditionalFormatRules(
			rules.map(([formula, a1]) =>
				SpreadsheetApp.newConditionalFormatRule()
					.whenFormulaSatisfied(formula)
					.setBackground("#f4c7c3")
					.setRanges([sheet.getRange(a1)])
					.build(),
			),
		);
		return readFormatRules(
			sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet,
		);
	}
	/** The ranges of the rules the sheet should end with; null (nothing to change) fails. */
	const rangesOf = (
		rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] | null,
	) => {
		expect(rules).not.toBeNull();
		return (rules ?? []).map((rule) =>
			rule
				.getRanges()
				.map((range) => range.getA1Notation())
				.join(","),
		);
	};

	it.each(['=and( $a5<>"" , $b5="" )', '= AND($A5 <> "", $B5 = "")'])(
		"recognises ours stored as %s, re-spaced and re-cased, and takes it off",
		(stored) => {
			const existing = sheetWith([[stored, "A5:J54"]]);
			expect(rangesOf(mergedRules(existing, [ours], [], []))).toEqual([]);
			const respaced = { ...ours, formula: '=and( $a5<>"", $b5="")' };
			expect(rangesOf(mergedRules(existing, [respaced], [], []))).toEqual([]);
		},
	);

	it("keeps the person's rule with our formula on another range", () => {
		const existing = sheetWith([
			['=AND($A5<>"",$B5="")', "A5:J54"],
			['=AND($A5<>"",$B5="")', "L5:L20"],
		]);
		expect(rangesOf(mergedRules(existing, [ours], [], []))).toEqual(["L5:L20"]);
	});
});
