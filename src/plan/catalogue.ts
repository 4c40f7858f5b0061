// Which tabs each plan kind holds, in order. Settings is always there: the other tabs read from it.

import type { PlanKind, PlanKindInfo, TabKey } from "./types";

/** Every tab, in the order a plan lays them out. */
export const allTabs: readonly TabKey[] = [
	"overview",
	"objectives",
	"pipeline",
	"funnel",
	"capacity",
	"actions",
	"kpis",
	"segments",
	"channels",
	"rituals",
	"budget",
	"settings",
];

const keep = (wanted: readonly TabKey[]): readonly TabKey[] =>
	allTabs.filter((key) => wanted.includes(key));

export const planKinds: readonly PlanKindInfo[] = [
	// A full team, planning the year and steering it quarter by quarter.
	{ kind: "annual", tabs: allTabs },
	// A small team that wants one clear page for the quarter.
	{
		kind: "quarterly",
		tabs: keep([
			"overview",
			"objectives",
			"funnel",
			"actions",
			"kpis",
			"channels",
			"rituals",
			"settings",
		]),
	},
	// A new sales lead or a new team: learn, then prove, with milestones at days 30, 60 and 90.
	{
		kind: "30-60-90",
		tabs: keep([
			"overview",
			"objectives",
			"funnel",
			"actions",
			"kpis",
			"segments",
			"rituals",
			"settings",
		]),
	},
	// A tight budget: three priorities for 90 days, channels with stop rules, a costed budget.
	{
		kind: "90-day",
		tabs: keep([
			"overview",
			"actions",
			"kpis",
			"channels",
			"budget",
			"settings",
		]),
	},
];

export function tabsOf(kind: PlanKind): readonly TabKey[] {
	const info = planKinds.find((candidate) => candidate.kind === kind);
	if (!info) throw new RangeError(`unknown plan kind "${kind}"`);
	return info.tabs;
}
