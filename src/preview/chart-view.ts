// The charts of a sheet as the preview page draws them: what the add-in asked Sheets for, with the values computed now.

import { DetailedCellError, type HyperFormula } from "hyperformula";
import type { FakeEmbeddedChart } from "./fakes/charts";
import type { FakeSheet } from "./fakes/sheet";
import { formatValue } from "./number-format";

export interface ChartSeriesView {
	readonly name: string;
	/** One per category; null where the cell is blank, text or an error. */
	readonly values: readonly (number | null)[];
	readonly line: boolean;
	readonly color: string | undefined;
}

export interface ChartView {
	readonly id: number;
	readonly kind: "bar" | "column" | "line" | "combo";
	readonly title: string;
	readonly axes: { readonly category: string; readonly value: string };
	/** The number format of the cells the first series reads: the value axis shows numbers as they do. */
	readonly format: string;
	/** 1-based anchor cell, and the size in pixels. */
	readonly row: number;
	readonly column: number;
	readonly width: number;
	readonly height: number;
	readonly categories: readonly string[];
	readonly series: readonly ChartSeriesView[];
}

const KINDS = {
	BAR: "bar",
	COLUMN: "column",
	LINE: "line",
	COMBO: "combo",
} as const;

interface SeriesOption {
	readonly color?: string;
	readonly type?: string;
}

function chartView(
	engine: HyperFormula,
	sheet: FakeSheet,
	sheetId: number,
	chart: FakeEmbeddedChart,
	locale: string,
): ChartView | undefined {
	const { spec } = chart;
	const [domain, ...ranges] = spec.ranges;
	if (!spec.type || !domain) return undefined;
	const kind = KINDS[spec.type];
	const options = spec.options;
	const text = (key: string) => String(options.get(key) ?? "");
	const headers = Math.max(spec.numHeaders, 0);
	const valueAt = (row: number, column: number) => {
		const value = engine.getCellValue({
			sheet: sheetId,
			row: row - 1,
			col: column - 1,
		});
		return value instanceof DetailedCellError ? null : value;
	};
	const rows = Array.from(
		{ length: domain.rows - headers },
		(_, i) => domain.row + headers + i,
	);
	const formatAt = (row: number, column: number) =>
		sheet.cells.get(`${row},${column}`)?.format ?? "General";
	const seriesOptions = (options.get("series") ?? {}) as Record<
		number,
		SeriesOption
	>;
	const [categoryAxis, valueAxis] =
		kind === "bar" ? ["vAxis", "hAxis"] : ["hAxis", "vAxis"];
	const first = ranges[0];
	return {
		id: chart.id,
		kind,
		title: text("title"),
		axes: {
			category: text(`${categoryAxis}.title`),
			value: text(`${valueAxis}.title`),
		},
		format: first ? formatAt(first.row + headers, first.column) : "General",
		row: spec.position.row,
		column: spec.position.column,
		width: Number(options.get("width") ?? 600),
		height: Number(options.get("height") ?? 370),
		categories: rows.map((r) =>
			formatValue(
				valueAt(r, domain.column) as string | number | boolean | null,
				formatAt(r, domain.column),
				locale,
			),
		),
		series: ranges.map((range, i) => {
			const option = seriesOptions[i] ?? {};
			const name = headers > 0 ? valueAt(range.row, range.column) : null;
			return {
				name: name === null ? "" : String(name),
				values: rows.map((r) => {
					const value = valueAt(r, range.column);
					return typeof value === "number" ? value : null;
				}),
				line: kind === "line" || option.type === "line",
				color: option.color,
			};
		}),
	};
}

/** Every chart on the sheet, computed; a chart without a type or data is left out, as Sheets shows none. */
export function chartViews(
	engine: HyperFormula,
	sheet: FakeSheet,
	locale: string,
): ChartView[] {
	const sheetId = engine.getSheetId(sheet.name);
	if (sheetId === undefined) return [];
	return sheet.charts.flatMap((chart) => {
		const view = chartView(engine, sheet, sheetId, chart, locale);
		return view ? [view] : [];
	});
}
