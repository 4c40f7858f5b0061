// Every word the plan's charts show: titles, axis titles and the headers of the small blocks they read.

import type { Text } from "../text";

/** What every chart names: its title and its category and value axes (its series' names come beside them). */
type ChartWords = {
	readonly title: Text;
	readonly category: Text;
	readonly value: Text;
};

/** A chart's title and axis titles in the plan's language, as a chart description takes them. */
export const chartLabels = (
	words: ChartWords,
	translate: (text: Text) => string,
) => ({
	title: translate(words.title),
	axes: {
		category: translate(words.category),
		value: translate(words.value),
	},
});

const words = (title: Text, category: Text, value: Text): ChartWords => ({
	title,
	category,
	value,
});

/** Words more than one chart uses. */
const shared = {
	stage: { fr: "Étape", en: "Stage" },
	month: { fr: "Mois", en: "Month" },
	revenue: { fr: "Chiffre d'affaires", en: "Revenue" },
	target: { fr: "Objectif", en: "Target" },
	period: { fr: "Période", en: "Period" },
} as const satisfies Record<string, Text>;

/** The Overview chart's series, with or without the forecast line. */
const overviewSeries = {
	target: shared.target,
	won: { fr: "Réalisé", en: "Won" },
	forecast: { fr: "Prévision pondérée", en: "Weighted forecast" },
} as const satisfies Record<string, Text>;

export const chartText = {
	overview: {
		...words(
			{
				fr: "Objectif de CA et réalisé, par période",
				en: "Revenue target and won, by period",
			},
			shared.period,
			shared.revenue,
		),
		...overviewSeries,
	},
	/** The same chart in a plan with a Pipeline, which adds each period's forecast: its title says so. */
	overviewWithForecast: {
		...words(
			{
				fr: "Objectif de CA, réalisé et prévision, par période",
				en: "Revenue target, won and forecast, by period",
			},
			shared.period,
			shared.revenue,
		),
		...overviewSeries,
	},
	funnel: words(
		{
			fr: "Volume requis et réel, par étape",
			en: "Volume needed and actual, by stage",
		},
		shared.stage,
		{ fr: "Volume", en: "Volume" },
	),
	pipeline: words(
		{ fr: "Pipeline pondéré par étape", en: "Weighted pipeline by stage" },
		shared.stage,
		{ fr: "Montant pondéré", en: "Weighted amount" },
	),
	pipelineMonths: words(
		{
			fr: "Prévision pondérée par mois de signature",
			en: "Weighted forecast by close month",
		},
		shared.month,
		{ fr: "Montant pondéré", en: "Weighted amount" },
	),
	kpis: {
		...words(
			{
				fr: "Réel en part de la cible, par KPI",
				en: "Actual as a share of target, by KPI",
			},
			{ fr: "KPI", en: "KPI" },
			{ fr: "Part de la cible", en: "Share of target" },
		),
		share: { fr: "Réel / cible", en: "Actual / target" },
	},
	capacity: {
		...words(
			{
				fr: "Capacité de l'équipe et objectif, par mois",
				en: "Team capacity and target, by month",
			},
			shared.month,
			shared.revenue,
		),
		target: shared.target,
		capacity: { fr: "Capacité", en: "Capacity" },
	},
	reps: {
		...words(
			{
				fr: "Commerciaux attendus et formés, par mois",
				en: "Expected and ramped reps, by month",
			},
			shared.month,
			{ fr: "Commerciaux", en: "Reps" },
		),
		expected: { fr: "Attendus", en: "Expected" },
		ramped: { fr: "Équivalents formés", en: "Ramped equivalents" },
	},
} as const satisfies Record<string, ChartWords & Record<string, Text>>;

/** Every title the plan gives a chart, in both languages: how a later run tells its charts from the person's. */
export const chartTitles: ReadonlySet<string> = new Set(
	Object.values(chartText).flatMap((chart) => [chart.title.fr, chart.title.en]),
);
