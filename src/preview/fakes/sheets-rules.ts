// Every rule of Google Sheets the fake enforces, with the page of Google's documentation it follows.
// The README's testing section lists the same table; a test keeps the two in step.

export interface SheetsRule {
	/** What the fake refuses or reproduces, in a sentence. */
	readonly rule: string;
	/** The Apps Script reference or Sheets help page it follows. */
	readonly source: string;
}

const REFERENCE = "https://developers.google.com/apps-script/reference";

export const sheetsRules = {
	shape: {
		rule: "setValues, setNumberFormats, setFontWeights and setDataValidations take an array of exactly the range's rows and columns",
		source: `${REFERENCE}/spreadsheet/range#setValues(Object)`,
	},
	cellLength: {
		rule: "A cell holds at most 50,000 characters",
		source: "https://support.google.com/drive/answer/37603",
	},
	typedText: {
		rule: "setValues reads text as if typed: numbers, percents, dates and TRUE/FALSE become values, except in a plain-text (@) cell or after a leading apostrophe",
		source: "https://support.google.com/docs/answer/56470",
	},
	numberFormat: {
		rule: "A number format is a pattern Sheets accepts: digit, date, text and quoted parts, at most four sections",
		source: "https://developers.google.com/sheets/api/guides/formats",
	},
	bounds: {
		rule: "A range lies inside the sheet; a new sheet has 1000 rows and 26 columns, insertRowsAfter and insertColumnsAfter grow it",
		source: `${REFERENCE}/spreadsheet/sheet#insertRowsAfter(Integer,Integer)`,
	},
	sheetName: {
		rule: "A tab name is not empty, at most 100 characters, and unlike every other tab's name in any case",
		source: `${REFERENCE}/spreadsheet/spreadsheet#insertSheet(String,Integer)`,
	},
	frozenRows: {
		rule: "setFrozenRows takes 0 up to one less than the sheet's rows",
		source: `${REFERENCE}/spreadsheet/sheet#setFrozenRows(Integer)`,
	},
	ruleFormula: {
		rule: "A conditional-format or validation custom formula starts with = and refers to its own sheet only (another sheet needs INDIRECT)",
		source: "https://support.google.com/docs/answer/78413",
	},
	ruleReadBack: {
		rule: "A rule without a formula (colour scale, text contains…) reads back with no boolean condition or a normalised criterion",
		source: `${REFERENCE}/spreadsheet/conditional-format-rule#getBooleanCondition()`,
	},
	rejectInput: {
		rule: "A person's entry that a custom-formula validation rejecting input finds false is refused, with the validation's help text; clearing a cell is not",
		source: "https://support.google.com/docs/answer/186103",
	},
	sheetProtect: {
		rule: "Sheet.protect() on a protected sheet hands back its protection",
		source: `${REFERENCE}/spreadsheet/sheet#protect()`,
	},
	protectionType: {
		rule: "getProtections takes ProtectionType.RANGE or SHEET only",
		source: `${REFERENCE}/spreadsheet/sheet#getProtections(ProtectionType)`,
	},
	unprotectedRanges: {
		rule: "setUnprotectedRanges only on a sheet protection, with ranges of that sheet",
		source: `${REFERENCE}/spreadsheet/protection#setUnprotectedRanges(Range)`,
	},
	sheetProtectionRange: {
		rule: "A sheet protection covers the whole sheet, rows inserted after it was made included",
		source: `${REFERENCE}/spreadsheet/protection#getRange()`,
	},
	warningOnly: {
		rule: "A warning-only protection has no editor list: adding editors to it is refused",
		source: `${REFERENCE}/spreadsheet/protection#setWarningOnly(Boolean)`,
	},
	propertySize: {
		rule: "A property value is at most 9 KB, counted in bytes of UTF-8",
		source: "https://developers.google.com/apps-script/guides/services/quotas",
	},
	lockWait: {
		rule: "tryLock waits up to its timeout for another execution to release the lock",
		source: `${REFERENCE}/lock/lock#tryLock(Integer)`,
	},
	lockFlush: {
		rule: "Writes wait until a read or flush sends them; releasing the lock with writes unsent is counted",
		source: `${REFERENCE}/lock/lock#releaseLock()`,
	},
	dates: {
		rule: "A date cell reaches a custom function as midnight in the spreadsheet's time zone, whatever the script's",
		source:
			"https://developers.google.com/apps-script/guides/sheets/functions#data_types",
	},
} as const satisfies Record<string, SheetsRule>;

export type SheetsRuleKey = keyof typeof sheetsRules;
