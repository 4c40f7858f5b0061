// Bilingual text: every label the plan writes, as { fr, en } records, and the words dropdowns and formulas share.

import type { Language } from "./types";

export interface Text {
	readonly fr: string;
	readonly en: string;
}

export const tr = (language: Language, text: Text): string => text[language];

/** Marks example rows: their first cell starts with it. */
export const examplePrefix: Text = { fr: "Exemple – ", en: "Example – " };

export const actionStatuses: Readonly<Record<Language, readonly string[]>> = {
	fr: ["À faire", "En cours", "Bloqué", "En test", "Terminé", "Abandonné"],
	en: ["To do", "In progress", "Blocked", "Testing", "Done", "Stopped"],
};
/** Statuses that close an action: a closed action is never overdue. */
export const closedStatuses: Readonly<Record<Language, readonly string[]>> = {
	fr: ["Terminé", "Abandonné"],
	en: ["Done", "Stopped"],
};

export const kpiTypes: Readonly<Record<Language, readonly string[]>> = {
	fr: ["Avancé", "Retardé"],
	en: ["Leading", "Lagging"],
};

export const frequencies: Readonly<Record<Language, readonly string[]>> = {
	fr: ["Quotidien", "Hebdomadaire", "Mensuel", "Trimestriel"],
	en: ["Daily", "Weekly", "Monthly", "Quarterly"],
};

/** The KPI status a formula writes, from best to worst. */
export const kpiStatusWords: Readonly<
	Record<
		Language,
		{
			readonly onTrack: string;
			readonly atRisk: string;
			readonly offTrack: string;
		}
	>
> = {
	fr: {
		onTrack: "En bonne voie",
		atRisk: "À surveiller",
		offTrack: "Hors trajectoire",
	},
	en: { onTrack: "On track", atRisk: "At risk", offTrack: "Off track" },
};

export const segmentStatuses: Readonly<Record<Language, readonly string[]>> = {
	fr: ["Prioritaire", "Veille", "Exclu"],
	en: ["Priority", "Watch", "Excluded"],
};

export const channelMotions: Readonly<Record<Language, readonly string[]>> = {
	fr: ["Entrant", "Sortant", "Partenaire", "Événement"],
	en: ["Inbound", "Outbound", "Partner", "Event"],
};

export const channelDecisions: Readonly<Record<Language, readonly string[]>> = {
	fr: ["Continuer", "Modifier", "Arrêter"],
	en: ["Keep", "Change", "Stop"],
};

export const channelSignals: Readonly<
	Record<
		Language,
		{
			readonly inRange: string;
			readonly below: string;
			readonly above: string;
			readonly stop: string;
		}
	>
> = {
	fr: {
		inRange: "Dans la plage",
		below: "Sous la plage",
		above: "Au-dessus",
		stop: "Seuil d'arrêt atteint",
	},
	en: {
		inRange: "In range",
		below: "Below range",
		above: "Above range",
		stop: "Stop threshold hit",
	},
};

/** Ritual cadences, in the order the hours-per-month formula reads them. */
export const cadences: Readonly<
	Record<
		Language,
		{
			readonly daily: string;
			readonly weekly: string;
			readonly monthly: string;
			readonly quarterly: string;
		}
	>
> = {
	fr: {
		daily: "Quotidien",
		weekly: "Hebdomadaire",
		monthly: "Mensuel",
		quarterly: "Trimestriel",
	},
	en: {
		daily: "Daily",
		weekly: "Weekly",
		monthly: "Monthly",
		quarterly: "Quarterly",
	},
};

export const priorityNumbers: readonly string[] = ["1", "2", "3"];

/** A formula string literal: "a" → "\"a\"" with inner quotes doubled. */
export const quoted = (text: string): string =>
	`"${text.replaceAll('"', '""')}"`;
