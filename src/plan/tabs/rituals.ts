// Rituals: the recurring meetings, each with its length, attendees, inputs and the decision it must take.

import { area, range } from "../a1";
import { defineColumns, type FormulaRow } from "../columns";
import type { PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import { cadences, quoted, type Text } from "../text";
import type { Tab } from "../types";
import { ownerDropdown } from "./owners";

export const RITUAL_CAPACITY = 15;
const HEADER = 3;
const FIRST = HEADER + 1;

export const ritualsLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** B3: hours of rituals per month. */
	hours: { row: 2, column: 1 },
} as const;

const text = {
	title: { fr: "Rituels de pilotage", en: "Operating rituals" },
	guidance: {
		fr: "Chaque réunion a une durée fixe, des données en entrée et une décision à prendre en sortie.",
		en: "Every meeting has a fixed length, data going in and a decision coming out.",
	},
	hours: { fr: "Heures de rituels par mois", en: "Hours of rituals per month" },
};

/** Hours a month: the length times how often the cadence meets in a month. */
const hoursPerMonth = (
	{ at }: FormulaRow<"cadence" | "minutes">,
	context: PlanContext,
) => {
	const words = cadences[context.language];
	const [cadence, minutes] = [at("cadence"), at("minutes")];
	const times =
		`IF(${cadence}=${quoted(words.daily)},21,IF(${cadence}=${quoted(words.weekly)},52/12,` +
		`IF(${cadence}=${quoted(words.monthly)},1,IF(${cadence}=${quoted(words.quarterly)},1/3,0))))`;
	return `=IF(OR(${cadence}="",${minutes}=""),"",ROUND(${minutes}/60*${times},1))`;
};

/** The ritual table, left to right. */
export const ritualTable = defineColumns([
	{ key: "ritual", header: { fr: "Rituel", en: "Ritual" }, width: 240 },
	{
		key: "cadence",
		header: { fr: "Fréquence", en: "Cadence" },
		width: 120,
		validation: (context) => ({
			kind: "list",
			values: Object.values(cadences[context.language]),
		}),
	},
	{
		key: "minutes",
		header: { fr: "Durée (min)", en: "Length (min)" },
		width: 100,
		validation: { kind: "number", minimum: 0 },
	},
	{
		key: "attendees",
		header: { fr: "Participants", en: "Attendees" },
		width: 220,
	},
	{ key: "inputs", header: { fr: "Entrées", en: "Inputs" }, width: 240 },
	{
		key: "decision",
		header: { fr: "Décision attendue", en: "Decision taken" },
		width: 280,
	},
	{
		key: "kpis",
		header: { fr: "KPI suivis", en: "KPIs reviewed" },
		width: 200,
	},
	{
		key: "facilitator",
		header: { fr: "Animateur", en: "Facilitator" },
		width: 160,
		validation: ownerDropdown,
	},
	{
		key: "hours",
		header: { fr: "Heures par mois", en: "Hours per month" },
		width: 120,
		formula: hoursPerMonth,
	},
]);

interface Ritual {
	readonly name: Text;
	readonly cadence: keyof (typeof cadences)["fr"];
	readonly minutes: number;
	readonly attendees: Text;
	readonly inputs: Text;
	readonly decision: Text;
	readonly kpis: Text;
	readonly facilitator: number;
}

/** The three rituals every plan holds. */
const coreRituals: readonly Ritual[] = [
	{
		name: { fr: "Revue pipeline hebdomadaire", en: "Weekly pipeline review" },
		cadence: "weekly",
		minutes: 45,
		attendees: {
			fr: "Manager, commerciaux, SDR",
			en: "Manager, account executives, SDRs",
		},
		inputs: {
			fr: "Onglet Pipeline, conversions par étape",
			en: "Pipeline tab, stage conversions",
		},
		decision: {
			fr: "Fixer pour chaque affaire sa prochaine étape et sa date",
			en: "Set each deal's next step and its date",
		},
		kpis: {
			fr: "Prévision pondérée, affaires en retard",
			en: "Weighted forecast, overdue deals",
		},
		facilitator: 3,
	},
	{
		name: { fr: "Revue mensuelle des KPI", en: "Monthly KPI review" },
		cadence: "monthly",
		minutes: 60,
		attendees: {
			fr: "Direction commerciale, managers, marketing",
			en: "Head of sales, managers, marketing",
		},
		inputs: {
			fr: "Onglet KPI : CA, taux, cycle",
			en: "KPI tab: revenue, rates, cycle",
		},
		decision: {
			fr: "Arrêter, poursuivre ou tester chaque initiative",
			en: "Stop, keep or test each initiative",
		},
		kpis: { fr: "KPI en alerte", en: "KPIs on alert" },
		facilitator: 3,
	},
	{
		name: {
			fr: "Revue stratégique trimestrielle",
			en: "Quarterly strategy review",
		},
		cadence: "quarterly",
		minutes: 90,
		attendees: {
			fr: "Direction, ventes, marketing",
			en: "Leadership, sales, marketing",
		},
		inputs: {
			fr: "CAC, valeur client, part de marché",
			en: "CAC, customer lifetime value, market share",
		},
		decision: {
			fr: "Offre, mix de canaux et 3 priorités du trimestre suivant",
			en: "Offer, channel mix and next quarter's 3 priorities",
		},
		kpis: { fr: "CA, marge, CAC", en: "Revenue, margin, CAC" },
		facilitator: 3,
	},
];

const exampleRituals: readonly Ritual[] = [
	{
		name: { fr: "Point quotidien", en: "Daily check-in" },
		cadence: "daily",
		minutes: 15,
		attendees: {
			fr: "Commerciaux et leur manager",
			en: "Reps and their manager",
		},
		inputs: {
			fr: "Activité de la veille face aux cibles",
			en: "Yesterday's activity against targets",
		},
		decision: {
			fr: "Qui a besoin d'aide aujourd'hui",
			en: "Who needs help today",
		},
		kpis: { fr: "Appels, e-mails, RDV", en: "Calls, emails, meetings" },
		facilitator: 3,
	},
	{
		name: {
			fr: "Apprentissages marketing – ventes",
			en: "Marketing–sales learnings",
		},
		cadence: "monthly",
		minutes: 45,
		attendees: { fr: "Marketing et ventes", en: "Marketing and sales" },
		inputs: {
			fr: "Motifs de perte, conversion MQL → SQL",
			en: "Loss reasons, MQL → SQL conversion",
		},
		decision: {
			fr: "Mettre à jour définitions, contenus et délais de rappel",
			en: "Update definitions, content and callback times",
		},
		kpis: { fr: "MQL → SQL, délai de rappel", en: "MQL → SQL, callback time" },
		facilitator: 3,
	},
];

export function buildRituals(context: PlanContext): Tab {
	const { translate, language, choices } = context;
	const tab = new TabBuilder("rituals", context.names.rituals);
	tab.heading(translate(text.title), translate(text.guidance));
	const words = cadences[language];
	const owner = (i: number) =>
		choices.roles[Math.min(i, choices.roles.length - 1)] ?? null;
	const row = (ritual: Ritual, name: string) => ({
		ritual: name,
		cadence: words[ritual.cadence],
		minutes: ritual.minutes,
		attendees: translate(ritual.attendees),
		inputs: translate(ritual.inputs),
		decision: translate(ritual.decision),
		kpis: translate(ritual.kpis),
		facilitator: owner(ritual.facilitator),
	});
	const rows = [
		...coreRituals.map((ritual) => row(ritual, translate(ritual.name))),
		...(choices.examples
			? exampleRituals.map((ritual) =>
					row(ritual, context.example(ritual.name)),
				)
			: []),
	];
	const result = table(tab, context, {
		headerRow: HEADER,
		capacity: RITUAL_CAPACITY,
		rows,
		columns: ritualTable,
	});
	tab
		.set(2, 0, translate(text.hours))
		.set(
			ritualsLayout.hours.row,
			ritualsLayout.hours.column,
			formula(`=SUM(${range(result.column("hours"))})`),
		);
	tab.boldRow(2);
	tab.protect(area(0, 0, HEADER + 1, ritualTable.records.length));
	return tab.build(HEADER + 1);
}
