// Where the fakes meet the real Apps Script interfaces: the only casts between the two.

import type { FakeRule } from "./conditional-format";
import type { FakeProtection } from "./protection";
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";

export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GProtection = GoogleAppsScript.Spreadsheet.Protection;
export type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
export type GDataValidationBuilder =
	GoogleAppsScript.Spreadsheet.DataValidationBuilder;
export type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
export type GRuleBuilder =
	GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
export type GBooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
export type GProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

export const asRange = (range: FakeRange): GRange => range as unknown as GRange;
export const asSheet = (sheet: FakeSheet): GSheet => sheet as unknown as GSheet;
export const asProtection = (protection: FakeProtection): GProtection =>
	protection as unknown as GProtection;
export const asRule = (rule: FakeRule): GRule => rule as unknown as GRule;
