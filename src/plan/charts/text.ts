// Every word the plan's charts show: titles, axis titles and the headers of the small blocks they read.

export const chartText = {
	overview: {
		title: {
			fr: "Objectif de CA et réalisé, par période",
			en: "Revenue target and won, by period",
		},
		category: { fr: "Période", en: "Period" },
		value: { fr: "Chiffre d'affaires", en: "Revenue" },
		target: { fr: "Objectif", en: "Target" },
		won: { fr: "Réalisé", en: "Won" },
		forecast: { fr: "Prévision pondérée", en: "Weighted forecast" },
	},
	funnel: {
		title: {
			fr: "Volume requis et réel, par étape",
			en: "Volume needed and actual, by stage",
		},
		category: { fr: "Étape", en: "Stage" },
		value: { fr: "Volume", en: "Volume" },
	},
	pipeline: {
		title: {
			fr: "Pipeline pondéré par étape",
			en: "Weighted pipeline by stage",
		},
		category: { fr: "Étape", en: "Stage" },
		value: { fr: "Montant pondéré", en: "Weighted amount" },
	},
	kpis: {
		title: {
			fr: "Réel en part de la cible, par KPI",
			en: "Actual as a share of target, by KPI",
		},
		category: { fr: "KPI", en: "KPI" },
		value: { fr: "Part de la cible", en: "Share of target" },
		share: { fr: "Réel / cible", en: "Actual / target" },
	},
	capacity: {
		title: {
			fr: "Capacité de l'équipe et objectif, par mois",
			en: "Team capacity and target, by month",
		},
		category: { fr: "Mois", en: "Month" },
		value: { fr: "Chiffre d'affaires", en: "Revenue" },
		target: { fr: "Objectif", en: "Target" },
		capacity: { fr: "Capacité", en: "Capacity" },
	},
	reps: {
		title: {
			fr: "Commerciaux attendus et formés, par mois",
			en: "Expected and ramped reps, by month",
		},
		category: { fr: "Mois", en: "Month" },
		value: { fr: "Commerciaux", en: "Reps" },
		expected: { fr: "Attendus", en: "Expected" },
		ramped: { fr: "Équivalents formés", en: "Ramped equivalents" },
	},
} as const;

/** Every title the plan gives a chart, in both languages: how a later run tells its charts from the person's. */
export const chartTitles: ReadonlySet<string> = new Set(
	Object.values(chartText).flatMap((words) => [words.title.fr, words.title.en]),
);
