// Writes one Tab on one Sheet in batched calls: one Range for the whole grid, one call per kind of content.

import { a1Notation as a1 } from "../plan/a1";
import type {
	Area,
	ConditionalRule,
	Language,
	Tab,
	TabKey,
	Validation,
} from "../plan/types";
import { uniqueNameFormula } from "../plan/unique-names";
import { chartAreas, writeCharts } from "./charts";
import { complement, gridOf, mergeAreas, widthRuns } from "./layout";
import { buildRule, mergedRules } from "./rules";
import type { SheetState } from "./sheet-state";

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** A new sheet's columns are 100 px wide: setting that width again would be a wasted call. */
const DEFAULT_WIDTH = 100;
export const PROTECTION_DESCRIPTIONS: Record<Language, string> = {
	en: "Sales plan: headers and formulas. You can edit them, but the plan's totals depend on them.",
	fr: "Plan commercial : en-têtes et formules. Modifiable, mais les totaux du plan en dépendent.",
};

const HELP: Record<Language, Record<Validation["kind"], string>> = {
	en: {
		list: "Pick a value from the list.",
		range: "Pick a value from the list (it comes from the Settings tab).",
		date: "Enter a date.",
		percent: "Enter a percentage between 0% and 100%.",
		number: "Enter a number.",
		unique: "This name is already in the list (case and spaces aside).",
	},
	fr: {
		list: "Choisissez une valeur dans la liste.",
		range:
			"Choisissez une valeur dans la liste (elle vient de l'onglet Paramètres).",
		date: "Saisissez une date.",
		percent: "Saisissez un pourcentage entre 0 % et 100 %.",
		number: "Saisissez un nombre.",
		unique: "Ce nom figure déjà dans la liste (casse et espaces mis à part).",
	},
};

export interface WriteContext {
	/** True for a sheet inserted by this run: nothing to keep, defaults need no call. */
	readonly fresh: boolean;
	/** The sheet as read before the plan's first write: nothing here reads it again. */
	readonly state: SheetState;
	readonly language: Language;
	/** The Range a "range" validation draws its choices from; null if that tab is not in the spreadsheet. */
	readonly sourceRange: (tab: TabKey, area: Area) => Range | null;
	/** Rules this add-in wrote on this sheet before, to replace rather than duplicate. */
	readonly previousRules: readonly ConditionalRule[];
	/** Areas other tabs' dropdowns draw their choices from: kept as text, like the dropdowns themselves. */
	readonly textAreas?: readonly Area[];
	/** Built validations shared across the plan's tabs, by what they require: the same dropdown is built once. */
	readonly validations?: Map<string, DataValidation | null>;
}

/**
 * A validation as Sheets builds it for a cell on `row` (0-based) of its area. A "unique" one carries that cell's own
 * formula: each cell of setDataValidations holds its rule alone, so the reference must be to the cell itself.
 */
function buildValidation(
	validation: Validation,
	context: WriteContext,
	row: number,
): DataValidation | null {
	const builder = SpreadsheetApp.newDataValidation();
	// Lists, dates and percentages reject bad input: a typo there silently breaks the funnel and forecast formulas.
	// Plain numbers only warn: a negative correction or an estimate outside the usual range is sometimes right.
	let allowInvalid = false;
	switch (validation.kind) {
		case "list":
			builder.requireValueInList([...validation.values], true);
			break;
		case "range": {
			const source = context.sourceRange(validation.tab, validation.source);
			if (!source) return null;
			builder.requireValueInRange(source, true);
			break;
		}
		case "date":
			builder.requireDate();
			break;
		case "percent":
			builder.requireNumberBetween(0, 1);
			break;
		case "number":
			builder.requireNumberGreaterThanOrEqualTo(validation.minimum);
			allowInvalid = true;
			break;
		case "unique":
			builder.requireFormulaSatisfied(uniqueNameFormula(validation.area, row));
			break;
	}
	return builder
		.setAllowInvalid(allowInvalid)
		.setHelpText(HELP[context.language][validation.kind])
		.build();
}

/** Ranges for several areas in two calls (getRangeList + getRanges) instead of one getRange each. */
function rangesOf(sheet: Sheet, areas: readonly Area[]): Range[] {
	if (areas.length === 0) return [];
	const notations = areas.map(a1);
	if (notations.length === 1) return [sheet.getRange(notations[0] as string)];
	return sheet.getRangeList(notations).getRanges();
}

export interface TabWritten {
	readonly rules: readonly ConditionalRule[];
}

export function writeTab(
	sheet: Sheet,
	tab: Tab,
	context: WriteContext,
): TabWritten {
	const grid = gridOf(tab, context.textAreas);
	const state = grow(sheet, context.state, grid.rows, grid.columns);
	const protection = protectionPlan(tab, state);
	// The grid's range comes in the same fetch as the rules', protections' and charts' ranges.
	const [range, ...ranges] = rangesOf(sheet, [
		{ row: 0, column: 0, rows: grid.rows, columns: grid.columns },
		...tab.rules.map((rule) => rule.area),
		...protection.areas,
		...chartAreas(tab),
	]) as [Range, ...Range[]];
	// Formats first: a plain-text cell keeps the text written next, where an Automatic one would read "1" as 1.
	if (grid.formats) range.setNumberFormats(grid.formats);
	range.setValues(grid.values);
	if (grid.weights) range.setFontWeights(grid.weights);
	if (grid.validations) {
		const built =
			context.validations ?? new Map<string, DataValidation | null>();
		const keys = new Map<Validation, string>();
		const matrix = grid.validations.map((line, row) =>
			line.map((validation) => {
				if (!validation) return null;
				let key = keys.get(validation);
				if (key === undefined) {
					const { area: _, ...requirement } = validation;
					key = JSON.stringify(requirement);
					keys.set(validation, key);
				}
				// A unique-name rule differs from cell to cell: its formula names the cell.
				const cellKey =
					validation.kind === "unique"
						? `${key}@${validation.area.column},${row}`
						: key;
				if (!built.has(cellKey))
					built.set(cellKey, buildValidation(validation, context, row));
				return built.get(cellKey) ?? null;
			}),
		);
		range.setDataValidations(matrix);
	}

	const rules = tab.rules.map((rule, i) => buildRule(rule, ranges[i] as Range));
	const merged = context.fresh
		? rules
		: mergedRules(state.rules, context.previousRules, rules, tab.rules);
	// A new sheet has no rules to clear; an existing one may need ours of an earlier run taken off.
	if (merged && (merged.length > 0 || !context.fresh))
		sheet.setConditionalFormatRules(merged);

	if (tab.frozenRows > 0 || !context.fresh) sheet.setFrozenRows(tab.frozenRows);
	for (const run of widthRuns(
		tab.columnWidths,
		context.fresh ? DEFAULT_WIDTH : undefined,
	)) {
		sheet.setColumnWidths(run.start, run.count, run.width);
	}
	const description = PROTECTION_DESCRIPTIONS[context.language];
	const chartsFrom = tab.rules.length + protection.areas.length;
	const protectionRanges = ranges.slice(tab.rules.length, chartsFrom);
	if (protection.wholeSheet) {
		const whole = sheet
			.protect()
			.setWarningOnly(true)
			.setDescription(description);
		if (protectionRanges.length > 0)
			whole.setUnprotectedRanges(protectionRanges);
	} else {
		for (const protectedRange of protectionRanges)
			protectedRange.protect().setWarningOnly(true).setDescription(description);
	}
	writeCharts(sheet, tab, ranges.slice(chartsFrom), context.state.charts);
	return { rules: tab.rules };
}

/** A sheet smaller than the tab's grid gets the rows and columns it lacks, added at its end. */
function grow(
	sheet: Sheet,
	state: SheetState,
	rows: number,
	columns: number,
): SheetState {
	if (state.rows < rows) sheet.insertRowsAfter(state.rows, rows - state.rows);
	if (state.columns < columns)
		sheet.insertColumnsAfter(state.columns, columns - state.columns);
	return {
		...state,
		rows: Math.max(state.rows, rows),
		columns: Math.max(state.columns, columns),
	};
}

const fetchCost = (count: number): number =>
	count === 0 ? 0 : count === 1 ? 1 : 2;

/**
 * Protects the areas one by one (protect + setWarningOnly + setDescription each), or protects the whole sheet and
 * unprotects the rest (4 calls whatever the count): whichever takes fewer calls. The rest is computed from the sheet's
 * real size; a sheet someone else protected keeps their protection, so ours go on ranges.
 */
function protectionPlan(
	tab: Tab,
	state: SheetState,
): { wholeSheet: boolean; areas: readonly Area[] } {
	const areas = mergeAreas(tab.protectedAreas);
	if (state.foreignSheetProtection || areas.length === 0)
		return { wholeSheet: false, areas };
	const rest = complement(areas, state.rows, state.columns);
	// The grid's range, the rules' and the charts' are fetched along with the protections' ranges.
	const r = 1 + tab.rules.length + chartAreas(tab).length;
	const oneByOne = fetchCost(r + areas.length) + 3 * areas.length;
	const whole = fetchCost(r + rest.length) + 3 + (rest.length > 0 ? 1 : 0);
	return whole < oneByOne
		? { wholeSheet: true, areas: rest }
		: { wholeSheet: false, areas };
}

/** The descriptions that mark a protection as this add-in's. */
export const OUR_DESCRIPTIONS: ReadonlySet<string> = new Set(
	Object.values(PROTECTION_DESCRIPTIONS),
);

/** Removes the warning-only protections this add-in put on a sheet, recognised by their description. */
export function removeOurProtections(sheet: Sheet): void {
	const ours = OUR_DESCRIPTIONS;
	const types = SpreadsheetApp.ProtectionType;
	for (const protection of [
		...sheet.getProtections(types.RANGE),
		...sheet.getProtections(types.SHEET),
	]) {
		if (ours.has(protection.getDescription())) protection.remove();
	}
}
