// The fake's data validations and their builder (SpreadsheetApp.newDataValidation).

import type {
	GDataValidation,
	GDataValidationBuilder,
	GRange,
} from "./apps-script";
import type { CallLog } from "./calls";
import { checkRuleFormula } from "./custom-formula";

export class FakeDataValidation {
	constructor(
		readonly criteria: string,
		readonly args: readonly unknown[],
		readonly allowInvalid: boolean,
		readonly helpText: string,
	) {}
}

export class FakeDataValidationBuilder
	implements
		Pick<
			GDataValidationBuilder,
			| "requireValueInList"
			| "requireValueInRange"
			| "requireDate"
			| "requireNumberBetween"
			| "requireNumberGreaterThanOrEqualTo"
			| "requireFormulaSatisfied"
			| "setAllowInvalid"
			| "setHelpText"
			| "build"
		>
{
	private criteria = "";
	private args: unknown[] = [];
	private allowInvalid = true;
	private helpText = "";
	constructor(private readonly log: CallLog) {}
	private step(method: string): GDataValidationBuilder {
		this.log.record("builder", `DataValidationBuilder.${method}`);
		return this as unknown as GDataValidationBuilder;
	}
	requireValueInList(
		values: string[],
		showDropdown?: boolean,
	): GDataValidationBuilder {
		this.criteria = "VALUE_IN_LIST";
		this.args = [values, showDropdown ?? true];
		return this.step("requireValueInList");
	}
	requireValueInRange(
		range: GRange,
		showDropdown?: boolean,
	): GDataValidationBuilder {
		this.criteria = "VALUE_IN_RANGE";
		this.args = [range, showDropdown ?? true];
		return this.step("requireValueInRange");
	}
	requireDate(): GDataValidationBuilder {
		this.criteria = "DATE_IS_VALID_DATE";
		this.args = [];
		return this.step("requireDate");
	}
	requireNumberBetween(start: number, end: number): GDataValidationBuilder {
		this.criteria = "NUMBER_BETWEEN";
		this.args = [start, end];
		return this.step("requireNumberBetween");
	}
	requireNumberGreaterThanOrEqualTo(number: number): GDataValidationBuilder {
		this.criteria = "NUMBER_GREATER_THAN_OR_EQUAL_TO";
		this.args = [number];
		return this.step("requireNumberGreaterThanOrEqualTo");
	}
	/** The formula must start with "=" (Sheets' help); its references are checked when it is set on a range. */
	requireFormulaSatisfied(formula: string): GDataValidationBuilder {
		checkRuleFormula(formula);
		this.criteria = "CUSTOM_FORMULA";
		this.args = [formula];
		return this.step("requireFormulaSatisfied");
	}
	setAllowInvalid(allowInvalidData: boolean): GDataValidationBuilder {
		this.allowInvalid = allowInvalidData;
		return this.step("setAllowInvalid");
	}
	setHelpText(helpText: string): GDataValidationBuilder {
		this.helpText = helpText;
		return this.step("setHelpText");
	}
	build(): GDataValidation {
		this.log.record("builder", "DataValidationBuilder.build");
		return new FakeDataValidation(
			this.criteria,
			this.args,
			this.allowInvalid,
			this.helpText,
		) as unknown as GDataValidation;
	}
}
