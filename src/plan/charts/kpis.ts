// The KPIs' chart: each KPI's actual as a share of its target, as bars, so the ones far from 100% stand out.

import { cell } from "../a1";
import type { PlanContext } from "../context";
import type { TabBuilder } from "../grid";
import type { Area } from "../types";
import { chartBlock } from "./block";
import { CHART_SIZE } from "./position";
import { chartLabels, chartText } from "./text";

/** The chart shows the first KPIs of the table: a plan keeps few. */
export const KPI_CHART_ROWS = 10;

export interface KpiColumns {
	/** The KPI table's name, target and actual columns, data rows only. */
	readonly name: Area;
	readonly target: Area;
	readonly actual: Area;
}

export function addKpiChart(
	tab: TabBuilder,
	context: PlanContext,
	columns: KpiColumns,
	block: { readonly row: number; readonly column: number },
	chart: { readonly row: number; readonly column: number },
): void {
	const { translate } = context;
	const text = chartText.kpis;
	const rows = Math.min(KPI_CHART_ROWS, columns.name.rows);
	const at = (column: Area, i: number) => cell(column.row + i, column.column);
	const [categories, share] = chartBlock(tab, block, rows, [
		{
			header: translate(text.category),
			width: 200,
			formula: (i) =>
				`=IF(${at(columns.name, i)}="","",${at(columns.name, i)})`,
		},
		{
			header: translate(text.share),
			width: 120,
			format: context.formats.percent,
			formula: (i) => {
				const [actual, target] = [at(columns.actual, i), at(columns.target, i)];
				return `=IF(OR(${actual}="",${target}=""),"",IFERROR(${actual}/${target},""))`;
			},
		},
	]);
	if (!categories || !share) return;
	tab.chart({
		key: "kpis-share-of-target",
		kind: "bar",
		...chartLabels(text, translate),
		categories,
		series: [{ values: share }],
		numberFormat: context.formats.percent,
		position: { ...chart, ...CHART_SIZE },
	});
}
