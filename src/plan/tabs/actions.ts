// Actions: each initiative says what changes, who owns it, by when, and which KPI it should move.

import { area, cell, range } from "../a1";
import { defineColumns } from "../columns";
import type { PlanContext } from "../context";
import { addDays, isoToSerial } from "../dates";
import { formula, TabBuilder, table } from "../grid";
import {
	actionStatuses,
	closedStatuses,
	priorityNumbers,
	quoted,
	type Text,
} from "../text";
import type { Cell, Tab } from "../types";
import { ownerDropdown } from "./owners";

export const ACTION_CAPACITY = 50;
const HEADER = 3;
const FIRST = HEADER + 1;

/** The action table, left to right. */
export const actionTable = defineColumns([
	{
		key: "initiative",
		header: { fr: "Initiative", en: "Initiative" },
		width: 240,
	},
	{
		key: "change",
		header: { fr: "Ce qui change", en: "What changes" },
		width: 260,
	},
	{
		key: "owner",
		header: { fr: "Responsable (DRI)", en: "Owner (DRI)" },
		width: 160,
		validation: ownerDropdown,
	},
	{
		key: "start",
		header: { fr: "Début", en: "Start" },
		width: 110,
		format: "date",
		validation: { kind: "date" },
	},
	{
		key: "deadline",
		header: { fr: "Échéance", en: "Deadline" },
		width: 110,
		format: "date",
		validation: { kind: "date" },
	},
	{
		key: "status",
		header: { fr: "Statut", en: "Status" },
		width: 120,
		validation: (context) => ({
			kind: "list",
			values: actionStatuses[context.language],
		}),
	},
	{ key: "kpi", header: { fr: "KPI visé", en: "KPI it moves" }, width: 200 },
	{
		key: "cost",
		header: { fr: "Coût", en: "Cost" },
		width: 110,
		format: "currency",
		validation: { kind: "number", minimum: 0 },
	},
	{
		key: "priority",
		header: { fr: "Priorité (1–3)", en: "Priority (1–3)" },
		width: 110,
		validation: { kind: "list", values: priorityNumbers },
	},
	{
		key: "failure",
		header: { fr: "Critère d'arrêt", en: "Stop criterion" },
		width: 240,
	},
]);

/** Column indexes of the action table. */
export const actionColumns = actionTable.index;
type ActionKey = keyof typeof actionColumns;

export const actionsLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** B3: open actions; D3: overdue actions; F3: total cost. */
	open: { row: 2, column: 1 },
	overdue: { row: 2, column: 3 },
	cost: { row: 2, column: 5 },
	costs: area(FIRST, actionColumns.cost, ACTION_CAPACITY, 1),
} as const;

const text = {
	title: { fr: "Plan d'actions", en: "Action plan" },
	guidance: {
		fr: "Chaque initiative : ce qu'elle change, un seul responsable, une échéance et le KPI qu'elle doit faire bouger.",
		en: "Each initiative: what it changes, a single owner, a deadline and the KPI it should move.",
	},
	open: { fr: "Actions ouvertes", en: "Open actions" },
	overdue: { fr: "En retard", en: "Overdue" },
	cost: { fr: "Coût total", en: "Total cost" },
};

interface ExampleAction {
	readonly initiative: Text;
	readonly change: Text;
	readonly owner: number;
	readonly start: number;
	readonly days: number;
	readonly status: number;
	readonly kpi: Text;
	readonly cost: number;
	readonly priority: string;
	readonly failure: Text;
}

const exampleActions: readonly ExampleAction[] = [
	{
		initiative: {
			fr: "Séquence sortante e-mail + appel",
			en: "Outbound email + phone sequence",
		},
		change: {
			fr: "5 contacts sur 15 jours au lieu d'envois isolés",
			en: "5 touches over 15 days instead of one-off sends",
		},
		owner: 0,
		start: 0,
		days: 14,
		status: 1,
		kpi: { fr: "RDV qualifiés", en: "Qualified meetings" },
		cost: 0,
		priority: "1",
		failure: {
			fr: "Réponse sous 4 % après 2 cycles",
			en: "Replies under 4% after 2 cycles",
		},
	},
	{
		initiative: {
			fr: "Rappel des MQL sous 2 h ouvrées",
			en: "Call MQLs back within 2 business hours",
		},
		change: {
			fr: "Un délai de rappel écrit entre marketing et ventes",
			en: "A written callback delay between marketing and sales",
		},
		owner: 3,
		start: 0,
		days: 7,
		status: 0,
		kpi: { fr: "Délai de rappel MQL (h)", en: "MQL response time (h)" },
		cost: 0,
		priority: "1",
		failure: {
			fr: "Délai moyen au-dessus de 5 h",
			en: "Average delay above 5 h",
		},
	},
	{
		initiative: {
			fr: "Trois intégrateurs partenaires",
			en: "Three integrator partners",
		},
		change: {
			fr: "Un webinar commun chaque mois, leads tracés à part",
			en: "A joint webinar each month, leads tracked separately",
		},
		owner: 2,
		start: 7,
		days: 90,
		status: 0,
		kpi: {
			fr: "Opportunités issues des partenaires",
			en: "Partner-sourced opportunities",
		},
		cost: 4500,
		priority: "2",
		failure: {
			fr: "Aucun lead qualifié après 2 webinars",
			en: "No qualified lead after 2 webinars",
		},
	},
	{
		initiative: {
			fr: "Motif de perte obligatoire dans le CRM",
			en: "Loss reason required in the CRM",
		},
		change: {
			fr: "Trois motifs standard, champ bloquant",
			en: "Three standard reasons, a required field",
		},
		owner: 3,
		start: 7,
		days: 14,
		status: 0,
		kpi: {
			fr: "Affaires perdues avec motif (%)",
			en: "Lost deals with a reason (%)",
		},
		cost: 0,
		priority: "3",
		failure: {
			fr: "Plus de 10 % d'affaires perdues sans motif",
			en: "Over 10% of lost deals with no reason",
		},
	},
	{
		initiative: {
			fr: "Ateliers découverte et objections",
			en: "Discovery and objection workshops",
		},
		change: {
			fr: "Un atelier par mois sur des appels enregistrés",
			en: "One workshop a month on recorded calls",
		},
		owner: 3,
		start: 14,
		days: 80,
		status: 0,
		kpi: { fr: "Cycle de vente (jours)", en: "Sales cycle (days)" },
		cost: 2000,
		priority: "3",
		failure: {
			fr: "Pas de progrès après 2 ateliers",
			en: "No gain after 2 workshops",
		},
	},
];

export function buildActions(context: PlanContext): Tab {
	const { translate, formats, language, choices } = context;
	const tab = new TabBuilder("actions", context.names.actions);
	tab.heading(translate(text.title), translate(text.guidance));
	const owner = (i: number) =>
		choices.roles[Math.min(i, choices.roles.length - 1)] ?? null;
	const rows: Partial<Record<ActionKey, Cell>>[] = choices.examples
		? exampleActions.map((action) => ({
				initiative: context.example(action.initiative),
				change: translate(action.change),
				owner: owner(action.owner),
				start: isoToSerial(addDays(choices.start, action.start)),
				deadline: isoToSerial(
					addDays(choices.start, action.start + action.days),
				),
				status: actionStatuses[language][action.status] ?? null,
				kpi: translate(action.kpi),
				cost: action.cost,
				priority: action.priority,
				failure: translate(action.failure),
			}))
		: [];
	const result = table(tab, context, {
		headerRow: HEADER,
		capacity: ACTION_CAPACITY,
		rows,
		columns: actionTable,
	});

	const col = (key: ActionKey) => range(result.column(key));
	const [done, stopped] = closedStatuses[language] as [string, string];
	const { open, overdue, cost } = actionsLayout;
	tab.set(2, 0, translate(text.open));
	tab.set(
		open.row,
		open.column,
		formula(
			`=COUNTA(${col("initiative")})-COUNTIF(${col("status")},${quoted(done)})-COUNTIF(${col("status")},${quoted(stopped)})`,
		),
	);
	tab.set(2, 2, translate(text.overdue));
	tab.set(
		overdue.row,
		overdue.column,
		formula(
			`=COUNTIFS(${col("deadline")},"<"&TODAY(),${col("status")},"<>"&${quoted(done)},${col("status")},"<>"&${quoted(stopped)})`,
		),
	);
	tab
		.set(2, 4, translate(text.cost))
		.set(cost.row, cost.column, formula(`=SUM(${col("cost")})`));
	tab.format(area(cost.row, cost.column), formats.currency).boldRow(2);

	const at = (key: ActionKey) =>
		cell(FIRST, actionColumns[key], { absoluteColumn: true });
	const notClosed = `${at("status")}<>${quoted(done)},${at("status")}<>${quoted(stopped)}`;
	tab.rule({
		area: result.data,
		formula: `=AND(${at("initiative")}<>"",ISNUMBER(${at("deadline")}),${at("deadline")}<TODAY(),${notClosed})`,
		color: "red",
	});
	tab.rule({
		area: result.data,
		formula: `=AND(${at("initiative")}<>"",${at("owner")}="")`,
		color: "amber",
	});
	tab.protect(area(0, 0, HEADER + 1, actionTable.records.length));
	return tab.build(HEADER + 1);
}
