// Writes a tab's charts with EmbeddedChartBuilder: ours from an earlier run are rebuilt in place, the person's untouched.

import { seriesColor } from "../plan/charts/palette";
import { chartTitles } from "../plan/charts/text";
import type { Area, Chart, ChartKind, Tab } from "../plan/types";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** A chart already on a sheet, as read before the plan's first write. */
export interface ExistingChart {
	readonly chart: EmbeddedChart;
	readonly title: string;
	/** 1-based, as ContainerInfo gives them. */
	readonly anchorRow: number;
	readonly anchorColumn: number;
}

/** Reads a sheet's charts: their titles and anchors tell ours from the person's. */
export function readCharts(sheet: Sheet): ExistingChart[] {
	return sheet.getCharts().map((chart) => {
		const info = chart.getContainerInfo();
		return {
			chart,
			title: String(chart.getOptions().get("title") ?? ""),
			anchorRow: info.getAnchorRow(),
			anchorColumn: info.getAnchorColumn(),
		};
	});
}

/** The areas the tab's charts read, in the order writeCharts takes their ranges: categories, then each series. */
export const chartAreas = (tab: Tab): Area[] =>
	(tab.charts ?? []).flatMap((chart) => [
		chart.categories,
		...chart.series.map((series) => series.values),
	]);

/**
 * A chart of an earlier run: one of the plan's titles (in either language) on the cell where the plan puts this
 * chart. A chart the person made, or one of ours they moved, matches neither and is left alone.
 */
const ourChartAt = (
	existing: readonly ExistingChart[],
	chart: Chart,
): ExistingChart | undefined =>
	existing.find(
		(candidate) =>
			chartTitles.has(candidate.title) &&
			candidate.anchorRow === chart.position.row + 1 &&
			candidate.anchorColumn === chart.position.column + 1,
	);

function typed(builder: Builder, kind: ChartKind): Builder {
	// The typed builders share EmbeddedChartBuilder's methods used below; only their type differs.
	switch (kind) {
		case "bar":
			return builder.asBarChart() as unknown as Builder;
		case "column":
			return builder.asColumnChart() as unknown as Builder;
		case "line":
			return builder.asLineChart() as unknown as Builder;
		case "combo":
			return builder.asComboChart() as unknown as Builder;
	}
}

/** A Sheets number format as a chart axis format: chart formats take literal text without the cell format's quotes. */
export const axisFormat = (pattern: string): string =>
	pattern.replaceAll(/"([^"]*)"/g, "$1");

function configure(builder: Builder, chart: Chart, ranges: Range[]): Builder {
	const horizontal = chart.kind === "bar";
	// A bar chart's categories run down its vertical axis; the other kinds put them along the bottom.
	const [categoryAxis, valueAxis] = horizontal
		? ["vAxis", "hAxis"]
		: ["hAxis", "vAxis"];
	const series: Record<number, { color: string; type?: string }> = {};
	chart.series.forEach((s, i) => {
		series[i] = {
			color: seriesColor(i),
			...(chart.kind === "combo" ? { type: s.line ? "line" : "bars" } : {}),
		};
	});
	let b = typed(builder, chart.kind);
	for (const range of ranges) b = b.addRange(range);
	b = b
		.setNumHeaders(1)
		.setPosition(chart.position.row + 1, chart.position.column + 1, 0, 0)
		.setOption("title", chart.title)
		.setOption(`${categoryAxis}.title`, chart.axes.category)
		.setOption(`${valueAxis}.title`, chart.axes.value)
		.setOption(`${valueAxis}.format`, axisFormat(chart.numberFormat))
		.setOption("legend.position", "bottom")
		.setOption("width", chart.position.width)
		.setOption("height", chart.position.height)
		.setOption("series", series);
	if (chart.kind === "combo") b = b.setOption("seriesType", "bars");
	return b;
}

/**
 * Inserts the tab's charts, or rebuilds in place the ones an earlier run put there (so a second run never
 * duplicates them). `ranges` are the tab's chartAreas, fetched by the caller with its other ranges.
 */
export function writeCharts(
	sheet: Sheet,
	tab: Tab,
	ranges: readonly Range[],
	existing: readonly ExistingChart[],
): void {
	let next = 0;
	for (const chart of tab.charts ?? []) {
		const count = 1 + chart.series.length;
		const own = ranges.slice(next, next + count);
		next += count;
		const previous = ourChartAt(existing, chart);
		const builder = previous
			? previous.chart.modify().clearRanges()
			: sheet.newChart();
		const built = configure(builder, chart, own).build();
		if (previous) sheet.updateChart(built);
		else sheet.insertChart(built);
	}
}

/**
 * Undoing a run on a tab it filled or replaced: removes the charts of ours that were not there before it. insertChart
 * returns nothing, so they are found again; the person's charts, and ours rebuilt in place, stay.
 */
export function removeChartsAddedSince(
	sheet: Sheet,
	before: readonly ExistingChart[],
): void {
	const kept = new Set(before.map((existing) => existing.chart.getChartId()));
	for (const chart of sheet.getCharts()) {
		if (kept.has(chart.getChartId())) continue;
		if (chartTitles.has(String(chart.getOptions().get("title") ?? "")))
			sheet.removeChart(chart);
	}
}
