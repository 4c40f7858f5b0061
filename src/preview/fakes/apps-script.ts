// The Apps Script types the fake stands in for (from @types/google-apps-script), under short names.

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
