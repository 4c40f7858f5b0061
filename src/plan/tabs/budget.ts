// Budget: the cost lines of the plan, their share of the total, and what the total weighs against the revenue target.

import { area, cell, range } from "../a1";
import type { PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import type { Text } from "../text";
import type { Cell, PlanKind, Tab } from "../types";
import { actionsLayout } from "./actions";
import { settingCell, settingsAreas } from "./settings";

export const BUDGET_CAPACITY = 20;
const HEADER = 3;
const FIRST = HEADER + 1;

export const budgetLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** B3: total budget. */
	total: { row: 2, column: 1 },
	/** D3: total budget ÷ revenue target. */
	ofRevenue: { row: 2, column: 3 },
} as const;

const text = {
	title: { fr: "Budget commercial", en: "Sales budget" },
	guidance: {
		fr: "Chiffrez chaque ligne en entier : outils, temps passé, création et diffusion.",
		en: "Cost each line in full: tools, people's time, creative work and promotion.",
	},
	total: { fr: "Budget total", en: "Total budget" },
	ofRevenue: { fr: "Budget / objectif de CA", en: "Budget / revenue target" },
	actions: {
		fr: "Coût des actions (onglet Actions)",
		en: "Cost of actions (Actions tab)",
	},
	headers: [
		{ fr: "Poste", en: "Line" },
		{ fr: "Montant", en: "Amount" },
		{ fr: "Ce que cela finance", en: "What it pays for" },
		{ fr: "Responsable", en: "Owner" },
		{ fr: "Part du total", en: "Share of total" },
	],
};

/** Budget lines and an illustrative share of the total for examples. */
const lines: readonly {
	readonly name: Text;
	readonly share: number;
	readonly purpose: Text;
}[] = [
	{
		name: { fr: "Salaires et variable", en: "Salaries and commission" },
		share: 0.6,
		purpose: {
			fr: "Équipe commerciale en place",
			en: "The current sales team",
		},
	},
	{
		name: { fr: "Recrutement", en: "Hiring" },
		share: 0.05,
		purpose: {
			fr: "Postes de l'onglet Capacité",
			en: "Roles from the Capacity tab",
		},
	},
	{
		name: {
			fr: "Outils (CRM, prospection, automatisation)",
			en: "Tools (CRM, prospecting, automation)",
		},
		share: 0.08,
		purpose: { fr: "Sans doublons d'outils", en: "No overlapping tools" },
	},
	{
		name: { fr: "Contenus", en: "Content" },
		share: 0.07,
		purpose: {
			fr: "Contenu phare mensuel et dérivés",
			en: "Monthly flagship piece and spin-offs",
		},
	},
	{
		name: { fr: "Promotion payante", en: "Paid promotion" },
		share: 0.08,
		purpose: { fr: "Diffusion des contenus", en: "Getting content seen" },
	},
	{
		name: { fr: "Salons et événements", en: "Trade shows and events" },
		share: 0.06,
		purpose: {
			fr: "Stand, déplacements, campagnes",
			en: "Booth, travel, campaigns",
		},
	},
	{
		name: { fr: "Fonds marketing partenaires", en: "Partner marketing funds" },
		share: 0.03,
		purpose: { fr: "Webinars communs", en: "Joint webinars" },
	},
	{
		name: { fr: "Formation et coaching", en: "Training and coaching" },
		share: 0.02,
		purpose: {
			fr: "Ateliers sur appels enregistrés",
			en: "Workshops on recorded calls",
		},
	},
	{
		name: { fr: "Challenges et primes", en: "Contests and bonuses" },
		share: 0.01,
		purpose: { fr: "Concours trimestriel", en: "Quarterly contest" },
	},
];

const exampleTotal: Readonly<Record<PlanKind, number>> = {
	annual: 240_000,
	quarterly: 60_000,
	"30-60-90": 60_000,
	"90-day": 60_000,
};

export function buildBudget(context: PlanContext): Tab {
	const { t, formats, ref, choices } = context;
	const b = new TabBuilder("budget", context.names.budget);
	b.heading(t(text.title), t(text.guidance));
	const total = cell(budgetLayout.total.row, budgetLayout.total.column, {
		absoluteRow: true,
		absoluteColumn: true,
	});
	// Without examples the usual lines are listed, amounts left to fill; with them, the lines are costed and marked.
	const rows: Cell[][] = lines.map((line) =>
		choices.examples
			? [
					context.example(line.name),
					Math.round(exampleTotal[choices.kind] * line.share),
					t(line.purpose),
				]
			: [t(line.name)],
	);
	const h = text.headers.map((header) => t(header));
	const result = table(b, {
		headerRow: HEADER,
		capacity: BUDGET_CAPACITY,
		rows,
		columns: [
			{ header: h[0] as string, width: 260 },
			{
				header: h[1] as string,
				width: 130,
				format: formats.currency,
				validation: { kind: "number", minimum: 0 },
			},
			{ header: h[2] as string, width: 260 },
			{
				header: h[3] as string,
				width: 160,
				validation: {
					kind: "range",
					tab: "settings",
					source: settingsAreas.owners,
				},
			},
			{
				header: h[4] as string,
				width: 120,
				format: formats.percent,
				formula: (r) =>
					`=IF(${cell(r, 1)}="","",IFERROR(${cell(r, 1)}/${total},""))`,
			},
		],
	});
	b.set(2, 0, t(text.total)).set(
		budgetLayout.total.row,
		budgetLayout.total.column,
		formula(`=SUM(${range(result.column(1))})`),
	);
	b.set(2, 2, t(text.ofRevenue));
	b.set(
		budgetLayout.ofRevenue.row,
		budgetLayout.ofRevenue.column,
		formula(
			`=IFERROR(${total}/${ref("settings", settingCell("revenueTarget"))},"")`,
		),
	);
	b.format(area(2, 1), formats.currency).format(area(2, 3), formats.percent);
	if (context.has("actions")) {
		b.set(2, 4, t(text.actions));
		b.set(
			2,
			5,
			formula(`=SUM(${ref("actions", range(actionsLayout.costs, true))})`),
		).format(area(2, 5), formats.currency);
		b.widthOf(5, 130);
	}
	b.boldRow(2);
	b.protect(area(0, 0, HEADER + 1, context.has("actions") ? 6 : 5));
	return b.build(HEADER + 1);
}
