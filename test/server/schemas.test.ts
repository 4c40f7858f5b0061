// The plan's limits at their edges: the last value each one takes is accepted, the first one past it refused.

import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type { Tab } from "../../src/plan/types";
import { parseGenerateRequest } from "../../src/server/schemas";

const plan = buildPlan(
	defaultChoices("annual", "en", "2027-01-01"),
	defaultTabNames("en"),
);

/** The request with the first tab changed. */
const withFirstTab = (change: (tab: Tab) => Partial<Tab>) => ({
	plan: {
		...plan,
		tabs: plan.tabs.map((tab, i) =>
			i === 0 ? { ...tab, ...change(tab) } : tab,
		),
	},
	replace: [],
});

/** A dropdown on A1 whose one choice has `length` characters. */
const listOfOne = (length: number) =>
	withFirstTab((tab) => ({
		validations: [
			...tab.validations,
			{
				area: { row: 0, column: 0, rows: 1, columns: 1 },
				kind: "list",
				values: ["x".repeat(length)],
			},
		],
	}));

describe("the generate request's limits", () => {
	it.each([0, 20])("takes %i frozen rows", (frozenRows) => {
		const parsed = parseGenerateRequest(withFirstTab(() => ({ frozenRows })));
		expect(parsed.plan.tabs[0]?.frozenRows).toBe(frozenRows);
	});

	it.each([-1, 21])("refuses %i frozen rows", (frozenRows) => {
		expect(() =>
			parseGenerateRequest(withFirstTab(() => ({ frozenRows }))),
		).toThrow(
			"Invalid request: plan.tabs[0].frozenRows: must be between 0 and 20.",
		);
	});

	it("takes a dropdown choice of 100 characters", () => {
		const parsed = parseGenerateRequest(listOfOne(100));
		const added = parsed.plan.tabs[0]?.validations.at(-1);
		expect(added?.kind === "list" && added.values[0]).toBe("x".repeat(100));
	});

	it("refuses a dropdown choice of 101 characters", () => {
		const at = (plan.tabs[0]?.validations.length ?? 0).toString();
		expect(() => parseGenerateRequest(listOfOne(101))).toThrow(
			`Invalid request: plan.tabs[0].validations[${at}].values[0]: must be at most 100 long.`,
		);
	});
});
