// The Capacity tab's charts: each month's capacity against its target, and the reps expected and ramped, from the
// hiring calendar.

import { cell } from "../a1";
import type { PlanContext } from "../context";
import type { TabBuilder } from "../grid";
import type { HiringCalendarLayout } from "../tabs/hiring-calendar";
import { objectiveColumns, objectivesLayout } from "../tabs/objectives";
import type { Area } from "../types";
import { chartBlock } from "./block";
import { CHART_SIZE, ROW_HEIGHT } from "./position";
import { chartLabels, chartText } from "./text";

/**
 * The calendar runs across the months; charts read columns, so a block at `block` turns it down the rows by
 * formulas, and the two charts sit one above the other at `chart`.
 */
export function addCapacityCharts(
	tab: TabBuilder,
	context: PlanContext,
	calendar: HiringCalendarLayout,
	block: { readonly row: number; readonly column: number },
	chart: { readonly row: number; readonly column: number },
): void {
	const { translate, formats } = context;
	const [capacity, reps] = [chartText.capacity, chartText.reps];
	const months = calendar.months.columns;
	const at = (row: Area, i: number) => cell(row.row, row.column + i);
	const copy = (row: Area) => (i: number) =>
		`=IF(${at(row, i)}="","",${at(row, i)})`;
	// The periods' labels (M1, M2…) as on Objectives and the Overview's chart; the month numbers without Objectives.
	const label = context.has("objectives")
		? (i: number) => {
				const period = context.ref(
					"objectives",
					cell(objectivesLayout.firstRow + i, objectiveColumns.period),
				);
				return `=IF(${period}="","",${period})`;
			}
		: copy(calendar.months);
	const [categories, target, capacityColumn, expected, ramped] = chartBlock(
		tab,
		block,
		months,
		[
			{
				header: translate(capacity.category),
				width: 100,
				formula: label,
			},
			{
				header: translate(capacity.target),
				width: 110,
				format: formats.currency,
				formula: copy(calendar.targets),
			},
			{
				header: translate(capacity.capacity),
				width: 110,
				format: formats.currency,
				formula: copy(calendar.rows.capacity),
			},
			{
				header: translate(reps.expected),
				width: 100,
				format: "0.0",
				formula: copy(calendar.rows.reps),
			},
			{
				header: translate(reps.ramped),
				width: 130,
				format: "0.0",
				formula: copy(calendar.rows.ramped),
			},
		],
	);
	if (!categories || !target || !capacityColumn || !expected || !ramped) return;
	tab.chart({
		key: "capacity-vs-target",
		kind: "combo",
		...chartLabels(capacity, translate),
		categories,
		series: [{ values: target }, { values: capacityColumn, line: true }],
		numberFormat: formats.currency,
		position: { ...chart, ...CHART_SIZE },
	});
	const below = chart.row + Math.ceil(CHART_SIZE.height / ROW_HEIGHT) + 1;
	tab.chart({
		key: "capacity-reps",
		kind: "combo",
		...chartLabels(reps, translate),
		categories,
		series: [{ values: expected }, { values: ramped, line: true }],
		numberFormat: "0.0",
		position: { row: below, column: chart.column, ...CHART_SIZE },
	});
}
