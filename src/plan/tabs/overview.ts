// Overview: mission, period and target, key assumptions, the three priorities, and headline figures from the other tabs.

import { abs, area, range } from "../a1";
import { addOverviewChart } from "../charts/overview";
import { defineColumns } from "../columns";
import type { PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import type { Text } from "../text";
import type { Cell, Tab, TabKey } from "../types";
import { actionsLayout } from "./actions";
import { budgetLayout } from "./budget";
import { capacityLayout } from "./capacity";
import { funnelLayout } from "./funnel";
import { kpisLayout } from "./kpis";
import { objectivesLayout } from "./objectives";
import { pipelineForecastPlaces } from "./pipeline";
import { pipelineLayout } from "./pipeline-layout";
import { ritualsLayout } from "./rituals";
import { type SettingKey, settingCell, settingsAreas } from "./settings";

const FIGURES_HEADER = 7;

const text = {
	title: {
		fr: "Plan d'action commercial – vue d'ensemble",
		en: "Sales action plan – overview",
	},
	guidance: {
		fr: "La mission, les hypothèses et les trois priorités : de quoi savoir en 30 secondes quoi faire lundi.",
		en: "Mission, assumptions and three priorities: enough to know in 30 seconds what Monday is for.",
	},
	mission: { fr: "Mission", en: "Mission" },
	market: { fr: "Marché et concurrence", en: "Market and competition" },
	seasonality: { fr: "Saisonnalité", en: "Seasonality" },
	priority: { fr: "Priorité", en: "Priority" },
	questions: [
		{
			fr: "Où en sommes-nous face à l'objectif ?",
			en: "Where do we stand against the target?",
		},
		{ fr: "Qu'est-ce qui dérive ?", en: "What is drifting?" },
		{
			fr: "Quelle correction lançons-nous ?",
			en: "Which fix are we starting?",
		},
	],
	examples: {
		mission: {
			fr: "Aider les cliniques de taille moyenne à alléger leur charge administrative grâce à notre plateforme, résultats mesurés en un trimestre.",
			en: "Help mid-sized clinics cut their admin workload with our platform, with results measured within a quarter.",
		},
		market: {
			fr: "Deux concurrents installés ; les acheteurs comparent surtout le délai de mise en route.",
			en: "Two established rivals; buyers mostly compare how fast they can go live.",
		},
		seasonality: {
			fr: "Août calme, décembre ralenti ; les salons lancent les achats.",
			en: "Quiet August, slower December; trade shows start buying cycles.",
		},
		priorities: [
			{
				fr: "Mieux qualifier les leads entrants",
				en: "Qualify inbound leads better",
			},
			{ fr: "Faire mûrir les leads plus vite", en: "Nurture leads faster" },
			{
				fr: "Un partenariat ciblé avec trois intégrateurs",
				en: "One targeted partnership with three integrators",
			},
		],
		kpis: [
			{ fr: "Conversion MQL → SQL", en: "MQL → SQL rate" },
			{ fr: "Cycle de vente", en: "Sales cycle" },
			{
				fr: "Opportunités issues des partenaires",
				en: "Partner-sourced opportunities",
			},
		],
	},
	figures: {
		start: { fr: "Début de la période", en: "Period start" },
		end: { fr: "Fin de la période", en: "Period end" },
		revenueTarget: { fr: "Objectif de CA", en: "Revenue target" },
		dealSize: { fr: "Panier moyen", en: "Average deal size" },
		salesCycle: { fr: "Cycle de vente (jours)", en: "Sales cycle (days)" },
		margin: { fr: "Marge brute visée", en: "Target gross margin" },
		actual: { fr: "Réalisé à date", en: "Actual to date" },
		attainment: { fr: "Atteinte de l'objectif", en: "Target attainment" },
		forecast: {
			fr: "Prévision pondérée (période)",
			en: "Weighted forecast (period)",
		},
		open: { fr: "Pipeline ouvert", en: "Open pipeline" },
		won: { fr: "Gagné sur la période", en: "Won in the period" },
		closed: { fr: "Gagné (catégories)", en: "Closed (categories)" },
		commit: { fr: "Engagé, avec gagné", en: "Commit, with closed" },
		bestCase: {
			fr: "Meilleur cas, avec engagé",
			en: "Best case, with commit",
		},
		low: { fr: "Fourchette : basse", en: "Range: low" },
		expected: { fr: "Fourchette : attendue", en: "Range: expected" },
		high: { fr: "Fourchette : haute", en: "Range: high" },
		deals: { fr: "Affaires à signer", en: "Deals to win" },
		needed: { fr: "Requis :", en: "Needed:" },
		hires: { fr: "Recrutements à faire", en: "Hires to make" },
		openActions: { fr: "Actions ouvertes", en: "Open actions" },
		overdue: { fr: "Actions en retard", en: "Overdue actions" },
		offTrack: { fr: "KPI hors trajectoire", en: "KPIs off track" },
		budget: { fr: "Budget total", en: "Total budget" },
		hours: {
			fr: "Heures de rituels par mois",
			en: "Hours of rituals per month",
		},
	},
};

type Kind = "date" | "currency" | "percent" | "number";
interface Figure {
	readonly label: string;
	readonly formula: string;
	readonly kind: Kind;
	readonly tab: TabKey;
}

function figures(context: PlanContext): Figure[] {
	const { translate, ref, has, stages } = context;
	const labels = text.figures;
	const list: Figure[] = [];
	const setting = (label: Text, key: SettingKey, kind: Kind) =>
		list.push({
			label: translate(label),
			formula: `=${ref("settings", settingCell(key))}`,
			kind,
			tab: "settings",
		});
	const from = (
		tab: TabKey,
		label: string,
		at: { row: number; column: number },
		kind: Kind,
	) => {
		if (has(tab))
			list.push({
				label,
				formula: `=${ref(tab, abs(at.row, at.column))}`,
				kind,
				tab,
			});
	};
	setting(labels.start, "start", "date");
	setting(labels.end, "end", "date");
	setting(labels.revenueTarget, "revenueTarget", "currency");
	setting(labels.dealSize, "dealSize", "currency");
	setting(labels.salesCycle, "salesCycle", "number");
	setting(labels.margin, "margin", "percent");
	from(
		"objectives",
		translate(labels.actual),
		objectivesLayout.actual,
		"currency",
	);
	from(
		"objectives",
		translate(labels.attainment),
		objectivesLayout.attainment,
		"percent",
	);
	from(
		"pipeline",
		translate(labels.forecast),
		pipelineLayout.forecast,
		"currency",
	);
	from(
		"pipeline",
		translate(labels.open),
		pipelineLayout.openPipeline,
		"currency",
	);
	from(
		"pipeline",
		translate(labels.won),
		pipelineLayout.wonInPeriod,
		"currency",
	);
	if (has("pipeline")) {
		const places = pipelineForecastPlaces(context);
		const { categories, range } = places;
		[labels.closed, labels.commit, labels.bestCase].forEach((label, i) => {
			from(
				"pipeline",
				translate(label),
				{ row: categories.row + i, column: categories.column + 1 },
				"currency",
			);
		});
		[labels.low, labels.expected, labels.high].forEach((label, i) => {
			from(
				"pipeline",
				translate(label),
				{ row: range.row, column: range.column + i },
				"currency",
			);
		});
	}
	if (has("funnel")) {
		const counts = ref("funnel", range(funnelLayout.counts, true));
		list.push({
			label: translate(labels.deals),
			formula: `=IFERROR(INDEX(${counts},COUNT(${counts})),"")`,
			kind: "number",
			tab: "funnel",
		});
		const meetings = stages.funnel.length >= 3 ? stages.funnel[1] : undefined;
		if (meetings) {
			const at = {
				row: funnelLayout.counts.row + 1,
				column: funnelLayout.counts.column,
			};
			list.push({
				label: `${translate(labels.needed)} ${meetings.name}`,
				formula: `=${ref("funnel", abs(at.row, at.column))}`,
				kind: "number",
				tab: "funnel",
			});
		}
	}
	from(
		"capacity",
		translate(labels.hires),
		capacityLayout.totalHires,
		"number",
	);
	from("actions", translate(labels.openActions), actionsLayout.open, "number");
	from("actions", translate(labels.overdue), actionsLayout.overdue, "number");
	from("kpis", translate(labels.offTrack), kpisLayout.offTrack, "number");
	from("budget", translate(labels.budget), budgetLayout.total, "currency");
	from("rituals", translate(labels.hours), ritualsLayout.hours, "number");
	return list;
}

/** The key figures: a label, its formula, the tab it comes from; each value takes its own format. */
const figureTable = defineColumns([
	{
		key: "figure",
		header: { fr: "Chiffre clé", en: "Key figure" },
		width: 300,
	},
	{ key: "value", header: { fr: "Valeur", en: "Value" }, width: 380 },
	{
		key: "source",
		header: { fr: "Onglet source", en: "Source tab" },
		width: 180,
	},
]);

const priorityTable = defineColumns([
	{ key: "priority", header: { fr: "Priorité", en: "Priority" }, width: 300 },
	{
		key: "what",
		header: {
			fr: "Les trois priorités du trimestre",
			en: "This quarter's three priorities",
		},
		width: 380,
	},
	{
		key: "owner",
		header: { fr: "Responsable", en: "Owner" },
		width: 180,
		validation: {
			kind: "range",
			tab: "settings",
			source: settingsAreas.owners,
		},
	},
	{ key: "kpi", header: { fr: "KPI visé", en: "KPI it moves" }, width: 220 },
]);

const reviewTable = defineColumns([
	{
		key: "question",
		header: { fr: "Point d'étape", en: "Check-in" },
		width: 300,
	},
	{ key: "answer", header: { fr: "Réponse", en: "Answer" }, width: 380 },
]);

export function buildOverview(context: PlanContext): Tab {
	const { translate, formats, choices, names } = context;
	const tab = new TabBuilder("overview", names.overview);
	tab.heading(translate(text.title), translate(text.guidance));
	const ex = text.examples;
	const maybe = (value: Text): Cell =>
		choices.examples ? context.example(value) : null;
	tab.setRow(3, 0, [translate(text.mission), maybe(ex.mission)]);
	tab.setRow(4, 0, [translate(text.market), maybe(ex.market)]);
	tab.setRow(5, 0, [translate(text.seasonality), maybe(ex.seasonality)]);

	const list = figures(context);
	table(tab, context, {
		headerRow: FIGURES_HEADER,
		capacity: list.length,
		rows: list.map((figure) => ({
			figure: figure.label,
			value: formula(figure.formula),
			source: names[figure.tab],
		})),
		columns: figureTable,
	});
	const pattern: Record<Kind, string> = {
		date: formats.date,
		currency: formats.currency,
		percent: formats.percent,
		number: "#,##0",
	};
	list.forEach((figure, i) => {
		tab.format(
			area(FIGURES_HEADER + 1 + i, figureTable.index.value),
			pattern[figure.kind],
		);
	});
	tab.protect(
		area(FIGURES_HEADER, 0, list.length + 1, figureTable.records.length),
	);

	const prioritiesHeader = FIGURES_HEADER + list.length + 2;
	table(tab, context, {
		headerRow: prioritiesHeader,
		capacity: 3,
		rows: [0, 1, 2].map((i) => {
			const what = ex.priorities[i];
			const kpi = ex.kpis[i];
			return {
				priority: `${translate(text.priority)} ${i + 1}`,
				what: choices.examples && what ? context.example(what) : null,
				owner: choices.examples
					? (choices.roles[Math.min(i + 1, choices.roles.length - 1)] ?? null)
					: null,
				kpi: choices.examples && kpi ? translate(kpi) : null,
			};
		}),
		columns: priorityTable,
	});

	const reviewHeader = prioritiesHeader + 5;
	table(tab, context, {
		headerRow: reviewHeader,
		capacity: text.questions.length,
		rows: text.questions.map((question) => ({ question: translate(question) })),
		columns: reviewTable,
	});
	tab.reach(reviewHeader + 4, priorityTable.records.length);
	addOverviewChart(tab, context, {
		row: FIGURES_HEADER,
		column: priorityTable.records.length + 1,
	});

	tab.widthsOf(priorityTable.records.map((record) => record.width));
	tab.protect(area(0, 0, 2, priorityTable.records.length));
	return tab.build(2);
}
