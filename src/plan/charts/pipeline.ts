// The Pipeline's chart: the weighted amount of open deals at each stage, from a small SUMIFS block by stage.

import { cell, range } from "../a1";
import type { PlanContext } from "../context";
import type { TabBuilder } from "../grid";
import { settingsAreas } from "../tabs/settings";
import type { Area } from "../types";
import { chartBlock } from "./block";
import { CHART_SIZE } from "./position";
import { chartLabels, chartText } from "./text";

export interface PipelineColumns {
	/** The deal table's stage and weighted-amount columns, data rows only. */
	readonly stage: Area;
	readonly weighted: Area;
}

/**
 * One row per open stage (probability strictly between 0 and 1), its name read from the Settings stage table so a
 * renamed stage follows; the block at `block`, the chart at `chart`.
 */
export function addPipelineChart(
	tab: TabBuilder,
	context: PlanContext,
	columns: PipelineColumns,
	block: { readonly row: number; readonly column: number },
	chart: { readonly row: number; readonly column: number },
): void {
	const { translate, ref, formats } = context;
	const text = chartText.pipeline;
	const open = context.stages.pipeline.flatMap((stage, i) =>
		stage.probability > 0 && stage.probability < 1 ? [i] : [],
	);
	if (open.length === 0) return;
	const names = settingsAreas.stageNames;
	const stageName = (i: number) =>
		ref(
			"settings",
			cell(names.row + (open[i] as number), names.column, {
				absoluteRow: true,
				absoluteColumn: true,
			}),
		);
	const [categories, weighted] = chartBlock(tab, block, open.length, [
		{
			header: translate(text.category),
			width: 150,
			formula: (i) => `=${stageName(i)}`,
		},
		{
			header: translate(text.value),
			width: 140,
			format: formats.currency,
			formula: (i) =>
				`=SUMIFS(${range(columns.weighted, true)},${range(columns.stage, true)},${cell(block.row + 1 + i, block.column)})`,
		},
	]);
	if (!categories || !weighted) return;
	tab.chart({
		key: "pipeline-weighted-by-stage",
		kind: "bar",
		...chartLabels(text, translate),
		categories,
		series: [{ values: weighted }],
		numberFormat: formats.currency,
		position: { ...chart, ...CHART_SIZE },
	});
}

/**
 * The weighted forecast by close month: a block copying the Pipeline's FORECAST_BY_MONTH row into a column (a
 * chart's series is one column), each month named by its first day, and a column chart of it.
 */
export function addMonthChart(
	tab: TabBuilder,
	context: PlanContext,
	months: {
		/** The row FORECAST_BY_MONTH spills on, and the column of its first month. */
		readonly row: number;
		readonly column: number;
		readonly count: number;
		/** Settings' period start, as a reference. */
		readonly start: string;
	},
	block: { readonly row: number; readonly column: number },
	chart: { readonly row: number; readonly column: number },
): void {
	const { translate, formats } = context;
	const text = chartText.pipelineMonths;
	const [categories, forecast] = chartBlock(tab, block, months.count, [
		{
			header: translate(text.category),
			width: 150,
			format: "mmm yyyy",
			formula: (i) => `=EDATE(${months.start},${i})`,
		},
		{
			header: translate(text.value),
			width: 140,
			format: formats.currency,
			formula: (i) => {
				const at = cell(months.row, months.column + i, {
					absoluteRow: true,
					absoluteColumn: true,
				});
				return `=IF(${at}="","",${at})`;
			},
		},
	]);
	if (!categories || !forecast) return;
	tab.chart({
		key: "pipeline-forecast-by-month",
		kind: "column",
		...chartLabels(text, translate),
		categories,
		series: [{ values: forecast }],
		numberFormat: formats.currency,
		position: { ...chart, ...CHART_SIZE },
	});
}
