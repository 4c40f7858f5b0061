// An in-memory SpreadsheetApp: the parts the add-in uses, typed against @types/google-apps-script, counting every call.
// The tests use it, and so does the local preview (src/preview), which runs the add-in's server code against it.
// Each service lives in its own file (range, sheet, protection, validation, conditional-format); what a person does
// outside Apps Script (typing, selecting, adding a tab) is in person.ts.

import type {
	GDataValidationBuilder,
	GRange,
	GRuleBuilder,
	GSheet,
	GSpreadsheet,
} from "./apps-script";
import { asRange, asSheet } from "./boundary";
import type { CallLog } from "./calls";
import { FakeBooleanCriteria, FakeRuleBuilder } from "./conditional-format";
import type { SpreadsheetModel } from "./models";
import { FakeProtectionType } from "./protection";
import type { FakeRange } from "./range";
import { checkSheetName, FakeSheet } from "./sheet";
import { FakeDataValidationBuilder } from "./validation";

export class FakeSpreadsheet
	implements
		Pick<
			GSpreadsheet,
			| "getSheets"
			| "getSheetByName"
			| "getSheetById"
			| "getNumSheets"
			| "insertSheet"
			| "deleteSheet"
			| "setActiveSheet"
			| "getActiveSheet"
			| "getActiveRange"
			| "getSpreadsheetLocale"
			| "getSpreadsheetTimeZone"
		>,
		SpreadsheetModel
{
	sheets: FakeSheet[] = [];
	locale = "en_US";
	/** A new spreadsheet's zone follows its owner's settings; the date cells reach custom functions in it. */
	timeZone = "Europe/Paris";
	active: FakeSheet | undefined;
	activeRange: FakeRange | undefined;
	/** Sheet ids as Sheets hands them out: 0 for the first sheet, large unrelated numbers after. */
	private nextId = 0;
	newSheetId(): number {
		return this.nextId === 0 ? this.nextId++ : 1000 + this.nextId++ * 7919;
	}

	constructor(readonly log: CallLog) {}

	private call(method: string): void {
		this.log.record("document", `Spreadsheet.${method}`);
	}

	getSheets(): GSheet[] {
		this.call("getSheets");
		return this.sheets.map(asSheet);
	}
	getSheetByName(name: string): GSheet | null {
		this.call("getSheetByName");
		const sheet = this.sheets.find(
			(s) => s.name.toLowerCase() === name.toLowerCase(),
		);
		return sheet ? asSheet(sheet) : null;
	}
	getSheetById(id: number): GSheet | null {
		this.call("getSheetById");
		const sheet = this.sheets.find((s) => s.id === id);
		return sheet ? asSheet(sheet) : null;
	}
	getNumSheets(): number {
		this.call("getNumSheets");
		return this.sheets.length;
	}
	insertSheet(...args: unknown[]): GSheet {
		this.call("insertSheet");
		const name =
			typeof args[0] === "string" ? args[0] : `Sheet${this.sheets.length + 1}`;
		const index = typeof args[0] === "string" ? args[1] : args[0];
		checkSheetName(name, this.sheets);
		const sheet = new FakeSheet(this.log, name, this.newSheetId());
		sheet.spreadsheet = this;
		this.sheets.splice(
			typeof index === "number" ? index : this.sheets.length,
			0,
			sheet,
		);
		this.active = sheet;
		return asSheet(sheet);
	}
	deleteSheet(sheet: GSheet): void {
		this.call("deleteSheet");
		this.sheets = this.sheets.filter(
			(s) => s !== (sheet as unknown as FakeSheet),
		);
	}
	setActiveSheet(sheet: GSheet): GSheet {
		this.call("setActiveSheet");
		this.active = sheet as unknown as FakeSheet;
		return sheet;
	}
	getActiveSheet(): GSheet {
		this.call("getActiveSheet");
		return asSheet(this.active as FakeSheet);
	}
	getActiveRange(): GRange | null {
		this.call("getActiveRange");
		return this.activeRange ? asRange(this.activeRange) : null;
	}
	getSpreadsheetTimeZone(): string {
		this.call("getSpreadsheetTimeZone");
		return this.timeZone;
	}
	getSpreadsheetLocale(): string {
		this.call("getSpreadsheetLocale");
		return this.locale;
	}
}

export class FakeSpreadsheetApp
	implements
		Pick<
			GoogleAppsScript.Spreadsheet.SpreadsheetApp,
			| "getActiveSpreadsheet"
			| "flush"
			| "newDataValidation"
			| "newConditionalFormatRule"
			| "ProtectionType"
			| "BooleanCriteria"
		>
{
	readonly ProtectionType = FakeProtectionType;
	readonly BooleanCriteria =
		FakeBooleanCriteria as unknown as typeof GoogleAppsScript.Spreadsheet.BooleanCriteria;
	constructor(
		private readonly log: CallLog,
		readonly spreadsheet: FakeSpreadsheet,
	) {}
	getActiveSpreadsheet(): GSpreadsheet {
		this.log.record("document", "SpreadsheetApp.getActiveSpreadsheet");
		return this.spreadsheet as unknown as GSpreadsheet;
	}
	/** Sends the pending writes: the next read no longer waits for them. */
	flush(): void {
		this.log.record("document", "SpreadsheetApp.flush");
	}
	newDataValidation(): GDataValidationBuilder {
		this.log.record("builder", "SpreadsheetApp.newDataValidation");
		return new FakeDataValidationBuilder(
			this.log,
		) as unknown as GDataValidationBuilder;
	}
	newConditionalFormatRule(): GRuleBuilder {
		this.log.record("builder", "SpreadsheetApp.newConditionalFormatRule");
		return new FakeRuleBuilder(this.log) as unknown as GRuleBuilder;
	}
}
