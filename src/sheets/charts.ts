// Writes a tab's charts with EmbeddedChartBuilder: ours from an earlier run are rebuilt in place, the person's untouched.

import { a1Notation } from "../plan/a1";
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
	/** Where the person left it, in pixels from the anchor cell: kept when the chart is rebuilt. */
	readonly offsetX: number;
	readonly offsetY: number;
	/** The A1 notation of each range it reads, read only for a chart with one of the plan's titles. */
	readonly ranges: readonly string[];
}

/** Reads a sheet's charts: their titles and anchors tell ours from the person's. */
export function readCharts(sheet: Sheet): ExistingChart[] {
	return sheet.getCharts().map((chart) => {
		const info = chart.getContainerInfo();
		const title = String(chart.getOptions().get("title") ?? "");
		return {
			chart,
			title,
			anchorRow: info.getAnchorRow(),
			anchorColumn: info.getAnchorColumn(),
			offsetX: info.getOffsetX(),
			offsetY: info.getOffsetY(),
			ranges: chartTitles.has(title)
				? chart.getRanges().map((range) => range.getA1Notation())
				: [],
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
 * A chart of an earlier run: one of the plan's titles (in either language) over this chart's very ranges, wherever
 * the person moved it, or on the cell where the plan puts it (its block may have grown since). Each chart of ours
 * is claimed once; a chart the person made, or a copy of ours over other cells, is left alone.
 */
function ourChart(
	existing: readonly ExistingChart[],
	claimed: Set<ExistingChart>,
	chart: Chart,
): ExistingChart | undefined {
	const ranges = [chart.categories, ...chart.series.map((s) => s.values)].map(
		a1Notation,
	);
	const ours = existing.filter(
		(candidate) => chartTitles.has(candidate.title) && !claimed.has(candidate),
	);
	const found =
		ours.find(
			(candidate) =>
				candidate.ranges.length === ranges.length &&
				candidate.ranges.every((range, i) => range === ranges[i]),
		) ??
		ours.find(
			(candidate) =>
				candidate.anchorRow === chart.position.row + 1 &&
				candidate.anchorColumn === chart.position.column + 1,
		);
	if (found) claimed.add(found);
	return found;
}

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

function configure(
	builder: Builder,
	chart: Chart,
	ranges: Range[],
	placed: ExistingChart | undefined,
): Builder {
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
		.setPosition(
			placed?.anchorRow ?? chart.position.row + 1,
			placed?.anchorColumn ?? chart.position.column + 1,
			placed?.offsetX ?? 0,
			placed?.offsetY ?? 0,
		)
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
	const claimed = new Set<ExistingChart>();
	for (const chart of tab.charts ?? []) {
		const count = 1 + chart.series.length;
		const own = ranges.slice(next, next + count);
		next += count;
		const previous = ourChart(existing, claimed, chart);
		const builder = previous
			? previous.chart.modify().clearRanges()
			: sheet.newChart();
		// A chart the person moved stays where they put it.
		const built = configure(builder, chart, own, previous).build();
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
