// One edit per health rule that breaks a fresh annual English plan with examples, and where the finding must be.

import type { RuleId } from "../../src/health/rules";
import { a1Notation } from "../../src/plan/a1";
import { isoToSerial } from "../../src/plan/dates";
import type { Plan } from "../../src/plan/types";

export interface Break {
	readonly rule: RuleId;
	readonly tab: "Overview" | "Actions" | "KPIs" | "Pipeline" | "Objectives";
	/** The cell the edit types into, as A1. */
	readonly cell: (plan: Plan) => string;
	/** What is typed: "" clears the cell. */
	readonly value: string | number;
	/** Where the finding is, when not the edited cell. */
	readonly found?: string;
}

/** The line after "Priority 3" on Overview: where a person would add a fourth priority. */
function fourthPriority(plan: Plan): string {
	const overview = plan.tabs.find((tab) => tab.key === "overview");
	const row = overview?.cells.findIndex((line) => line[0] === "Priority 3");
	if (row === undefined || row < 0)
		throw new Error("no Priority 3 on Overview");
	return a1Notation({ row: row + 1, column: 1, rows: 1, columns: 1 });
}

const fixed = (a1: string) => () => a1;

export const breaks: readonly Break[] = [
	{
		rule: "priorities",
		tab: "Overview",
		cell: fourthPriority,
		value: "Open a second office",
	},
	{ rule: "action-owner", tab: "Actions", cell: fixed("C5"), value: "" },
	{ rule: "action-deadline", tab: "Actions", cell: fixed("E6"), value: "" },
	{ rule: "action-kpi", tab: "Actions", cell: fixed("G7"), value: "" },
	{
		rule: "action-kpi-unknown",
		tab: "Actions",
		cell: fixed("G8"),
		value: "Team happiness",
	},
	{ rule: "kpi-target", tab: "KPIs", cell: fixed("F6"), value: "" },
	{ rule: "kpi-threshold", tab: "KPIs", cell: fixed("G5"), value: "" },
	{
		rule: "action-overdue",
		tab: "Actions",
		cell: fixed("E5"),
		value: isoToSerial("2026-12-31"),
	},
	{
		rule: "deal-past-close",
		tab: "Pipeline",
		cell: fixed("G6"),
		value: isoToSerial("2026-12-15"),
	},
	{ rule: "deal-no-next-step", tab: "Pipeline", cell: fixed("H5"), value: "" },
	{
		rule: "seasonality",
		tab: "Objectives",
		cell: fixed("H9"),
		value: 0.5,
		found: "H5",
	},
];
