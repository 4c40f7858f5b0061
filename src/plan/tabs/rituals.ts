// Rituals: the recurring meetings, each with its length, attendees, inputs and the decision it must take.

import { area, cell, range } from "../a1";
import type { PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import { cadences, quoted, type Text } from "../text";
import type { Cell, Tab } from "../types";
import { settingsAreas } from "./settings";

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
	headers: [
		{ fr: "Rituel", en: "Ritual" },
		{ fr: "Fréquence", en: "Cadence" },
		{ fr: "Durée (min)", en: "Length (min)" },
		{ fr: "Participants", en: "Attendees" },
		{ fr: "Entrées", en: "Inputs" },
		{ fr: "Décision attendue", en: "Decision taken" },
		{ fr: "KPI suivis", en: "KPIs reviewed" },
		{ fr: "Animateur", en: "Facilitator" },
		{ fr: "Heures par mois", en: "Hours per month" },
	],
};

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
	const { t, language, choices } = context;
	const b = new TabBuilder("rituals", context.names.rituals);
	b.heading(t(text.title), t(text.guidance));
	const words = cadences[language];
	const owner = (i: number) =>
		choices.roles[Math.min(i, choices.roles.length - 1)] ?? null;
	const row = (ritual: Ritual, name: string): Cell[] => [
		name,
		words[ritual.cadence],
		ritual.minutes,
		t(ritual.attendees),
		t(ritual.inputs),
		t(ritual.decision),
		t(ritual.kpis),
		owner(ritual.facilitator),
	];
	const rows = [
		...coreRituals.map((ritual) => row(ritual, t(ritual.name))),
		...(choices.examples
			? exampleRituals.map((ritual) =>
					row(ritual, context.example(ritual.name)),
				)
			: []),
	];
	const hoursPerMonth = (r: number) => {
		const [cadence, minutes] = [cell(r, 1), cell(r, 2)];
		const times =
			`IF(${cadence}=${quoted(words.daily)},21,IF(${cadence}=${quoted(words.weekly)},52/12,` +
			`IF(${cadence}=${quoted(words.monthly)},1,IF(${cadence}=${quoted(words.quarterly)},1/3,0))))`;
		return `=IF(OR(${cadence}="",${minutes}=""),"",ROUND(${minutes}/60*${times},1))`;
	};
	const h = text.headers.map((header) => t(header));
	const result = table(b, {
		headerRow: HEADER,
		capacity: RITUAL_CAPACITY,
		rows,
		columns: [
			{ header: h[0] as string, width: 240 },
			{
				header: h[1] as string,
				width: 120,
				validation: { kind: "list", values: Object.values(words) },
			},
			{
				header: h[2] as string,
				width: 100,
				validation: { kind: "number", minimum: 0 },
			},
			{ header: h[3] as string, width: 220 },
			{ header: h[4] as string, width: 240 },
			{ header: h[5] as string, width: 280 },
			{ header: h[6] as string, width: 200 },
			{
				header: h[7] as string,
				width: 160,
				validation: {
					kind: "range",
					tab: "settings",
					source: settingsAreas.owners,
				},
			},
			{ header: h[8] as string, width: 120, formula: hoursPerMonth },
		],
	});
	b.set(2, 0, t(text.hours)).set(
		ritualsLayout.hours.row,
		ritualsLayout.hours.column,
		formula(`=SUM(${range(result.column(8))})`),
	);
	b.boldRow(2);
	b.protect(area(0, 0, HEADER + 1, text.headers.length));
	return b.build(HEADER + 1);
}
