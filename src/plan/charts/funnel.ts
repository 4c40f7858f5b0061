// The Funnel's chart: the volume each stage needs against the actuals, as bars with the top of the funnel first.

import { area } from "../a1";
import type { PlanContext } from "../context";
import type { TabBuilder } from "../grid";
import { CHART_SIZE } from "./position";
import { chartLabels, chartText } from "./text";

export interface FunnelColumns {
	/** The funnel table's header row; the stages follow it, top first. */
	readonly headerRow: number;
	readonly stage: number;
	readonly needed: number;
	readonly actual: number;
}

/** Reads the funnel table itself, header row and one row per stage, and sits at `at`. */
export function addFunnelChart(
	tab: TabBuilder,
	context: PlanContext,
	columns: FunnelColumns,
	at: { readonly row: number; readonly column: number },
): void {
	const { translate } = context;
	const text = chartText.funnel;
	const rows = context.stages.funnel.length + 1;
	const column = (index: number) => area(columns.headerRow, index, rows, 1);
	tab.chart({
		key: "funnel-needed-actual",
		kind: "bar",
		...chartLabels(text, translate),
		categories: column(columns.stage),
		series: [
			{ values: column(columns.needed) },
			{ values: column(columns.actual) },
		],
		numberFormat: context.formats.integer,
		position: { ...at, ...CHART_SIZE },
	});
}
