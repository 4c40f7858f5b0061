// A file export computes each deal row's probability and weighted amount as the Pipeline's formulas do, without them.

import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { pipelineColumns } from "../../src/plan/tabs/pipeline";
import { pipelineLayout } from "../../src/plan/tabs/pipeline-layout";
import type {
	ImportedPipeline,
	Language,
	PipelineDeal,
} from "../../src/plan/types";
import { computePlan } from "../../src/workbook/compute-plan";
import {
	MID_MONTH_START,
	midMonthDeals,
	planOf,
} from "../support/period-edges";

const deal = (stage: string, amount: number | null): PipelineDeal => ({
	deal: `Deal ${stage}`,
	account: "Account",
	segment: "",
	owner: "",
	stage,
	amount,
	closeDate: "2027-03-15",
	nextStep: "",
	nextStepDate: null,
	channel: "",
	forecastCategory: "",
	crmId: "",
});

/** Stage cells as people and CRMs write them, with what the formula engines make of each. */
const stagesTyped = [
	"Demo done",
	"  demo   DONE ",
	"Négociation",
	"Negociation",
	"Closed Won",
	"",
	"2027",
	"TRUE",
	"Not in the table",
];

const cases: readonly {
	readonly title: string;
	readonly language: Language;
	readonly pipeline: ImportedPipeline;
}[] = [
	{
		title:
			"fractions, accents, spaces, case, blanks, unknown and number-like stages",
		language: "en",
		pipeline: {
			deals: stagesTyped.flatMap((stage, i) => [
				deal(stage, 1000 + i * 12.5),
				deal(stage, null),
			]),
			stages: [
				{ name: "Demo done", probability: 0.3 },
				{ name: "Négociation", probability: 0.7 },
			],
		},
	},
	{
		title: "whole percents in the stage table",
		language: "fr",
		pipeline: {
			deals: [deal("Demo done", 1234.56), deal("Closed Won", 99.99)],
			stages: [{ name: "Demo done", probability: 30 }],
		},
	},
];

describe("computePlan with the plan's known values", () => {
	it.each(cases)(
		"equals evaluating every formula: $title",
		({ language, pipeline }) => {
			const plan = buildPlan(
				defaultChoices("annual", language, "2027-01-01"),
				defaultTabNames(language),
				pipeline,
			);
			const fast = computePlan(plan, { knownValues: true });
			const slow = computePlan(plan);
			expect(fast.map((tab) => tab.values)).toEqual(
				slow.map((tab) => tab.values),
			);
			expect(
				fast.map((tab) => tab.errors.map((e) => [e.row, e.column])),
			).toEqual(slow.map((tab) => tab.errors.map((e) => [e.row, e.column])));
		},
	);

	it.each(
		(["annual", "quarterly", "30-60-90", "90-day"] as const).flatMap((kind) =>
			(["fr", "en"] as const).map((language) => ({ kind, language })),
		),
	)(
		"equals evaluating every cell on the $kind plan in $language, with examples",
		({ kind, language }) => {
			const plan = buildPlan(
				{ ...defaultChoices(kind, language, "2027-01-01"), examples: true },
				defaultTabNames(language),
			);
			expect(
				computePlan(plan, { knownValues: true }).map((tab) => tab.values),
			).toEqual(computePlan(plan).map((tab) => tab.values));
		},
	);

	it("equals evaluating every formula on a plan starting mid-month, deals closing on its months' edges", () => {
		const plan = planOf("annual", MID_MONTH_START, midMonthDeals);
		expect(
			computePlan(plan, { knownValues: true }).map((tab) => tab.values),
		).toEqual(computePlan(plan).map((tab) => tab.values));
	});

	it("knows the common rows' results, so the export evaluates no formula there", () => {
		const plan = buildPlan(
			defaultChoices("annual", "en", "2027-01-01"),
			defaultTabNames("en"),
			{
				deals: [deal("Demo done", 1000), deal("", 500)],
				stages: [{ name: "Demo done", probability: 0.3 }],
			},
		);
		const pipeline = plan.tabs.find((tab) => tab.key === "pipeline");
		const row = pipeline?.cells[pipelineLayout.firstRow];
		const blank = pipeline?.cells[pipelineLayout.firstRow + 1];
		expect(row?.[pipelineColumns.probability]).toMatchObject({ value: 0.3 });
		expect(row?.[pipelineColumns.weighted]).toMatchObject({ value: 300 });
		expect(blank?.[pipelineColumns.probability]).toMatchObject({ value: "" });
		expect(blank?.[pipelineColumns.weighted]).toMatchObject({ value: "" });
	});
});
