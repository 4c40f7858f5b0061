// Where the health check reads each table of the plan. The tab builders' own positions, restated so that the
// server bundle (evaluated on every custom-function call) does not carry the builders; a test keeps them equal.

import type { Area, Language } from "../plan/types";

export const healthLayout = {
	actions: {
		firstRow: 4,
		initiative: 0,
		owner: 2,
		deadline: 4,
		status: 5,
		kpi: 6,
	},
	kpis: { firstRow: 4, kpi: 0, target: 5, threshold: 6 },
	pipeline: { firstRow: 4, deal: 0, stage: 4, closeDate: 6, nextStep: 7 },
	objectives: { firstRow: 4, period: 0, weight: 7 },
	settings: {
		/** B12: the plan's language, as Settings shows it. */
		language: { row: 11, column: 1 },
		/** D5:E34: stage and probability. */
		stageTable: { row: 4, column: 3, rows: 30, columns: 2 } as Area,
	},
	overview: {
		/** The priorities list's header row, and the check-in table's that ends it. */
		priorities: {
			fr: [
				"Priorité",
				"Les trois priorités du trimestre",
				"Responsable",
				"KPI visé",
			],
			en: [
				"Priority",
				"This quarter's three priorities",
				"Owner",
				"KPI it moves",
			],
		} as Readonly<Record<Language, readonly string[]>>,
		review: {
			fr: ["Point d'étape", "Réponse"],
			en: ["Check-in", "Answer"],
		} as Readonly<Record<Language, readonly string[]>>,
		/** The column priorities are written in. */
		what: 1,
	},
} as const;
