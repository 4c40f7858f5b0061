// The Overview's chart: each period's revenue target (columns), won revenue and weighted forecast (lines).

import { abs, cell } from "../a1";
import type { PlanContext } from "../context";
import type { TabBuilder } from "../grid";
import {
	objectiveColumns,
	objectivePeriods,
	objectivesLayout,
} from "../tabs/objectives";
import { pipelineForecastPlaces } from "../tabs/pipeline";
import { chartBlock } from "./block";
import { CHART_SIZE } from "./position";
import { chartLabels, chartText } from "./text";

/**
 * Copies Objectives' period, target and actual columns into a block at `block` by formulas (a chart reads its own
 * tab), and puts the chart under the tab's cells, from column A. A plan without Objectives has no such chart.
 */
export function addOverviewChart(
	tab: TabBuilder,
	context: PlanContext,
	block: { readonly row: number; readonly column: number },
): void {
	if (!context.has("objectives")) return;
	const { translate, ref, formats } = context;
	const text = chartText.overview;
	const source = (column: number, i: number) =>
		ref("objectives", cell(objectivesLayout.firstRow + i, column));
	const blankAsBlank = (column: number) => (i: number) =>
		`=IF(${source(column, i)}="","",${source(column, i)})`;
	const periods = objectivePeriods(context.choices.kind);
	// The Pipeline's weighted forecast of each month, when the plan has a Pipeline: a line beside the won line.
	const months = context.has("pipeline")
		? pipelineForecastPlaces(context).months
		: undefined;
	const forecastColumn = months
		? [
				{
					header: translate(text.forecast),
					width: 110,
					format: formats.currency,
					formula: (i: number) => {
						const at = ref("pipeline", abs(months.row, months.column + 1 + i));
						return `=IF(${at}="","",${at})`;
					},
				},
			]
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
