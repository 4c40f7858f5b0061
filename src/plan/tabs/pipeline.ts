// Pipeline: one row per deal; probability looked up from the Settings stage table; weighted forecast of the period.

import { area, cell, range } from "../a1";
import { addPipelineChart } from "../charts/pipeline";
import type { PlanContext } from "../context";
import { addDays, isoToSerial } from "../dates";
import { formula, TabBuilder, table } from "../grid";
import type { Cell, Tab } from "../types";
import { channelsLayout } from "./channels";
import { segmentsLayout } from "./segments";
import { settingCell, settingsAreas, settingsRange } from "./settings";

export const PIPELINE_CAPACITY = 200;
const HEADER = 3;
const FIRST = HEADER + 1;
const LAST = FIRST + PIPELINE_CAPACITY - 1;

/** Column indexes of the deal table. */
export const pipelineColumns = {
	deal: 0,
	account: 1,
	segment: 2,
	owner: 3,
	stage: 4,
	amount: 5,
	closeDate: 6,
	nextStep: 7,
	nextStepDate: 8,
	channel: 9,
	probability: 10,
	weighted: 11,
} as const;

export const pipelineLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	lastRow: LAST,
	/** B3: WEIGHTED_FORECAST of the deals closing within the Settings period. */
	forecast: { row: 2, column: 1 },
	/** D3: amount of open deals (probability strictly between 0 and 1). */
	openPipeline: { row: 2, column: 3 },
	/** F3: amount won (probability 1) with a close date within the period. */
	wonInPeriod: { row: 2, column: 5 },
} as const;

const text = {
	title: { fr: "Pipeline des affaires", en: "Deal pipeline" },
	guidance: {
		fr: "Une ligne par affaire : étape, montant, date de signature prévue et prochaine action datée.",
		en: "One row per deal: its stage, amount, expected close date and a dated next step.",
	},
	forecast: {
		fr: "Prévision pondérée (période)",
		en: "Weighted forecast (period)",
	},
	open: { fr: "Pipeline ouvert", en: "Open pipeline" },
	won: { fr: "Gagné sur la période", en: "Won in the period" },
	headers: {
		deal: { fr: "Affaire", en: "Deal" },
		account: { fr: "Compte", en: "Account" },
		segment: { fr: "Segment", en: "Segment" },
		owner: { fr: "Responsable", en: "Owner" },
		stage: { fr: "Étape", en: "Stage" },
		amount: { fr: "Montant", en: "Amount" },
		closeDate: { fr: "Signature prévue", en: "Expected close" },
		nextStep: { fr: "Prochaine étape", en: "Next step" },
		nextStepDate: { fr: "Date prochaine étape", en: "Next step date" },
		channel: { fr: "Canal source", en: "Source channel" },
		probability: {
			fr: "Probabilité (Paramètres)",
			en: "Probability (Settings)",
		},
		weighted: { fr: "Montant pondéré", en: "Weighted amount" },
	},
};

interface ExampleDeal {
	readonly deal: { fr: string; en: string };
	readonly account: string;
	readonly stage: number;
	readonly amount: number;
	readonly closeIn: number;
	readonly nextStep: { fr: string; en: string };
	readonly nextIn: number;
	readonly owner: number;
}

const exampleDeals: readonly ExampleDeal[] = [
	{
		deal: { fr: "Équipement 3 sites", en: "Three-site rollout" },
		account: "Clinique Horizon",
		stage: 2,
		amount: 18000,
		closeIn: 40,
		nextStep: {
			fr: "Relire la proposition avec la DAF",
			en: "Walk the CFO through the proposal",
		},
		nextIn: 7,
		owner: 1,
	},
	{
		deal: { fr: "Pilote atelier", en: "Workshop pilot" },
		account: "Mécanique Durand",
		stage: 1,
		amount: 6000,
		closeIn: 75,
		nextStep: { fr: "Atelier de découverte", en: "Discovery workshop" },
		nextIn: 10,
		owner: 1,
	},
	{
		deal: { fr: "Extension licences", en: "Licence expansion" },
		account: "Groupe Lumen",
		stage: 3,
		amount: 9000,
		closeIn: 20,
		nextStep: { fr: "Valider les conditions", en: "Agree the terms" },
		nextIn: 3,
		owner: 2,
	},
	{
		deal: { fr: "Intégrateur régional", en: "Regional integrator" },
		account: "Intégral Systèmes",
		stage: 0,
		amount: 6000,
		closeIn: 110,
		nextStep: { fr: "Qualifier le besoin", en: "Qualify the need" },
		nextIn: 14,
		owner: 0,
	},
	{
		deal: { fr: "Abonnement annuel", en: "Annual subscription" },
		account: "Santé Plus",
		stage: -1,
		amount: 6000,
		closeIn: 12,
		nextStep: { fr: "Lancer l'onboarding", en: "Start onboarding" },
		nextIn: 15,
		owner: 1,
	},
];

export function buildPipeline(context: PlanContext): Tab {
	const { t, formats, ref, choices, stages } = context;
	const b = new TabBuilder("pipeline", context.names.pipeline);
	b.heading(t(text.title), t(text.guidance));
	const c = pipelineColumns;
	const at = (key: keyof typeof c, row: number) => cell(row, c[key]);
	const h = text.headers;

	const owners = (i: number) =>
		choices.roles[Math.min(i, choices.roles.length - 1)] ?? null;
	const funnel = stages.funnel;
	const rows: Cell[][] = choices.examples
		? exampleDeals.map((deal) => {
				const stage =
					deal.stage < 0
						? funnel[funnel.length - 1]
						: funnel[Math.min(deal.stage, funnel.length - 1)];
				return [
					context.example(deal.deal),
					deal.account,
					null,
					owners(deal.owner),
					stage?.name ?? null,
					deal.amount,
					isoToSerial(addDays(choices.start, deal.closeIn)),
					t(deal.nextStep),
					isoToSerial(addDays(choices.start, deal.nextIn)),
					null,
				];
			})
		: [];

	const segment = context.has("segments")
		? {
				kind: "range" as const,
				tab: "segments" as const,
				source: segmentsLayout.names,
			}
		: undefined;
	const channel = context.has("channels")
		? {
				kind: "range" as const,
				tab: "channels" as const,
				source: channelsLayout.names,
			}
		: undefined;
	const stageTable = ref("settings", settingsRange("stageTable"));
	const result = table(b, {
		headerRow: HEADER,
		capacity: PIPELINE_CAPACITY,
		rows,
		columns: [
			{ header: t(h.deal), width: 220 },
			{ header: t(h.account), width: 160 },
			{
				header: t(h.segment),
				width: 140,
				...(segment ? { validation: segment } : {}),
			},
			{
				header: t(h.owner),
				width: 150,
				validation: {
					kind: "range",
					tab: "settings",
					source: settingsAreas.owners,
				},
			},
			{
				header: t(h.stage),
				width: 150,
				validation: {
					kind: "range",
					tab: "settings",
					source: settingsAreas.stageNames,
				},
			},
			{
				header: t(h.amount),
				width: 120,
				format: formats.currency,
				validation: { kind: "number", minimum: 0 },
			},
			{
				header: t(h.closeDate),
				width: 120,
				format: formats.date,
				validation: { kind: "date" },
			},
			{ header: t(h.nextStep), width: 220 },
			{
				header: t(h.nextStepDate),
				width: 130,
				format: formats.date,
				validation: { kind: "date" },
			},
			{
				header: t(h.channel),
				width: 150,
				...(channel ? { validation: channel } : {}),
			},
			{
				header: t(h.probability),
				width: 150,
				format: formats.percent,
				formula: (r) =>
					`=IF(${at("stage", r)}="","",IFERROR(VLOOKUP(${at("stage", r)},${stageTable},2,0),""))`,
			},
			{
				header: t(h.weighted),
				width: 140,
				format: formats.currency,
				formula: (r) =>
					`=IF(OR(${at("amount", r)}="",${at("probability", r)}=""),"",${at("amount", r)}*${at("probability", r)})`,
			},
		],
	});

	const col = (key: keyof typeof c) => range(result.column(c[key]));
	const start = ref("settings", settingCell("start"));
	const end = ref("settings", settingCell("end"));
	const { forecast, openPipeline, wonInPeriod } = pipelineLayout;
	b.set(2, 0, t(text.forecast));
	b.set(
		forecast.row,
		forecast.column,
		formula(
			`=WEIGHTED_FORECAST(${col("amount")},${col("stage")},${stageTable},${col("closeDate")},${start},${end})`,
		),
	);
	b.set(2, 2, t(text.open));
	b.set(
		openPipeline.row,
		openPipeline.column,
		formula(
			`=SUMIFS(${col("amount")},${col("probability")},">0",${col("probability")},"<1")`,
		),
	);
	b.set(2, 4, t(text.won));
	b.set(
		wonInPeriod.row,
		wonInPeriod.column,
		formula(
			`=SUMIFS(${col("amount")},${col("probability")},1,${col("closeDate")},">="&${start},${col("closeDate")},"<="&${end})`,
		),
	);
	b.format(area(2, 1, 1, 5), formats.currency).boldRow(2);

	// Open deals (probability strictly between 0 and 1) past their close date, then open deals with no next step.
	const p = cell(FIRST, c.probability, { absoluteColumn: true });
	const isOpen = `ISNUMBER(${p}),${p}>0,${p}<1`;
	const close = cell(FIRST, c.closeDate, { absoluteColumn: true });
	const next = cell(FIRST, c.nextStep, { absoluteColumn: true });
	const dealName = cell(FIRST, c.deal, { absoluteColumn: true });
	b.rule({
		area: result.data,
		formula: `=AND(${isOpen},ISNUMBER(${close}),${close}<TODAY())`,
		color: "red",
	});
	b.rule({
		area: result.data,
		formula: `=AND(${isOpen},${dealName}<>"",${next}="")`,
		color: "amber",
	});

	b.protect(area(0, 0, HEADER + 1, 12));
	addPipelineChart(
		b,
		context,
		{ stage: result.column(c.stage), weighted: result.column(c.weighted) },
		{ row: HEADER, column: 13 },
		{ row: HEADER, column: 16 },
	);
	return b.build(HEADER + 1);
}
