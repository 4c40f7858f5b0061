// Each health rule breaks a freshly generated plan in the fake spreadsheet and is found at exactly that cell.

import { beforeEach, describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/api";
import { healthRules } from "../../src/health/rules";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import type { Language, PlanKind } from "../../src/plan/types";
import { sheetNamed, type } from "../../src/preview/fakes/person";
import { type Fakes, install } from "../../src/preview/fakes/services";
import { server } from "../../src/server";
import { breaks } from "./breaks";

const START = "2027-01-01";

let fakes: Fakes;
beforeEach(() => {
	fakes = install();
});

function generate(kind: PlanKind, language: Language, examples: boolean) {
	const { names } = server.previewPlan({ kind, language, replace: [] });
	const choices = { ...defaultChoices(kind, language, START), examples };
	server.generatePlan({ plan: buildPlan(choices, names), replace: [] });
	return names;
}

const check = (today = START): CheckResult =>
	server.checkPlan({ today, language: "en" });

const kinds: PlanKind[] = ["annual", "quarterly", "30-60-90", "90-day"];
const fresh = kinds.flatMap((kind) =>
	(["fr", "en"] as const).flatMap((language) =>
		[true, false].map((examples) => ({ kind, language, examples })),
	),
);

describe("a freshly generated plan is healthy", () => {
	it.each(fresh)(
		"$kind in $language, examples $examples: no finding on its first day",
		({ kind, language, examples }) => {
			generate(kind, language, examples);
			expect(check()).toEqual({ language, findings: [] });
		},
	);
});

describe("each rule finds what breaks it, and only that", () => {
	it("covers every rule of the table", () => {
		expect(breaks.map((b) => b.rule).sort()).toEqual(
			healthRules.map((rule) => rule.id).sort(),
		);
	});

	it.each(breaks)("$rule on $tab", ({ rule, tab, cell, value, found }) => {
		const { names } = server.previewPlan({
			kind: "annual",
			language: "en",
			replace: [],
		});
		const plan = buildPlan(defaultChoices("annual", "en", START), names);
		server.generatePlan({ plan, replace: [] });
		const edited = cell(plan);
		type(sheetNamed(fakes.spreadsheet, tab), edited, value);
		const message = healthRules.find((r) => r.id === rule)?.message.en;
		expect(check().findings).toEqual([
			{ tab, cell: found ?? edited, rule, message },
		]);
	});

	it("writes findings in the plan's language, whatever the sidebar's", () => {
		const names = generate("90-day", "fr", true);
		type(sheetNamed(fakes.spreadsheet, names.actions), "C5", "");
		expect(check()).toEqual({
			language: "fr",
			findings: [
				{
					tab: "Actions",
					cell: "C5",
					rule: "action-owner",
					message: "action sans responsable",
				},
			],
		});
	});

	it("judges deadlines against the day the person gives", () => {
		generate("annual", "en", true);
		const late = check("2027-12-31").findings.map((f) => f.rule);
		expect(late).toContain("action-overdue");
		expect(late).toContain("deal-past-close");
	});
});

describe("choosing a finding selects its cell", () => {
	it("activates the tab and the cell", () => {
		generate("annual", "en", true);
		server.selectCell({ tab: "Actions", cell: "C5" });
		expect(fakes.spreadsheet.active?.name).toBe("Actions");
		expect(fakes.spreadsheet.activeRange?.a1).toBe("C5");
	});

	it("says so when the tab is gone", () => {
		generate("annual", "en", true);
		expect(() =>
			server.selectCell({ tab: "Nowhere", cell: "C5", language: "en" }),
		).toThrow("That tab no longer exists");
	});

	it("refuses a cell that is not an A1 address", () => {
		expect(() => server.selectCell({ tab: "Actions", cell: "C0" })).toThrow(
			"cell: must be a cell such as C7",
		);
	});
});

describe("checking a spreadsheet without a plan", () => {
	it("says there is no plan, in the sidebar's language", () => {
		expect(() => server.checkPlan({ today: START, language: "fr" })).toThrow(
			"Ce classeur ne contient pas de plan",
		);
	});

	it("refuses a day that is not a date", () => {
		expect(() => server.checkPlan({ today: "2027-02-30" })).toThrow(
			"today: is not a real date",
		);
	});
});
