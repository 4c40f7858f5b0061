// Runs the health rules over a plan's cells: one finding per cell that breaks a rule, in the plan's language.

import { a1Notation } from "../plan/a1";
import type { PlanCells } from "./plan-cells";
import { healthRules, type RuleId } from "./rules";

export interface Finding {
	/** The tab's name in the spreadsheet or file. */
	readonly tab: string;
	/** A1 address, e.g. "C7". */
	readonly cell: string;
	readonly rule: RuleId;
	readonly message: string;
}

/** Every finding, tab by tab in the plan's order and top to bottom within a rule; `today` is a serial day. */
export function planFindings(plan: PlanCells, today: number): Finding[] {
	return healthRules.flatMap((rule) => {
		const tab = plan.tabs[rule.tab];
		if (!tab) return [];
		return rule
			.find({ grid: tab.values, plan, today })
			.map(({ row, column }) => ({
				tab: tab.name,
				cell: a1Notation({ row, column, rows: 1, columns: 1 }),
				rule: rule.id,
				message: rule.message[plan.language],
			}));
	});
}
