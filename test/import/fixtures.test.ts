// Each CRM's export, written from its documented format, reads as the deals it holds.

import { describe, expect, it } from "vitest";
import { fixture, imported, total } from "./helpers";

interface Expected {
	readonly file: string;
	readonly language: "fr" | "en";
	readonly source: string;
	readonly separator: string;
	readonly encoding: string;
	readonly dates: { order: string; decidedBy: string };
	readonly count: number;
	readonly total: number;
	readonly closeDates: readonly (string | null)[];
	readonly stages: Readonly<Record<string, [number | null, string | null]>>;
	readonly first: Readonly<Record<string, unknown>>;
}

const cases: readonly Expected[] = [
	{
		file: "salesforce-report.csv",
		language: "en",
		source: "salesforce",
		separator: ",",
		encoding: "utf-8",
		dates: { order: "month-first", decidedBy: "file" },
		count: 6,
		total: 114150.5,
		closeDates: [
			"2027-03-15",
			"2027-04-30",
			"2027-02-28",
			"2027-01-25",
			"2027-01-18",
			"2027-05-20",
		],
		stages: {
			Prospecting: [0.1, "file"],
			"Proposal/Price Quote": [0.75, "file"],
			"Negotiation/Review": [0.9, "file"],
			"Closed Won": [1, "file"],
			"Closed Lost": [0, "file"],
		},
		first: {
			line: 2,
			deal: "Northwind - 200 seats",
			account: "Northwind Traders",
			owner: "Maya Lopez",
			channel: "Web",
			forecastCategory: "Pipeline",
			crmId: "0065g00000AbCdEAA1",
			nextStep: "Discovery call",
		},
	},
	{
		file: "hubspot-deals.csv",
		language: "en",
		source: "hubspot",
		separator: ",",
		encoding: "utf-8",
		dates: { order: "month-first", decidedBy: "iso-only" },
		count: 7,
		total: 132500.5,
		closeDates: [
			"2027-03-15",
			"2027-04-01",
			"2027-02-20",
			"2027-03-31",
			"2027-01-29",
			"2027-01-10",
			"2027-01-12",
		],
		stages: {
			"Appointment scheduled": [0.2, "hubspot"],
			"Qualified to buy": [0.4, "hubspot"],
			"Presentation scheduled": [0.6, "hubspot"],
			"Decision maker bought-in": [0.8, "hubspot"],
			"Contract sent": [0.9, "hubspot"],
			"Closed won": [1, "hubspot"],
			"Closed lost": [0, "hubspot"],
		},
		first: {
			line: 2,
			deal: "Globex onboarding",
			account: "Globex",
			owner: "Ana Silva",
			crmId: "9001234501",
			amount: 12500,
		},
	},
	{
		file: "pipedrive-deals.csv",
		language: "en",
		source: "pipedrive",
		separator: ",",
		encoding: "utf-8",
		dates: { order: "month-first", decidedBy: "iso-only" },
		count: 5,
		total: 81500,
		closeDates: [
			"2027-03-10",
			"2027-04-22",
			"2027-02-14",
			"2027-05-05",
			"2027-01-20",
		],
		stages: {
			Qualified: [0.2, "file"],
			"Proposal Made": [0.5, "file"],
			"Negotiations Started": [0.8, "file"],
		},
		first: {
			line: 2,
			deal: "Acme CRM seats",
			account: "Acme",
			owner: "Léa Martin",
			nextStepDate: "2027-01-18",
			channel: "Inbound",
			crmId: "101",
		},
	},
	{
		file: "french-excel.csv",
		language: "fr",
		source: "table",
		separator: ";",
		encoding: "windows-1252",
		dates: { order: "day-first", decidedBy: "file" },
		count: 4,
		total: 46000.5,
		closeDates: ["2027-03-15", "2027-04-02", "2027-02-28", "2027-01-20"],
		stages: {
			Proposition: [0.5, "plan"],
			"RDV qualifié": [0.25, "plan"],
			Négociation: [0.8, "plan"],
			Gagné: [1, "plan"],
		},
		first: {
			line: 2,
			deal: "Équipement 3 sites",
			account: "Clinique Horizon",
			owner: "Élodie Durand",
			nextStep: "Relire la proposition avec la DAF",
			nextStepDate: "2027-01-08",
			channel: "Salon",
		},
	},
	{
		file: "pasted.tsv",
		language: "en",
		source: "table",
		separator: "\t",
		encoding: "utf-8",
		dates: { order: "month-first", decidedBy: "language" },
		count: 3,
		total: 34700,
		closeDates: ["2027-03-04", "2027-02-11", "2027-01-12"],
		stages: {
			Proposal: [0.5, "file"],
			"Demo done": [0.3, "file"],
			Negotiation: [0.8, "file"],
		},
		first: {
			line: 2,
			deal: "Harbor expansion",
			account: "Harbor Freight Co",
			probability: 0.5,
		},
	},
];

describe.each(cases)("$file", (expected) => {
	const plan = imported(fixture(expected.file), {
		language: expected.language,
	});

	it("is recognised with its separator, encoding and date reading", () => {
		expect(plan.source).toBe(expected.source);
		expect(plan.separator).toBe(expected.separator);
		expect(plan.encoding).toBe(expected.encoding);
		expect(plan.dates).toEqual(expected.dates);
	});

	it("holds the expected deals, with no problem row", () => {
		expect(plan.problems).toEqual([]);
		expect(plan.deals).toHaveLength(expected.count);
		expect(total(plan)).toBe(expected.total);
		expect(plan.deals.map((d) => d.closeDate)).toEqual(expected.closeDates);
		expect(plan.deals[0]).toMatchObject(expected.first);
	});

	it("gives each stage its probability and says where it came from", () => {
		const stages = Object.fromEntries(
			plan.stages.map((s) => [s.stage, [s.probability, s.from]]),
		);
		expect(stages).toEqual(expected.stages);
	});
});

describe("fields that span lines and hold quotes", () => {
	const plan = imported(fixture("salesforce-report.csv"));
	it("keeps a quoted comma, a doubled quote and a line break inside one field", () => {
		expect(plan.deals[1]).toMatchObject({
			account: "Contoso, Ltd.",
			deal: 'Contoso "Phase 2" rollout',
			nextStep: "Send revised quote,\r\nthen book the legal review",
		});
	});
	it("counts the line break in the line numbers of the rows after it", () => {
		expect(plan.deals.map((d) => d.line)).toEqual([2, 3, 5, 6, 7, 8]);
	});
});
