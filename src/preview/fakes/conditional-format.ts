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

export class FakeBooleanCondition
	implements Pick<GBooleanCondition, "getCriteriaValues">
{
	constructor(
		private readonly log: CallLog,
		readonly formula: string,
		readonly background: string | null,
		readonly fontColor: string | null,
	) {}
	getCriteriaValues(): unknown[] {
		this.log.record("other", "BooleanCondition.getCriteriaValues");
		return [this.formula];
	}
}

export class FakeRule
	implements Pick<GRule, "getBooleanCondition" | "getRanges">
{
	constructor(
		private readonly log: CallLog,
		readonly condition: FakeBooleanCondition,
		readonly ranges: readonly FakeRange[],
	) {}
	get formula(): string {
		return this.condition.formula;
	}
	get background(): string | null {
		return this.condition.background;
	}
	get fontColor(): string | null {
		return this.condition.fontColor;
	}
	get a1(): string[] {
		return this.ranges.map((r) => r.a1);
	}
	getBooleanCondition(): GBooleanCondition {
		this.log.record("other", "ConditionalFormatRule.getBooleanCondition");
		return this.condition as unknown as GBooleanCondition;
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
	private ranges: FakeRange[] = [];
	constructor(private readonly log: CallLog) {}
	private step(method: string): GRuleBuilder {
		this.log.record("builder", `ConditionalFormatRuleBuilder.${method}`);
		return this as unknown as GRuleBuilder;
	}
	whenFormulaSatisfied(formula: string): GRuleBuilder {
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
					this.formula,
					this.background,
					this.fontColor,
				),
				this.ranges,
			),
		);
	}
}
