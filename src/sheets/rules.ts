// Conditional-format rules: ours are built here, and merged with the person's own, since setConditionalFormatRules replaces all.

import { a1Notation as a1 } from "../plan/a1";
import type { AlertColor, ConditionalRule } from "../plan/types";

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type FormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const COLORS: Record<AlertColor, { background: string; font: string }> = {
	red: { background: "#f4c7c3", font: "#a50e0e" },
	amber: { background: "#fce8b2", font: "#7a4f01" },
	green: { background: "#b7e1cd", font: "#0d652d" },
};

const formulaOf = (rule: ConditionalRule): string =>
	rule.formula.startsWith("=") ? rule.formula : `=${rule.formula}`;

/** Sheets may re-space or re-case a formula when it stores it: compare without either. */
function fingerprint(formula: string, ranges: readonly string[]): string {
	return `${formula.replace(/\s+/g, "").toUpperCase()}@${ranges.join(",").toUpperCase()}`;
}

export const ruleFingerprint = (rule: ConditionalRule): string =>
	fingerprint(formulaOf(rule), [a1(rule.area)]);

export function buildRule(rule: ConditionalRule, range: Range): FormatRule {
	const color = COLORS[rule.color];
	return SpreadsheetApp.newConditionalFormatRule()
		.whenFormulaSatisfied(formulaOf(rule))
		.setBackground(color.background)
		.setFontColor(color.font)
		.setRanges([range])
		.build();
}

/** A rule already on a sheet, with what identifies it (null for a rule without a formula, e.g. a colour scale). */
export interface ExistingRule {
	readonly rule: FormatRule;
	readonly print: string | null;
}

/**
 * Colour scales have no boolean condition, and only custom-formula conditions can be ours. (Reading any other
 * criterion as a formula would change nothing: Sheets stores it normalised, never starting with "=" as ours do.)
 */
function existingFingerprint(rule: FormatRule): string | null {
	const condition = rule.getBooleanCondition();
	if (
		!condition ||
		condition.getCriteriaType() !==
			SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA
	)
		return null;
	const formula = condition.getCriteriaValues()[0];
	if (typeof formula !== "string") return null;
	return fingerprint(
		formula,
		rule.getRanges().map((range) => range.getA1Notation()),
	);
}

/** Reads a sheet's conditional-format rules once, before any write, with what the merge needs of each. */
export function readFormatRules(sheet: Sheet): ExistingRule[] {
	return sheet
		.getConditionalFormatRules()
		.map((rule) => ({ rule, print: existingFingerprint(rule) }));
}

/**
 * The rules a sheet that may hold the person's rules should end with: every rule that is not one we wrote before
 * (`previous`) nor identical to one we write now, then ours. Null when that is what the sheet already holds.
 */
export function mergedRules(
	existing: readonly ExistingRule[],
	previous: readonly ConditionalRule[],
	ours: readonly FormatRule[],
	oursPlan: readonly ConditionalRule[],
): FormatRule[] | null {
	const mine = new Set([...previous, ...oursPlan].map(ruleFingerprint));
	const kept = existing.filter(
		({ print }) => print === null || !mine.has(print),
	);
	if (kept.length === existing.length && ours.length === 0) return null;
	return [...kept.map(({ rule }) => rule), ...ours];
}
