// The fake's conditional-format rules, their boolean conditions and their builder (SpreadsheetApp.newConditionalFormatRule).

import type {
	GBooleanCondition,
	GRange,
	GRule,
	GRuleBuilder,
} from "./apps-script";
import { asRange, asRule } from "./boundary";
import type { CallLog } from "./calls";
import { checkRuleFormula } from "./custom-formula";
import type { RangeModel, RuleModel } from "./models";

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
	implements Pick<GRule, "getBooleanCondition" | "getRanges">, RuleModel
{
	constructor(
		private readonly log: CallLog,
		/** Null for a colour scale, which has a gradient condition instead, as in Sheets. */
		readonly condition: FakeBooleanCondition | null,
		readonly ranges: readonly RangeModel[],
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
	alsoCovering(range: RangeModel): FakeRule {
		return new FakeRule(this.log, this.condition, [...this.ranges, range]);
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
	private ranges: RangeModel[] = [];
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
		this.ranges = ranges as unknown as RangeModel[];
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
