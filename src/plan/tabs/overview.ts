// Overview: mission, period and target, key assumptions, the three priorities, and headline figures from the other tabs.

import { abs, area, range } from "../a1";
import { addOverviewChart } from "../charts/overview";
import type { PlanContext } from "../context";
import { formula, TabBuilder } from "../grid";
import type { Text } from "../text";
import type { Cell, Tab, TabKey } from "../types";
import { actionsLayout } from "./actions";
import { budgetLayout } from "./budget";
import { capacityLayout } from "./capacity";
import { funnelLayout } from "./funnel";
import { kpisLayout } from "./kpis";
import { objectivesLayout } from "./objectives";
import { pipelineLayout } from "./pipeline";
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
	figure: { fr: "Chiffre clé", en: "Key figure" },
	value: { fr: "Valeur", en: "Value" },
	source: { fr: "Onglet source", en: "Source tab" },
	priority: { fr: "Priorité", en: "Priority" },
	priorities: {
		fr: "Les trois priorités du trimestre",
		en: "This quarter's three priorities",
	},
	owner: { fr: "Responsable", en: "Owner" },
	kpi: { fr: "KPI visé", en: "KPI it moves" },
	review: { fr: "Point d'étape", en: "Check-in" },
	answer: { fr: "Réponse", en: "Answer" },
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
	const { t, ref, has, stages } = context;
	const f = text.figures;
	const list: Figure[] = [];
	const setting = (label: Text, key: SettingKey, kind: Kind) =>
		list.push({
			label: t(label),
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
	setting(f.start, "start", "date");
	setting(f.end, "end", "date");
	setting(f.revenueTarget, "revenueTarget", "currency");
	setting(f.dealSize, "dealSize", "currency");
	setting(f.salesCycle, "salesCycle", "number");
	setting(f.margin, "margin", "percent");
	from("objectives", t(f.actual), objectivesLayout.actual, "currency");
	from("objectives", t(f.attainment), objectivesLayout.attainment, "percent");
	from("pipeline", t(f.forecast), pipelineLayout.forecast, "currency");
	from("pipeline", t(f.open), pipelineLayout.openPipeline, "currency");
	from("pipeline", t(f.won), pipelineLayout.wonInPeriod, "currency");
	if (has("funnel")) {
		const counts = ref("funnel", range(funnelLayout.counts, true));
		list.push({
			label: t(f.deals),
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
				label: `${t(f.needed)} ${meetings.name}`,
				formula: `=${ref("funnel", abs(at.row, at.column))}`,
				kind: "number",
				tab: "funnel",
			});
		}
	}
	from("capacity", t(f.hires), capacityLayout.totalHires, "number");
	from("actions", t(f.openActions), actionsLayout.open, "number");
	from("actions", t(f.overdue), actionsLayout.overdue, "number");
	from("kpis", t(f.offTrack), kpisLayout.offTrack, "number");
	from("budget", t(f.budget), budgetLayout.total, "currency");
	from("rituals", t(f.hours), ritualsLayout.hours, "number");
	return list;
}

export function buildOverview(context: PlanContext): Tab {
	const { t, formats, choices, names } = context;
	const b = new TabBuilder("overview", names.overview);
	b.heading(t(text.title), t(text.guidance));
	const ex = text.examples;
	const maybe = (value: Text): Cell =>
		choices.examples ? context.example(value) : null;
	b.setRow(3, 0, [t(text.mission), maybe(ex.mission)]);
	b.setRow(4, 0, [t(text.market), maybe(ex.market)]);
	b.setRow(5, 0, [t(text.seasonality), maybe(ex.seasonality)]);

	b.setRow(FIGURES_HEADER, 0, [
		t(text.figure),
		t(text.value),
		t(text.source),
	]).boldRow(FIGURES_HEADER);
	const list = figures(context);
	const pattern: Record<Kind, string> = {
		date: formats.date,
		currency: formats.currency,
		percent: formats.percent,
		number: "#,##0",
	};
	list.forEach((figure, i) => {
		const r = FIGURES_HEADER + 1 + i;
		b.setRow(r, 0, [figure.label, formula(figure.formula), names[figure.tab]]);
		b.format(area(r, 1), pattern[figure.kind]);
	});
	b.protect(area(FIGURES_HEADER, 0, list.length + 1, 3));

	const prioritiesHeader = FIGURES_HEADER + list.length + 2;
	b.setRow(prioritiesHeader, 0, [
		t(text.priority),
		t(text.priorities),
		t(text.owner),
		t(text.kpi),
	]).boldRow(prioritiesHeader);
	for (let i = 0; i < 3; i++) {
		const r = prioritiesHeader + 1 + i;
		b.setRow(r, 0, [
			`${t(text.priority)} ${i + 1}`,
			choices.examples ? context.example(ex.priorities[i] as Text) : null,
			choices.examples
				? (choices.roles[Math.min(i + 1, choices.roles.length - 1)] ?? null)
				: null,
			choices.examples ? t(ex.kpis[i] as Text) : null,
		]);
	}
	b.validate(area(prioritiesHeader + 1, 2, 3, 1), {
		kind: "range",
		tab: "settings",
		source: settingsAreas.owners,
	});

	const reviewHeader = prioritiesHeader + 5;
	b.setRow(reviewHeader, 0, [t(text.review), t(text.answer)]).boldRow(
		reviewHeader,
	);
	text.questions.forEach((question, i) => {
		b.set(reviewHeader + 1 + i, 0, t(question));
	});
	b.reach(reviewHeader + 4, 4);
	addOverviewChart(b, context, { row: FIGURES_HEADER, column: 5 });

	b.widthsOf([300, 380, 180, 220]);
	b.protect(area(0, 0, 2, 4));
	return b.build(2);
}
