import { describe, expect, it } from "vitest";
import { planKinds, tabsOf } from "../../src/plan/catalogue";
import { normalizeStages } from "../../src/plan/context";
import {
	defaultChoices,
	defaultRoles,
	defaultStages,
} from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type { PlanChoices, TabKey } from "../../src/plan/types";

const order: TabKey[] = [
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

describe("plan kinds", () => {
	it.each([
		["annual", order],
		[
			"quarterly",
			[
				"overview",
				"objectives",
				"funnel",
				"actions",
				"kpis",
				"channels",
				"rituals",
				"settings",
			],
		],
		[
			"30-60-90",
			[
				"overview",
				"objectives",
				"funnel",
				"actions",
				"kpis",
				"segments",
				"rituals",
				"settings",
			],
		],
		[
			"90-day",
			["overview", "actions", "kpis", "channels", "budget", "settings"],
		],
	] as const)("a %s plan holds these tabs, in this order", (kind, tabs) => {
		expect(tabsOf(kind)).toEqual(tabs);
	});

	it("lists the four kinds, each with Settings and in the overall order", () => {
		expect(planKinds.map((info) => info.kind)).toEqual([
			"annual",
			"quarterly",
			"30-60-90",
			"90-day",
		]);
		for (const info of planKinds) {
			expect(info.tabs).toContain("settings");
			expect(
				[...info.tabs].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
			).toEqual(info.tabs);
		}
	});
});

describe("tab names", () => {
	it.each(["fr", "en"] as const)(
		"gives every tab a distinct name in %s",
		(language) => {
			const names = defaultTabNames(language);
			expect(Object.keys(names).sort()).toEqual([...order].sort());
			expect(new Set(Object.values(names)).size).toBe(12);
		},
	);

	it("speaks French and English", () => {
		expect(defaultTabNames("fr")).toMatchObject({
			overview: "Vue d'ensemble",
			funnel: "Entonnoir",
			settings: "Paramètres",
			segments: "Segments & ICP",
		});
		expect(defaultTabNames("en")).toMatchObject({
			overview: "Overview",
			funnel: "Funnel",
			settings: "Settings",
			kpis: "KPIs",
		});
	});
});

describe("defaults", () => {
	it.each(["fr", "en"] as const)(
		"in %s, stages end with a won stage of probability 1",
		(language) => {
			const stages = defaultStages(language);
			expect(stages.at(-1)?.probability).toBe(1);
			for (const stage of stages) {
				expect(stage.probability).toBeGreaterThanOrEqual(0);
				expect(stage.probability).toBeLessThanOrEqual(1);
				expect(stage.conversionRate).toBeGreaterThan(0);
			}
		},
	);

	it("closes 25% of qualified meetings, so 80 meetings give the 20 deals of 120,000 at 6,000", () => {
		const rates = defaultStages("en").map((stage) => stage.conversionRate);
		const meetingToWon = rates
			.slice(1, -1)
			.reduce((product, rate) => product * rate, 1);
		expect(meetingToWon).toBeCloseTo(0.25, 10);
		expect(Math.ceil(120_000 / 6_000 / meetingToWon)).toBe(80);
	});

	it("makes each stage's probability the product of the rates below it", () => {
		const stages = defaultStages("fr");
		stages.forEach((stage, i) => {
			const product = stages
				.slice(i, -1)
				.reduce((p, s) => p * s.conversionRate, 1);
			expect(stage.probability).toBeCloseTo(product, 10);
		});
	});

	it("proposes an SDR, an account executive and an account manager", () => {
		expect(defaultRoles("en").join(" ")).toMatch(/SDR.*AE.*Account manager/);
		expect(defaultRoles("fr").join(" ")).toMatch(/SDR.*AE.*Account manager/);
	});

	it("builds choices for any kind", () => {
		const choices = defaultChoices("90-day", "fr", "2027-04-01");
		expect(choices).toMatchObject({
			kind: "90-day",
			language: "fr",
			start: "2027-04-01",
			currency: "EUR",
		});
		expect(choices.stages).toEqual(defaultStages("fr"));
	});
});

describe("stage normalisation", () => {
	const base = defaultChoices("annual", "en", "2027-01-01");
	const withStages = (stages: PlanChoices["stages"]): PlanChoices => ({
		...base,
		stages,
	});

	it("keeps a final won stage and adds a lost stage", () => {
		const { pipeline, funnel } = normalizeStages(base);
		expect(pipeline.map((s) => s.name)).toEqual([
			"Lead",
			"Qualified meeting",
			"Proposal",
			"Negotiation",
			"Won",
			"Lost",
		]);
		expect(pipeline.at(-1)?.probability).toBe(0);
		expect(funnel.map((s) => s.rate)).toEqual([
			0.2,
			0.5,
			0.625,
			0.8,
			undefined,
		]);
	});

	it("adds a won stage when the last stage is still open, its rate becoming the close rate", () => {
		const { funnel, pipeline } = normalizeStages(
			withStages([
				{ name: "Meeting", probability: 0.25, conversionRate: 0.5 },
				{ name: "Proposal", probability: 0.5, conversionRate: 0.5 },
			]),
		);
		expect(funnel).toEqual([
			{ name: "Meeting", rate: 0.5 },
			{ name: "Proposal", rate: 0.5 },
			{ name: "Won", rate: undefined },
		]);
		expect(pipeline.map((s) => [s.name, s.probability])).toEqual([
			["Meeting", 0.25],
			["Proposal", 0.5],
			["Won", 1],
			["Lost", 0],
		]);
	});

	it("keeps the person's lost stages out of the funnel", () => {
		const { funnel, pipeline } = normalizeStages(
			withStages([
				{ name: "Proposal", probability: 0.5, conversionRate: 0.4 },
				{ name: "Signed", probability: 1, conversionRate: 1 },
				{ name: "No decision", probability: 0, conversionRate: 0 },
			]),
		);
		expect(funnel.map((s) => s.name)).toEqual(["Proposal", "Signed"]);
		expect(pipeline.map((s) => s.name)).toEqual([
			"Proposal",
			"Signed",
			"No decision",
		]);
	});

	it("refuses more stages than the stage table holds", () => {
		const many = Array.from({ length: 12 }, (_, i) => ({
			name: `S${i}`,
			probability: 0.5,
			conversionRate: 0.5,
		}));
		expect(() => normalizeStages(withStages(many))).toThrow(/at most/);
	});
});
