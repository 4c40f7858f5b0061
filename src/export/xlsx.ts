// Writes a Plan as an .xlsx workbook with exceljs: native formulas only, formats, frozen headers, dropdowns, alert colours and charts.

import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { columnLetter, quoteSheet, range } from "../plan/a1";
import type {
	AlertColor,
	Area,
	Cell,
	Language,
	Plan,
	Tab,
	TabKey,
	Validation,
} from "../plan/types";
import { uniqueNameFormula } from "../plan/unique-names";
import type { ComputedTab } from "../workbook/compute-plan";
import { nativeCells, nativeFormula } from "./native-formulas";
import { type RunStart, sharedFormulaRuns } from "./shared-formulas";
import { addCharts } from "./xlsx-charts";

/** The same colours as the Sheets add-in's rules (src/sheets/rules.ts). */
const COLORS: Record<AlertColor, { background: string; font: string }> = {
	red: { background: "FFF4C7C3", font: "FFA50E0E" },
	amber: { background: "FFFCE8B2", font: "FF7A4F01" },
	green: { background: "FFB7E1CD", font: "FF0D652D" },
};

/** Where dropdown lists too long or too awkward for an inline list go. */
export const LISTS_SHEET = "Lists";
/** Excel rejects an inline list longer than this, separators and quotes included. */
const INLINE_LIST_LIMIT = 255;
/** Excel's column width counts characters of the default font, about 7 pixels each. */
const PIXELS_PER_CHARACTER = 7;
/** exceljs writes a date validation's bounds from Date objects, counted in UTC. */
const serialDate = (serial: number): Date =>
	new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
const FIRST_DATE = serialDate(1); // 1900-01-01
const LAST_DATE = serialDate(2_958_465); // 9999-12-31

const MESSAGES: Record<
	Language,
	Record<"date" | "percent" | "number" | "unique", string>
> = {
	en: {
		date: "Enter a date.",
		percent: "Enter a percentage between 0% and 100%.",
		number: "Enter a number.",
		unique: "This name is already in the list (case and spaces aside).",
	},
	fr: {
		date: "Saisissez une date.",
		percent: "Saisissez un pourcentage entre 0 % et 100 %.",
		number: "Saisissez un nombre.",
		unique: "Ce nom figure déjà dans la liste (casse et espaces mis à part).",
	},
};

const excelArea = (area: Area): string =>
	area.rows === 1 && area.columns === 1
		? (range(area).split(":")[0] as string)
		: range(area);

function forEachCell(
	area: Area,
	visit: (row: number, column: number) => void,
): void {
	for (let r = area.row; r < area.row + area.rows; r++)
		for (let c = area.column; c < area.column + area.columns; c++) visit(r, c);
}

function checkSheetName(name: string): void {
	if (
		name.length === 0 ||
		name.length > 31 ||
		/[[\]:*?/\\]/.test(name) ||
		name.startsWith("'") ||
		name.endsWith("'")
	) {
		throw new RangeError(
			`"${name}" cannot be an Excel sheet name (1–31 characters, none of []:*?/\\, no quote at either end)`,
		);
	}
}

/**
 * Excel before 365 computes TRANSPOSE and MMULT inside SUMPRODUCT only in a formula entered as an array formula
 * (Ctrl+Shift+Enter): such a formula is written as one, over its own cell; Excel 365 and LibreOffice compute it alike.
 */
const needsArrayEntry = (formula: string): boolean =>
	/\b(TRANSPOSE|MMULT)\(/.test(formula);

/**
 * Formulas go without a cached result: LibreOffice shows cached results as they are unless set to recalculate, which
 * would freeze TODAY() at the export date; with none, every spreadsheet computes each cell on opening.
 */
function cellValue(cell: Cell, address: string): ExcelJS.CellValue {
	// Text stays text, as the Sheets writer keeps it in a plain-text cell: a CRM id "0012" is not the number 12.
	if (cell === null || typeof cell !== "object") return cell;
	const formula = cell.formula.replace(/^=/, "");
	if (needsArrayEntry(formula))
		// exceljs writes an array formula from these two fields, which its types leave out.
		return {
			formula,
			shareType: "array",
			ref: address,
		} as ExcelJS.CellFormulaValue;
	return { formula } as ExcelJS.CellFormulaValue;
}

class ListStore {
	private sheet: ExcelJS.Worksheet | undefined;
	private column = 0;

	constructor(private readonly workbook: ExcelJS.Workbook) {}

	/** The inline list formula Excel accepts, or a reference to the values written on the hidden Lists sheet. */
	formula(values: readonly string[]): string {
		const inline = `"${values.join(",")}"`;
		if (
			inline.length <= INLINE_LIST_LIMIT &&
			!values.some((value) => /[,"]/.test(value))
		)
			return inline;
		this.sheet ??= this.workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
		const c = this.column++;
		values.forEach((value, r) => {
			(this.sheet as ExcelJS.Worksheet).getCell(r + 1, c + 1).value = value;
		});
		return `${quoteSheet(LISTS_SHEET)}!$${columnLetter(c)}$1:$${columnLetter(c)}$${values.length}`;
	}
}

interface WriteContext {
	readonly names: Readonly<Partial<Record<TabKey, string>>>;
	readonly lists: ListStore;
	readonly language: Language;
}

function dataValidation(
	validation: Validation,
	{ names, lists, language }: WriteContext,
): ExcelJS.DataValidation | undefined {
	const common = { allowBlank: true, showErrorMessage: true };
	switch (validation.kind) {
		case "list":
			return {
				...common,
				type: "list",
				formulae: [lists.formula(validation.values)],
			};
		case "range": {
			const tab = names[validation.tab];
			if (tab === undefined) return undefined;
			return {
				...common,
				type: "list",
				formulae: [`${quoteSheet(tab)}!${range(validation.source, true)}`],
			};
		}
		case "date":
			return {
				...common,
				type: "date",
				operator: "between",
				formulae: [FIRST_DATE, LAST_DATE],
				error: MESSAGES[language].date,
			};
		case "percent":
			return {
				...common,
				type: "decimal",
				operator: "between",
				formulae: [0, 1],
				error: MESSAGES[language].percent,
			};
		case "number":
			// The add-in only warns on plain numbers: a negative correction is sometimes right.
			return {
				...common,
				type: "decimal",
				operator: "greaterThanOrEqual",
				formulae: [validation.minimum],
				errorStyle: "warning",
			};
		case "unique":
			// Written for the area's top-left cell, as Excel and LibreOffice read a custom validation's formula.
			return {
				...common,
				type: "custom",
				formulae: [uniqueNameFormula(validation.area).slice(1)],
				error: MESSAGES[language].unique,
			};
	}
}

/** The style of a cell without format or bold: shared, and frozen so that nothing changes it for all at once. */
const UNSTYLED: Partial<ExcelJS.Style> = Object.freeze({});

/**
 * Number formats and bold rows, each cell given one style object shared by every cell styled alike: exceljs then
 * registers each style once, not once per cell.
 */
function writeStyles(sheet: ExcelJS.Worksheet, tab: Tab, width: number): void {
	const across = Math.max(
		width,
		...tab.formats.map((format) => format.area.column + format.area.columns),
	);
	const patterns = new Map<number, string>();
	for (const format of tab.formats)
		forEachCell(format.area, (r, c) => {
			patterns.set(r * across + c, format.pattern);
		});
	const bold = new Set(tab.boldRows);
	const styles = new Map<string, Partial<ExcelJS.Style>>();
	const style = (pattern: string | undefined, isBold: boolean) => {
		const key = `${isBold}:${pattern ?? ""}`;
		let shared = styles.get(key);
		if (!shared) {
			shared = {
				...(pattern === undefined ? {} : { numFmt: pattern }),
				...(isBold ? { font: { bold: true } } : {}),
			};
			styles.set(key, shared);
		}
		return shared;
	};
	for (const [at, pattern] of patterns) {
		const r = Math.floor(at / across);
		sheet.getCell(r + 1, (at % across) + 1).style = style(pattern, bold.has(r));
	}
	for (const r of bold)
		for (let c = 0; c < width; c++)
			if (!patterns.has(r * across + c))
				sheet.getCell(r + 1, c + 1).style = style(undefined, true);
}

/** The runs whose formula is no array formula in the file: an array formula cannot be shared. */
function withoutArrayEntry(tab: Tab, runs: RunStart): RunStart {
	const shareable = new Map<string, boolean>();
	return (row, column) => {
		const start = runs(row, column);
		if (!start) return undefined;
		const key = `${start[0]}:${start[1]}`;
		let isShareable = shareable.get(key);
		if (isShareable === undefined) {
			const master = tab.cells[start[0]]?.[start[1]];
			isShareable =
				typeof master !== "object" ||
				master === null ||
				!needsArrayEntry(nativeFormula(master.formula));
			shareable.set(key, isShareable);
		}
		return isShareable ? start : undefined;
	};
}

function writeTab(
	sheet: ExcelJS.Worksheet,
	tab: Tab,
	context: WriteContext,
): void {
	// A column of formulas that differ only by their row is one shared formula: rewritten once, written small.
	const runStart = withoutArrayEntry(tab, sharedFormulaRuns(tab));
	const cells = nativeCells(tab, (r, c) => runStart(r, c) !== undefined);
	cells.forEach((row, r) => {
		row.forEach((cell, c) => {
			if (cell === null || cell === undefined) return;
			const start = runStart(r, c);
			const target = sheet.getCell(r + 1, c + 1);
			// One style object for every unstyled cell, as writeStyles does for the styled ones.
			target.style = UNSTYLED;
			target.value = start
				? { sharedFormula: `${columnLetter(start[1])}${start[0] + 1}` }
				: cellValue(cell, `${columnLetter(c)}${r + 1}`);
		});
	});
	tab.columnWidths.forEach((pixels, c) => {
		sheet.getColumn(c + 1).width =
			Math.round((pixels / PIXELS_PER_CHARACTER) * 10) / 10;
	});
	const width = Math.max(
		tab.columnWidths.length,
		...cells.map((row) => row.length),
	);
	writeStyles(sheet, tab, width);
	for (const validation of tab.validations) {
		const rule = dataValidation(validation, context);
		// exceljs types omit dataValidations, which its writer reads and merges into ranges.
		if (rule)
			(
				sheet as unknown as {
					dataValidations: {
						add(address: string, rule: ExcelJS.DataValidation): void;
					};
				}
			).dataValidations.add(excelArea(validation.area), rule);
	}
	tab.rules.forEach((rule, i) => {
		const color = COLORS[rule.color];
		sheet.addConditionalFormatting({
			ref: excelArea(rule.area),
			rules: [
				{
					type: "expression",
					priority: i + 1,
					formulae: [nativeFormula(rule.formula).replace(/^=/, "")],
					style: {
						// Excel reads a rule's solid fill from bgColor, some readers from fgColor: give both.
						fill: {
							type: "pattern",
							pattern: "solid",
							bgColor: { argb: color.background },
							fgColor: { argb: color.background },
						},
						font: { color: { argb: color.font } },
					},
				},
			],
		});
	});
	if (tab.frozenRows > 0)
		sheet.views = [
			{
				state: "frozen",
				xSplit: 0,
				ySplit: tab.frozenRows,
				topLeftCell: `A${tab.frozenRows + 1}`,
			},
		];
}

/**
 * The plan as an exceljs Workbook. Protected areas are not written: Excel's sheet protection blocks edits outright,
 * where the add-in only warns, and blocking teammates is what the plan avoids.
 */
export function planWorkbook(plan: Plan): ExcelJS.Workbook {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = "plan-action-commercial";
	workbook.calcProperties.fullCalcOnLoad = true;
	const names: Partial<Record<TabKey, string>> = Object.fromEntries(
		plan.tabs.map((tab) => [tab.key, tab.name]),
	);
	const context: WriteContext = {
		names,
		lists: new ListStore(workbook),
		language: plan.choices.language,
	};
	const sheets = plan.tabs.map((tab) => {
		checkSheetName(tab.name);
		return workbook.addWorksheet(tab.name);
	});
	plan.tabs.forEach((tab, i) => {
		writeTab(sheets[i] as ExcelJS.Worksheet, tab, context);
	});
	return workbook;
}

/** The plan as .xlsx bytes, charts included; `computed` gives the charts the values they show until recalculated. */
export async function xlsxBytes(
	plan: Plan,
	computed?: readonly ComputedTab[],
): Promise<Buffer> {
	// Stored uncompressed here: addCharts opens the package again, and compresses it once as it writes it.
	const written = await planWorkbook(plan).xlsx.writeBuffer({
		zip: { compression: "STORE" },
	} as ExcelJS.XlsxWriteOptions);
	return addCharts(new Uint8Array(written), plan, computed);
}

export async function writeXlsx(
	plan: Plan,
	file: string,
	computed?: readonly ComputedTab[],
): Promise<void> {
	await writeFile(file, await xlsxBytes(plan, computed));
}
