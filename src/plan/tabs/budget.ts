// Budget: the cost lines of the plan, their share of the total, and what the total weighs against the revenue target.

import { abs, area, range } from "../a1";
import { defineColumns } from "../columns";
import type { PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import type { Text } from "../text";
import type { PlanKind, Tab } from "../types";
import { actionsLayout } from "./actions";
import { ownerDropdown } from "./owners";
import { settingCell } from "./settings";

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

const totalCell = abs(budgetLayout.total.row, budgetLayout.total.column);

/** The budget lines, left to right. */
export const budgetTable = defineColumns([
	{ key: "line", header: { fr: "Poste", en: "Line" }, width: 260 },
	{
		key: "amount",
		header: { fr: "Montant", en: "Amount" },
		width: 130,
		format: "currency",
		validation: { kind: "number", minimum: 0 },
	},
	{
		key: "purpose",
		header: { fr: "Ce que cela finance", en: "What it pays for" },
		width: 260,
	},
	{
		key: "owner",
		header: { fr: "Responsable", en: "Owner" },
		width: 160,
		validation: ownerDropdown,
	},
	{
		key: "share",
		header: { fr: "Part du total", en: "Share of total" },
		width: 120,
		format: "percent",
		formula: ({ at }) =>
			`=IF(${at("amount")}="","",IFERROR(${at("amount")}/${totalCell},""))`,
	},
]);

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
	const { translate, formats, ref, choices } = context;
	const tab = new TabBuilder("budget", context.names.budget);
	tab.heading(translate(text.title), translate(text.guidance));
	// Without examples the usual lines are listed, amounts left to fill; with them, the lines are costed and marked.
	const rows = lines.map((line) =>
		choices.examples
			? {
					line: context.example(line.name),
					amount: Math.round(exampleTotal[choices.kind] * line.share),
					purpose: translate(line.purpose),
				}
			: { line: translate(line.name) },
	);
	const result = table(tab, context, {
		headerRow: HEADER,
		capacity: BUDGET_CAPACITY,
		rows,
		columns: budgetTable,
	});
	tab
		.set(2, 0, translate(text.total))
		.set(
			budgetLayout.total.row,
			budgetLayout.total.column,
			formula(`=SUM(${range(result.column("amount"))})`),
		);
	tab.set(2, 2, translate(text.ofRevenue));
	tab.set(
		budgetLayout.ofRevenue.row,
		budgetLayout.ofRevenue.column,
		formula(
			`=IFERROR(${totalCell}/${ref("settings", settingCell("revenueTarget"))},"")`,
		),
	);
	tab.format(area(2, 1), formats.currency).format(area(2, 3), formats.percent);
	if (context.has("actions")) {
		tab.set(2, 4, translate(text.actions));
		tab
			.set(
				2,
				5,
				formula(`=SUM(${ref("actions", range(actionsLayout.costs, true))})`),
			)
			.format(area(2, 5), formats.currency);
		tab.widthOf(5, 130);
	}
	tab.boldRow(2);
	tab.protect(area(0, 0, HEADER + 1, context.has("actions") ? 6 : 5));
	return tab.build(HEADER + 1);
}
