// The in-memory spreadsheet as the preview page shows it: computed, formatted, coloured, one JSON object.

import {
	DetailedCellError,
	HyperFormula,
	type RawCellContent,
} from "hyperformula";
import { registerCustomFunctions } from "../workbook/custom-functions-plugin";
import { type ChartView, chartViews } from "./chart-view";
import type { CellState } from "./fakes/cells";
import type { FakeRange } from "./fakes/range";
import { DEFAULT_WIDTH, type FakeSheet } from "./fakes/sheet";
import type { FakeSpreadsheet } from "./fakes/spreadsheet";
import type { FakeDataValidation } from "./fakes/validation";
import { type CellValue, formatForEditing, formatValue } from "./number-format";
import { type RuleColor, ruleColors } from "./rule-colors";

export interface CellView {
	/** What the cell shows. */
	readonly text: string;
	/** What the cell editor starts with: the formula, or the value as a person would type it. */
	readonly input?: string;
	readonly bold?: true;
	/** Numbers are aligned right. */
	readonly number?: true;
	readonly error?: true;
	readonly background?: string;
	readonly color?: string;
	/** A dropdown cell: the index of its choices in WorkbookView.lists. */
	readonly list?: number;
}

export interface TabView {
	readonly id: number;
	readonly name: string;
	readonly frozenRows: number;
	/** Pixels, from column A. */
	readonly widths: readonly number[];
	readonly rows: readonly (readonly CellView[])[];
	readonly charts: readonly ChartView[];
}

export interface WorkbookView {
	readonly locale: string;
	/** The id of the active tab. */
	readonly active: number;
	readonly tabs: readonly TabView[];
	/** The choices of the dropdown cells, each list once. */
	readonly lists: readonly (readonly string[])[];
}

/** Blank rows and columns shown past the data, so the grid reads as a sheet and there is room to type. */
const SPARE_ROWS = 10;
const MIN_ROWS = 30;
const MIN_COLUMNS = 8;
/** The page's row height, as Sheets' default. */
const ROW_HEIGHT = 21;

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

function rawContent(cell: CellState): RawCellContent {
	if (cell.formula) return cell.formula;
	const value = cell.value;
	if (value instanceof Date)
		return (
			(Date.UTC(value.getFullYear(), value.getMonth(), value.getDate()) -
				EPOCH_MS) /
			DAY_MS
		);
	if (value === "") return null;
	// Text stays text: HyperFormula, like Sheets, would read "1" or "TRUE" typed raw as a number or a boolean.
	return typeof value === "string" ? `'${value}` : value;
}

/** 1-based rows and columns reached by any cell the add-in touched: values, formats, validations. */
function extentOf(sheet: FakeSheet): [number, number] {
	let rows = 0;
	let columns = 0;
	for (const key of sheet.cells.keys()) {
		const [r, c] = key.split(",").map(Number) as [number, number];
		rows = Math.max(rows, r);
		columns = Math.max(columns, c);
	}
	return [rows, columns];
}

/** An engine holding every sheet's values and formulas, with the add-in's custom functions. */
export function buildEngine(spreadsheet: FakeSpreadsheet): HyperFormula {
	registerCustomFunctions();
	const sheets: Record<string, RawCellContent[][]> = {};
	for (const sheet of spreadsheet.sheets) {
		const [rows, columns] = extentOf(sheet);
		const grid: RawCellContent[][] = Array.from({ length: rows }, () =>
			new Array<RawCellContent>(columns).fill(null),
		);
		for (const [key, cell] of sheet.cells) {
			const [r, c] = key.split(",").map(Number) as [number, number];
			(grid[r - 1] as RawCellContent[])[c - 1] = rawContent(cell);
		}
		sheets[sheet.name] = grid;
	}
	return HyperFormula.buildFromSheets(sheets, {
		licenseKey: "gpl-v3",
		useStats: false,
		// As Sheets does inside SUMPRODUCT: TRIM or a comparison over a range gives an array.
		useArrayArithmetic: true,
	});
}

function computed(
	engine: HyperFormula,
	sheetId: number,
	row: number,
	column: number,
): { value: CellValue; error: boolean } {
	const value = engine.getCellValue({
		sheet: sheetId,
		row: row - 1,
		col: column - 1,
	});
	if (value instanceof DetailedCellError)
		return { value: value.value, error: true };
	return { value: value as CellValue, error: false };
}

/** The choices of a dropdown: its list, or the non-blank values of its source range as they are now. */
function choicesOf(
	engine: HyperFormula,
	validation: FakeDataValidation,
	locale: string,
): string[] | undefined {
	if (validation.criteria === "VALUE_IN_LIST")
		return (validation.args[0] as string[]).map(String);
	if (validation.criteria !== "VALUE_IN_RANGE") return undefined;
	const source = validation.args[0] as FakeRange;
	const sheetId = engine.getSheetId(source.sheet.name);
	if (sheetId === undefined) return [];
	const choices = new Set<string>();
	for (let r = 0; r < source.rows; r++)
		for (let c = 0; c < source.columns; c++) {
			const { value } = computed(
				engine,
				sheetId,
				source.row + r,
				source.column + c,
			);
			const text = formatValue(value, "General", locale);
			if (text !== "") choices.add(text);
		}
	return [...choices];
}

function tabView(
	engine: HyperFormula,
	sheet: FakeSheet,
	locale: string,
	listIndex: (choices: readonly string[]) => number,
): TabView {
	const sheetId = engine.getSheetId(sheet.name) as number;
	const size = engine.getSheetDimensions(sheetId);
	const [usedRows, usedColumns] = extentOf(sheet);
	const charts = chartViews(engine, sheet, locale);
	const [chartRows, chartColumns] = chartsExtent(charts);
	const rows = Math.min(
		sheet.maxRows,
		Math.max(
			MIN_ROWS,
			Math.max(usedRows, size.height, sheet.frozenRows) + SPARE_ROWS,
			chartRows + 1,
		),
	);
	const columns = Math.min(
		sheet.maxColumns,
		Math.max(MIN_COLUMNS, Math.max(usedColumns, size.width) + 1, chartColumns),
	);
	const colors = ruleColors(
		engine,
		sheetId,
		sheet.rules.map((rule) => ({
			formula: rule.formula,
			background: rule.background,
			color: rule.fontColor,
			ranges: rule.ranges,
		})),
	);
	const view = Array.from({ length: rows }, (_, r) =>
		Array.from({ length: columns }, (_, c) =>
			cellView(engine, sheet, sheetId, r + 1, c + 1, {
				locale,
				listIndex,
				color: colors.get(`${r + 1},${c + 1}`),
			}),
		),
	);
	return {
		id: sheet.id,
		name: sheet.name,
		frozenRows: sheet.frozenRows,
		widths: Array.from(
			{ length: columns },
			(_, c) => sheet.widths.get(c + 1) ?? DEFAULT_WIDTH,
		),
		rows: view,
		charts,
	};
}

/** The last row and column (1-based) of the charts' anchor cells, so the grid holds the cells they are drawn from. */
function chartsExtent(charts: readonly ChartView[]): [number, number] {
	let rows = 0;
	let columns = 0;
	for (const chart of charts) {
		rows = Math.max(rows, chart.row + Math.ceil(chart.height / ROW_HEIGHT));
		columns = Math.max(columns, chart.column);
	}
	return [rows, columns];
}

function cellView(
	engine: HyperFormula,
	sheet: FakeSheet,
	sheetId: number,
	row: number,
	column: number,
	options: {
		locale: string;
		listIndex: (choices: readonly string[]) => number;
		color: RuleColor | undefined;
	},
): CellView {
	const state = sheet.cells.get(`${row},${column}`);
	const { value, error } = computed(engine, sheetId, row, column);
	const format = state?.format ?? "General";
	const choices = state?.validation
		? choicesOf(engine, state.validation, options.locale)
		: undefined;
	const input =
		state?.formula || formatForEditing(value, format, options.locale);
	// A cell an array formula spills into holds nothing of its own to edit.
	const spilled =
		!state?.formula && (state?.value ?? "") === "" && value !== null;
	return {
		text: error ? String(value) : formatValue(value, format, options.locale),
		...(input && !spilled ? { input } : {}),
		...(state?.weight === "bold" ? { bold: true as const } : {}),
		...(typeof value === "number" && !error ? { number: true as const } : {}),
		...(error ? { error: true as const } : {}),
		...(options.color?.background
			? { background: options.color.background }
			: {}),
		...(options.color?.color ? { color: options.color.color } : {}),
		...(choices ? { list: options.listIndex(choices) } : {}),
	};
}

export type ComputedTabs = Pick<WorkbookView, "tabs" | "lists">;

/** Computes every tab of the spreadsheet and lays it out for the page: the costly part, done once per change. */
export function computeTabs(spreadsheet: FakeSpreadsheet): ComputedTabs {
	const engine = buildEngine(spreadsheet);
	const lists: string[][] = [];
	const known = new Map<string, number>();
	const listIndex = (choices: readonly string[]): number => {
		const key = JSON.stringify(choices);
		let index = known.get(key);
		if (index === undefined) {
			index = lists.push([...choices]) - 1;
			known.set(key, index);
		}
		return index;
	};
	try {
		const tabs = spreadsheet.sheets.map((sheet) =>
			tabView(engine, sheet, spreadsheet.locale, listIndex),
		);
		return { tabs, lists };
	} finally {
		engine.destroy();
	}
}

export function workbookView(
	spreadsheet: FakeSpreadsheet,
	computed: ComputedTabs = computeTabs(spreadsheet),
): WorkbookView {
	return {
		locale: spreadsheet.locale,
		active: (spreadsheet.active ?? spreadsheet.sheets[0])?.id ?? 0,
		...computed,
	};
}
