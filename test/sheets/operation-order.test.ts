// The order applyPlan works in: sheets inserted first, the person's replaced tabs written last, kept tabs untouched.

import { describe, expect, it } from "vitest";
import type { TabAction } from "../../src/api";
import type { TabKey } from "../../src/plan/types";
import { operationOrder } from "../../src/sheets/operation-order";

const plan: TabKey[] = ["overview", "pipeline", "funnel", "kpis", "settings"];
const placed = (actions: Partial<Record<TabKey, TabAction>>) =>
	Object.entries(actions).map(([key, action]) => ({
		key: key as TabKey,
		action: action as TabAction,
	}));

describe("the order of operations", () => {
	it("writes replaced tabs after every other, each group in the plan's order, and never a kept tab", () => {
		const order = operationOrder(
			plan,
			placed({
				settings: "replace",
				kpis: "create",
				overview: "replace",
				pipeline: "keep",
				funnel: "fill",
			}),
		);
		expect(order.writes).toEqual(["funnel", "kpis", "overview", "settings"]);
	});

	it("inserts the created and renamed tabs, and reads the filled and replaced ones before writing", () => {
		const order = operationOrder(
			plan,
			placed({
				overview: "rename",
				pipeline: "fill",
				funnel: "keep",
				kpis: "replace",
				settings: "create",
			}),
		);
		expect(order.inserts).toEqual(["overview", "settings"]);
		expect(order.reads).toEqual(["pipeline", "kpis"]);
		expect(order.writes).toEqual(["overview", "pipeline", "settings", "kpis"]);
	});

	it("leaves out a placed tab the plan does not hold", () => {
		const order = operationOrder(
			["pipeline"],
			placed({ pipeline: "create", budget: "create" }),
		);
		expect(order).toEqual({
			inserts: ["pipeline"],
			reads: [],
			writes: ["pipeline"],
		});
	});
});
