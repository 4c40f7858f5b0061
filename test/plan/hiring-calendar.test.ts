// The Capacity tab's hiring calendar: Objectives' monthly targets, the tab's own inputs, HIRING_PLAN's five rows, totals.

import { describe, expect, it } from "vitest";
import { functions } from "../../src/functions/index";
import { buildPlan } from "../../src/plan/build-plan";
import { makeContext } from "../../src/plan/context";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { capacityCalendar } from "../../src/plan/tabs/capacity";
import type { Language } from "../../src/plan/types";
import { computePlan } from "../../src/workbook/compute-plan";

const labels: Record<Language, string[]> = {
	fr: [
		"Recrues qui démarrent",
		"Commerciaux attendus",
		"Équivalents formés",
		"Capacité",
		"Écart à l'objectif",
	],
	en: [
		"Hires starting",
		"Expected reps",
		"Ramped equivalents",
		"Capacity",
		"Gap to target",
	],
};

describe.each([
	{ language: "fr" as const, examples: true },
	{ language: "en" as const, examples: false },
])(
	"the annual plan's hiring calendar ($language, examples $examples)",
	({ language, examples }) => {
		const choices = {
			...defaultChoices("annual", language, "2027-01-01"),
			examples,
		};
		const names = defaultTabNames(language);
		const plan = buildPlan(choices, names);
		const computed = computePlan(plan);
		const capacity = computed.find((tab) => tab.key === "capacity");
		const objectives = computed.find((tab) => tab.key === "objectives");
		const values = capacity?.values ?? [];
		const layout = capacityCalendar(makeContext(choices, names));
		const { spill, targets, input, totals } = layout;
		const row = (r: number) =>
			(values[r] ?? []).slice(spill.column, spill.column + spill.columns);

		it("labels HIRING_PLAN's five rows in the plan's language", () => {
			expect(
				Array.from({ length: 5 }, (_, i) => values[spill.row + i]?.[0]),
			).toEqual(labels[language]);
		});

		it("reads the twelve monthly targets from Objectives", () => {
			const monthly = (objectives?.values ?? [])
				.slice(4, 16)
				.map((line) => line[4]);
			expect(row(targets.row)).toEqual(monthly);
			expect(monthly.every((v) => typeof v === "number" && v > 0)).toBe(true);
		});

		it("shows what HIRING_PLAN computes from the tab's own cells, with no error", () => {
			expect(capacity?.errors).toEqual([]);
			const cellAt = (key: keyof typeof input) =>
				values[input[key].row]?.[input[key].column];
			const expected = functions.HIRING_PLAN?.(
				[row(targets.row)],
				cellAt("quota"),
				cellAt("attainment"),
				cellAt("ramp"),
				cellAt("attrition"),
				cellAt("current"),
				cellAt("leadTime"),
			) as number[][];
			expect(Array.from({ length: 5 }, (_, i) => row(spill.row + i))).toEqual(
				expected,
			);
		});

		it("totals the hires and the expected leavers", () => {
			const starts = row(spill.row) as number[];
			const reps = row(spill.row + 1) as number[];
			const hires = starts.reduce((sum, n) => sum + n, 0);
			expect(values[totals.row]?.[totals.hires]).toBe(hires);
			const current = values[input.current.row]?.[1] as number;
			expect(values[totals.row]?.[totals.leavers]).toBeCloseTo(
				current + hires - (reps[11] as number),
				9,
			);
		});

		it("covers every month from lead time + ramp on", () => {
			const ramp = values[input.ramp.row]?.[1] as number;
			const lead = values[input.leadTime.row]?.[1] as number;
			const gap = row(spill.row + 4) as number[];
			gap.forEach((value, i) => {
				if (i + 1 >= lead + ramp) expect(value).toBeGreaterThanOrEqual(0);
			});
		});
	},
);
