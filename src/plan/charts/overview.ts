// The Overview's chart: each period's revenue target (columns), won revenue and weighted forecast (lines).

import { cell } from "../a1";
import type { PlanContext } from "../context";
import type { TabBuilder } from "../grid";
import {
	objectiveColumns,
	objectivePeriods,
	objectivesLayout,
	periodDays,
} from "../tabs/objectives";
import { pipelineDeals, pipelineForecastInputs } from "../tabs/pipeline";
import {
	weightedForecastCall,
	weightedOfDeals,
} from "../tabs/pipeline-forecast";
import { type BlockColumn, chartBlock } from "./block";
import { CHART_SIZE } from "./position";
import { chartLabels, chartText } from "./text";

/**
 * The weighted forecast of each Objectives period, from its own first and last day: a month from a mid-month start,
 * or a 30-day step, is then the span its target covers, which the Pipeline's calendar months are not.
 */
function periodForecasts(
	context: PlanContext,
	source: (column: number, i: number) => string,
): BlockColumn {
	const inputs = pipelineForecastInputs(context, "overview");
	// Known on the plan as built, so a file export need not evaluate each period's formula over every deal row.
	const forecastOf = weightedOfDeals(context, pipelineDeals(context));
	const days = periodDays(context);
	return {
		header: context.translate(chartText.overviewWithForecast.forecast),
		width: 110,
		format: context.formats.currency,
		formula: (i) => {
			const start = source(objectiveColumns.start, i);
			const end = source(objectiveColumns.end, i);
			return `=IF(${start}="","",${weightedForecastCall(inputs, start, end)})`;
		},
		value: (i) => {
			const period = days[i];
			return period && forecastOf(period.start, period.end);
		},
	};
}

/**
 * Copies Objectives' period, target and actual columns into a block at `block` by formulas (a chart reads its own
 * tab), with each period's weighted forecast when the plan has a Pipeline, and puts the chart under the tab's cells,
 * from column A. A plan without Objectives has no such chart.
 */
export function addOverviewChart(
	tab: TabBuilder,
	context: PlanContext,
	block: { readonly row: number; readonly column: number },
): void {
	if (!context.has("objectives")) return;
	const { translate, ref, formats } = context;
	const text = context.has("pipeline")
		? chartText.overviewWithForecast
		: chartText.overview;
	const source = (column: number, i: number) =>
		ref("objectives", cell(objectivesLayout.firstRow + i, column));
	const blankAsBlank = (column: number) => (i: number) =>
		`=IF(${source(column, i)}="","",${source(column, i)})`;
	const periods = objectivePeriods(context.choices.kind);
	const forecastColumn = context.has("pipeline")
		? [periodForecasts(context, source)]
		: [];
	const [categories, target, won, forecast] = chartBlock(tab, block, periods, [
		{
			header: translate(text.category),
			width: 90,
			formula: blankAsBlank(objectiveColumns.period),
		},
		{
			header: translate(text.target),
			width: 110,
			format: formats.currency,
			formula: blankAsBlank(objectiveColumns.target),
		},
		{
			header: translate(text.won),
			width: 110,
			format: formats.currency,
			formula: blankAsBlank(objectiveColumns.actual),
		},
		...forecastColumn,
	]);
	if (!categories || !target || !won) return;
	tab.chart({
		key: "overview-target-won",
		kind: "combo",
		...chartLabels(text, translate),
		categories,
		series: [
			{ values: target },
			{ values: won, line: true },
			...(forecast ? [{ values: forecast, line: true }] : []),
		],
		numberFormat: formats.currency,
		position: { row: tab.size.rows + 1, column: 0, ...CHART_SIZE },
	});
}
