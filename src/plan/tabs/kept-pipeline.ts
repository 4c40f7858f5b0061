// A Pipeline kept from an earlier run, grown by imports: how far its deals reach, and the plan's tabs reading them all.

import { extendRangesOf } from "../a1-rows";
import type { Cell, Plan } from "../types";
import { pipelineLayout } from "./pipeline-layout";

/** The deal table's last row (1-based) as the Pipeline's forecast names it: "=WEIGHTED_FORECAST(F5:F654,…" gives 654. */
export function dealTableEnd(forecastFormula: string): number | undefined {
	const found =
		/^=WEIGHTED_FORECAST\(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?(\d+),/i.exec(
			forecastFormula.trim(),
		);
	return found ? Number(found[1]) : undefined;
}

/**
 * The plan with its other tabs reading a kept Pipeline's deals down to that tab's own last row, `keptEnd`: an import
 * grows the deal table past the rows the plan is built with (see dealTableEnd).
 */
export function readingKeptDeals(plan: Plan, keptEnd: number): Plan {
	const pipeline = plan.tabs.find((tab) => tab.key === "pipeline");
	const { row, column } = pipelineLayout.forecast;
	const forecast = pipeline?.cells[row]?.[column];
	const builtEnd =
		forecast && typeof forecast === "object"
			? dealTableEnd(forecast.formula)
			: undefined;
	if (!pipeline || builtEnd === undefined || builtEnd === keptEnd) return plan;
	const reading = (cell: Cell): Cell =>
		cell !== null && typeof cell === "object"
			? {
					...cell,
					formula: extendRangesOf(
						cell.formula,
						pipeline.name,
						builtEnd,
						keptEnd,
					),
				}
			: cell;
	return {
		...plan,
		tabs: plan.tabs.map((tab) =>
			tab === pipeline
				? tab
				: { ...tab, cells: tab.cells.map((line) => line.map(reading)) },
		),
	};
}
