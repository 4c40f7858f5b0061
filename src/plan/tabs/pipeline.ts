// Pipeline: one row per deal; probability looked up from the Settings stage table; weighted forecast of the period.

import { area, cell, range } from "../a1";
import { addMonthChart, addPipelineChart } from "../charts/pipeline";
import { CHART_SIZE, ROW_HEIGHT } from "../charts/position";
import { defineColumns } from "../columns";
import type { PlanContext } from "../context";
import { addDays, isoToSerial } from "../dates";
import { categoryList } from "../forecast-categories";
import { formula, TabBuilder, table } from "../grid";
import {
	fromDay,
	stageProbability,
	stageProbabilityValue,
	toDay,
	weightedValue,
} from "../reading-rules";
import type { Cell, Tab, TabKey } from "../types";
import { channelsLayout } from "./channels";
import { dealCategory, dealCategoryValue } from "./deal-category";
import {
	addForecastFigures,
	type ForecastInputs,
	type ForecastPlaces,
	forecastPlaces,
	rangeOfDeals,
	weightedForecastCall,
} from "./pipeline-forecast";
import { PIPELINE_CAPACITY, pipelineLayout } from "./pipeline-layout";
import { segmentsLayout } from "./segments";
import { settingCell, settingsAreas, settingsRange } from "./settings";

const { headerRow: HEADER, firstRow: FIRST } = pipelineLayout;

/** Rows the deal table holds: every imported deal, and never fewer than the plan's blank rows. */
export const pipelineCapacity = (context: PlanContext): number =>
	Math.max(PIPELINE_CAPACITY, context.imported.length);

const stageTable = (context: PlanContext) =>
	context.ref("settings", settingsRange("stageTable"));

/** The deal table, left to right. */
export const dealTable = defineColumns([
	{ key: "deal", header: { fr: "Affaire", en: "Deal" }, width: 220 },
	{ key: "account", header: { fr: "Compte", en: "Account" }, width: 160 },
	{
		key: "segment",
		header: { fr: "Segment", en: "Segment" },
		width: 140,
		validation: (context) =>
			context.has("segments")
				? { kind: "range", tab: "segments", source: segmentsLayout.names }
				: undefined,
	},
	{
		key: "owner",
		header: { fr: "Responsable", en: "Owner" },
		width: 150,
		validation: {
			kind: "range",
			tab: "settings",
			source: settingsAreas.owners,
		},
	},
	{
		key: "stage",
		header: { fr: "Étape", en: "Stage" },
		width: 150,
		validation: {
			kind: "range",
			tab: "settings",
			source: settingsAreas.stageNames,
		},
	},
	{
		key: "amount",
		header: { fr: "Montant", en: "Amount" },
		width: 120,
		format: "currency",
		validation: { kind: "number", minimum: 0 },
	},
	{
		key: "closeDate",
		header: { fr: "Signature prévue", en: "Expected close" },
		width: 120,
		format: "date",
		validation: { kind: "date" },
	},
	{
		key: "nextStep",
		header: { fr: "Prochaine étape", en: "Next step" },
		width: 220,
	},
	{
		key: "nextStepDate",
		header: { fr: "Date prochaine étape", en: "Next step date" },
		width: 130,
		format: "date",
		validation: { kind: "date" },
	},
	{
		key: "channel",
		header: { fr: "Canal source", en: "Source channel" },
		width: 150,
		validation: (context) =>
			context.has("channels")
				? { kind: "range", tab: "channels", source: channelsLayout.names }
				: undefined,
	},
	{
		key: "probability",
		header: { fr: "Probabilité (Paramètres)", en: "Probability (Settings)" },
		width: 150,
		format: "percent",
		formula: ({ at }, context) =>
			`=${stageProbability(
				at("stage"),
				context.ref("settings", settingsRange("stageNames")),
				context.ref("settings", settingsRange("stageOdds")),
			)}`,
		value: (cell, context) =>
			stageProbabilityValue(cell("stage"), context.stages.pipeline),
	},
	{
		key: "weighted",
		header: { fr: "Montant pondéré", en: "Weighted amount" },
		width: 140,
		format: "currency",
		formula: ({ at }) =>
			`=IF(OR(${at("amount")}="",${at("probability")}=""),"",${at("amount")}*${at("probability")})`,
		value: (cell) => weightedValue(cell("amount"), cell("probability")),
	},
	{
		key: "category",
		header: { fr: "Catégorie de prévision", en: "Forecast category" },
		width: 160,
		formula: ({ at }, context) =>
			`=${dealCategory(
				{
					override: at("categoryOverride"),
					crm: at("forecastCategory"),
					stage: at("stage"),
					probability: at("probability"),
				},
				context,
			)}`,
		value: (cell, context) => dealCategoryValue(cell, context),
	},
	{
		key: "crmId",
		header: { fr: "ID dans le CRM", en: "CRM record id" },
		width: 150,
	},
	{
		// Filled by an import (and updated by the next one) like the other CRM columns.
		key: "forecastCategory",
		header: { fr: "Catégorie (CRM)", en: "Category (CRM)" },
		width: 140,
	},
	{
		// Typed by the person, never written by the add-in: it wins over the CRM and the stage.
		key: "categoryOverride",
		header: { fr: "Catégorie (forcée)", en: "Category override" },
		width: 150,
		validation: (context) => ({
			kind: "list",
			values: categoryList(context.choices.language),
		}),
	},
]);

/** Column indexes of the deal table. */
export const pipelineColumns = dealTable.index;

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
};

/** The chart's block sits one column right of the deal table, the chart beside the block. */
const pipelineSides = {
	blockColumn: dealTable.records.length + 1,
	chartColumn: dealTable.records.length + 3,
} as const;

/** Where the Pipeline shows its forecast categories, range and months (the Overview reads them). */
export const pipelineForecastPlaces = (context: PlanContext): ForecastPlaces =>
	forecastPlaces(context, pipelineSides.chartColumn);

type DealKey = keyof typeof pipelineColumns;

/** A deal column's data rows, every row the table holds. */
const dealRange = (context: PlanContext, key: DealKey, absolute = false) =>
	range(
		area(FIRST, pipelineColumns[key], pipelineCapacity(context), 1),
		absolute,
	);

/**
 * The ranges the forecast functions read, as the Pipeline's own forecasts take them. Read from another tab, the deal
 * columns name the Pipeline and are absolute, so a column of formulas there reads the same deals on every row.
 */
export function pipelineForecastInputs(
	context: PlanContext,
	readFrom: TabKey,
): ForecastInputs {
	const deals = (key: DealKey) =>
		readFrom === "pipeline"
			? dealRange(context, key)
			: context.ref("pipeline", dealRange(context, key, true));
	return {
		amounts: deals("amount"),
		stages: deals("stage"),
		stageTable: stageTable(context),
		closeDates: deals("closeDate"),
	};
}

type DealRow = Partial<Record<DealKey, Cell>>;

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

/** The deal rows the plan writes: the imported deals, else the example deals when asked for, else none. */
export function pipelineDeals(context: PlanContext): DealRow[] {
	const { translate, choices, stages } = context;
	const owners = (i: number) =>
		choices.roles[Math.min(i, choices.roles.length - 1)] ?? null;
	const funnel = stages.funnel;
	const imported: DealRow[] = context.imported.map((deal) => ({
		deal: deal.deal,
		account: deal.account,
		segment: deal.segment,
		owner: deal.owner,
		stage: deal.stage,
		amount: deal.amount,
		closeDate: deal.closeDate === null ? null : isoToSerial(deal.closeDate),
		nextStep: deal.nextStep,
		nextStepDate:
			deal.nextStepDate === null ? null : isoToSerial(deal.nextStepDate),
		channel: deal.channel,
		crmId: deal.crmId,
		forecastCategory: deal.forecastCategory,
	}));
	// Imported deals are the team's real pipeline: example deals would only be in the way.
	return imported.length > 0
		? imported
		: choices.examples
			? exampleDeals.map((deal) => {
					const stage =
						deal.stage < 0
							? funnel[funnel.length - 1]
							: funnel[Math.min(deal.stage, funnel.length - 1)];
					return {
						deal: context.example(deal.deal),
						account: deal.account,
						owner: owners(deal.owner),
						stage: stage?.name ?? null,
						amount: deal.amount,
						closeDate: isoToSerial(addDays(choices.start, deal.closeIn)),
						nextStep: translate(deal.nextStep),
						nextStepDate: isoToSerial(addDays(choices.start, deal.nextIn)),
					};
				})
			: [];
}

export function buildPipeline(context: PlanContext): Tab {
	const { translate, formats, ref } = context;
	const tab = new TabBuilder("pipeline", context.names.pipeline);
	tab.heading(translate(text.title), translate(text.guidance));
	const columns = pipelineColumns;

	const rows = pipelineDeals(context);

	const result = table(tab, context, {
		headerRow: HEADER,
		capacity: pipelineCapacity(context),
		rows,
		columns: dealTable,
	});

	const col = (key: DealKey) => dealRange(context, key);
	const inputs = pipelineForecastInputs(context, "pipeline");
	const start = ref("settings", settingCell("start"));
	const end = ref("settings", settingCell("end"));
	const { forecast, openPipeline, wonInPeriod } = pipelineLayout;
	tab.set(2, 0, translate(text.forecast));
	tab.set(
		forecast.row,
		forecast.column,
		formula(`=${weightedForecastCall(inputs, start, end)}`),
	);
	tab.set(2, 2, translate(text.open));
	tab.set(
		openPipeline.row,
		openPipeline.column,
		formula(
			`=SUMIFS(${col("amount")},${col("probability")},">0",${col("probability")},"<1")`,
		),
	);
	tab.set(2, 4, translate(text.won));
	tab.set(
		wonInPeriod.row,
		wonInPeriod.column,
		formula(
			`=SUMIFS(${col("amount")},${col("probability")},1,${col("closeDate")},${fromDay(start)},${col("closeDate")},${toDay(end)})`,
		),
	);
	tab.format(area(2, 1, 1, 5), formats.currency).boldRow(2);

	// Open deals (probability strictly between 0 and 1) past their close date, then open deals with no next step.
	const fixed = (key: DealKey) =>
		cell(FIRST, columns[key], { absoluteColumn: true });
	const probability = fixed("probability");
	const isOpen = `ISNUMBER(${probability}),${probability}>0,${probability}<1`;
	const close = fixed("closeDate");
	tab.rule({
		area: result.data,
		formula: `=AND(${isOpen},ISNUMBER(${close}),${close}<TODAY())`,
		color: "red",
	});
	tab.rule({
		area: result.data,
		formula: `=AND(${isOpen},${fixed("deal")}<>"",${fixed("nextStep")}="")`,
		color: "amber",
	});

	const { blockColumn, chartColumn } = pipelineSides;
	addPipelineChart(
		tab,
		context,
		{ stage: result.column("stage"), weighted: result.column("weighted") },
		{ row: HEADER, column: blockColumn },
		{ row: HEADER + 1, column: chartColumn },
	);
	const places = pipelineForecastPlaces(context);
	// Under the by-stage block and its chart: the forecast by close month.
	addMonthChart(
		tab,
		context,
		{
			row: places.months.row,
			column: places.months.column + 1,
			count: places.monthCount,
			start,
		},
		{ row: HEADER + context.stages.pipeline.length + 2, column: blockColumn },
		{
			row: HEADER + 2 + Math.ceil(CHART_SIZE.height / ROW_HEIGHT),
			column: chartColumn,
		},
	);
	addForecastFigures(tab, context, places, {
		...inputs,
		categories: col("category"),
		start,
		end,
		rangeFigures: rangeOfDeals(context, rows),
	});
	// Title, key figures, forecast figures and headers: one protection.
	tab.protect(
		area(0, 0, HEADER + 1, Math.max(dealTable.records.length, places.width)),
	);
	return tab.build(HEADER + 1);
}
