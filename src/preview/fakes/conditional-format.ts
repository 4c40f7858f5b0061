// The fake's conditional-format rules, their boolean conditions and their builder (SpreadsheetApp.newConditionalFormatRule).

import {
	asRange,
	asRule,
	type GBooleanCondition,
	type GRange,
	type GRule,
	type GRuleBuilder,
} from "./boundary";
import type { CallLog } from "./calls";
import type { FakeRange } from "./range";

/** SpreadsheetApp.BooleanCriteria, the values the fake's rules use. */
export const FakeBooleanCriteria = {
	CUSTOM_FORMULA: "CUSTOM_FORMULA",
	TEXT_CONTAINS: "TEXT_CONTAINS",
	NUMBER_GREATER_THAN: "NUMBER_GREATER_THAN",
} as const;
type Criteria = (typeof FakeBooleanCriteria)[keyof typeof FakeBooleanCriteria];

export class FakeBooleanCondition
	implements Pick<GBooleanCondition, "getCriteriaValues" | "getCriteriaType">
{
	constructor(
		private readonly log: CallLog,
		readonly criteria: Criteria,
		readonly values: readonly unknown[],
		readonly background: string | null,
		readonly fontColor: string | null,
	) {}
	/** The custom formula, "" for other criteria. */
	get formula(): string {
		return this.criteria === "CUSTOM_FORMULA" ? String(this.values[0]) : "";
	}
	getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
		this.log.record("other", "BooleanCondition.getCriteriaType");
		return this
			.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
	}
	getCriteriaValues(): unknown[] {
		this.log.record("other", "BooleanCondition.getCriteriaValues");
		return [...this.values];
	}
}

export class FakeRule
	implements Pick<GRule, "getBooleanCondition" | "getRanges">
{
	constructor(
		private readonly log: CallLog,
		/** Null for a colour scale, which has a gradient condition instead, as in Sheets. */
		readonly condition: FakeBooleanCondition | null,
		readonly ranges: readonly FakeRange[],
	) {}
	get formula(): string {
		return this.condition?.formula ?? "";
	}
	get background(): string | null {
		return this.condition?.background ?? null;
	}
	get fontColor(): string | null {
		return this.condition?.fontColor ?? null;
	}
	get a1(): string[] {
		return this.ranges.map((r) => r.a1);
	}
	getBooleanCondition(): GBooleanCondition | null {
		this.log.record("other", "ConditionalFormatRule.getBooleanCondition");
		return this.condition as unknown as GBooleanCondition | null;
	}
	getRanges(): GRange[] {
		this.log.record("other", "ConditionalFormatRule.getRanges");
		return this.ranges.map(asRange);
	}
}

/**
 * Sheets' help: a custom formula starts with "=" and may only refer to its own sheet; others need INDIRECT.
 * Without a sheet name, only the "=" is checked (the builder does not know the sheet yet).
 */
export function checkRuleFormula(formula: string, sheetName?: string): void {
	if (!formula.startsWith("="))
		throw new Error(
			`Invalid formula "${formula}": a custom formula must start with "=".`,
		);
	if (sheetName === undefined) return;
	const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
	for (const match of outsideStrings.matchAll(
		/(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!/g,
	)) {
		const name = (match[1] ?? match[2] ?? "").replaceAll("''", "'");
		if (name.toLowerCase() !== sheetName.toLowerCase())
			throw new Error(
				`Invalid formula "${formula}": it refers to sheet "${name}"; a rule can only refer to its own sheet (use INDIRECT).`,
			);
	}
}

export class FakeRuleBuilder
	implements
		Pick<
			GRuleBuilder,
			| "whenFormulaSatisfied"
			| "setBackground"
			| "setFontColor"
			| "setRanges"
			| "build"
		>
{
	private formula = "";
	private background: string | null = null;
	private fontColor: string | null = null;
	private ranges: FakeRange[] = [];
	constructor(private readonly log: CallLog) {}
	private step(method: string): GRuleBuilder {
		this.log.record("builder", `ConditionalFormatRuleBuilder.${method}`);
		return this as unknown as GRuleBuilder;
	}
	whenFormulaSatisfied(formula: string): GRuleBuilder {
		checkRuleFormula(formula);
		this.formula = formula;
		return this.step("whenFormulaSatisfied");
	}
	setBackground(color: string | null): GRuleBuilder {
		this.background = color;
		return this.step("setBackground");
	}
	setFontColor(color: string | null): GRuleBuilder {
		this.fontColor = color;
		return this.step("setFontColor");
	}
	setRanges(ranges: GRange[]): GRuleBuilder {
		this.ranges = ranges as unknown as FakeRange[];
		return this.step("setRanges");
	}
	build(): GRule {
		this.log.record("builder", "ConditionalFormatRuleBuilder.build");
		return asRule(
			new FakeRule(
				this.log,
				new FakeBooleanCondition(
					this.log,
					"CUSTOM_FORMULA",
					[this.formula],
					this.background,
					this.fontColor,
				),
				this.ranges,
			),
		);
	}
}
