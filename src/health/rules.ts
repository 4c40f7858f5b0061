// The plan's health rules as data: each names its tab, finds the cells that break it, and says why in French and English.

import { closedStatuses, examplePrefix, type Text } from "../plan/text";
import type { Language, TabKey } from "../plan/types";
import { healthLayout } from "./layout";
import {
	type CellValue,
	type Grid,
	isBlankValue,
	numberOf,
	type PlanCells,
	textOf,
	valueAt,
} from "./plan-cells";

export type RuleId =
	| "priorities"
	| "action-owner"
	| "action-deadline"
	| "action-kpi"
	| "action-kpi-unknown"
	| "kpi-target"
	| "kpi-threshold"
	| "action-overdue"
	| "deal-past-close"
	| "deal-no-next-step"
	| "seasonality";

/** A cell of the rule's tab, 0-based. */
export interface Position {
	readonly row: number;
	readonly column: number;
}

/** What a rule looks at: its own tab's values, the whole plan for cross-tab rules, and today as a serial day. */
export interface RuleInput {
	readonly grid: Grid;
	readonly plan: PlanCells;
	readonly today: number;
}

export interface HealthRule {
	readonly id: RuleId;
	readonly tab: TabKey;
	readonly message: Text;
	readonly find: (input: RuleInput) => readonly Position[];
}

const a = healthLayout.actions;
const firstAction = a.firstRow;
const k = healthLayout.kpis;
const p = healthLayout.pipeline;
const o = healthLayout.objectives;

/** The most priorities a plan holds: beyond three, none of them is one. */
export const MAX_PRIORITIES = 3;
/** Weights are shown to a tenth of a percent: a sum within half of that reads as 100%. */
const SEASONALITY_TOLERANCE = 0.0005;

/** Rows from `first` on whose `key` column holds something: the table's entries, rows added below included. */
function entries(grid: Grid, first: number, key: number): number[] {
	const rows: number[] = [];
	for (let r = first; r < grid.length; r++)
		if (!isBlankValue(valueAt(grid, r, key))) rows.push(r);
	return rows;
}

const blankIn =
	(first: number, key: number, column: number) =>
	({ grid }: RuleInput): Position[] =>
		entries(grid, first, key)
			.filter((row) => isBlankValue(valueAt(grid, row, column)))
			.map((row) => ({ row, column }));

const missingNumberIn =
	(first: number, key: number, column: number) =>
	({ grid }: RuleInput): Position[] =>
		entries(grid, first, key)
			.filter((row) => numberOf(valueAt(grid, row, column)) === undefined)
			.map((row) => ({ row, column }));

const sameText = (a: CellValue, b: CellValue): boolean =>
	textOf(a).toLowerCase() === textOf(b).toLowerCase();

/** A KPI's name as actions cite it: an example row's mark is not part of the name. */
function kpiName(value: CellValue): string {
	const name = textOf(value);
	const prefix = [examplePrefix.fr, examplePrefix.en].find((p) =>
		name.startsWith(p.trim()),
	);
	return (prefix ? name.slice(prefix.trim().length) : name)
		.trim()
		.toLowerCase();
}

function isClosedAction(status: CellValue, language: Language): boolean {
	return closedStatuses[language].some((closed) => sameText(closed, status));
}

/** The stages whose probability is strictly between 0 and 1, lower-cased, from the Settings stage table. */
function openStages(plan: PlanCells): Set<string> {
	const settings = plan.tabs.settings?.values ?? [];
	const { row, column, rows } = healthLayout.settings.stageTable;
	const open = new Set<string>();
	for (let r = row; r < row + rows; r++) {
		const probability = numberOf(valueAt(settings, r, column + 1));
		if (probability !== undefined && probability > 0 && probability < 1)
			open.add(textOf(valueAt(settings, r, column)).toLowerCase());
	}
	return open;
}

/** Deals still open: a stage of the stage table between won and lost, or a stage the table does not know. */
function openDeals({ grid, plan }: RuleInput): number[] {
	const open = openStages(plan);
	const settings = plan.tabs.settings?.values ?? [];
	const { row, column, rows } = healthLayout.settings.stageTable;
	const known = new Set<string>();
	for (let r = row; r < row + rows; r++)
		known.add(textOf(valueAt(settings, r, column)).toLowerCase());
	return entries(grid, p.firstRow, p.deal).filter((r) => {
		const stage = textOf(valueAt(grid, r, p.stage)).toLowerCase();
		return open.has(stage) || !known.has(stage);
	});
}

export const healthRules: readonly HealthRule[] = [
	{
		id: "priorities",
		tab: "overview",
		message: {
			fr: "plus de trois priorités : au-delà de trois, aucune n'en est vraiment une",
			en: "more than three priorities: beyond three, none of them is one",
		},
		find: ({ grid, plan }) => {
			// The list sits between its header row and the check-in table's: rows a person adds in between count.
			const { priorities, review, what: column } = healthLayout.overview;
			const [what, after] = [priorities[plan.language], review[plan.language]];
			const isRow = (line: readonly CellValue[], texts: readonly string[]) =>
				texts.every((text, i) => sameText(line[i] ?? null, text));
			const heading = grid.findIndex((line) => isRow(line, what));
			if (heading === -1) return [];
			const listed: number[] = [];
			for (let r = heading + 1; r < grid.length; r++) {
				if (isRow(grid[r] ?? [], after)) break;
				if (!isBlankValue(valueAt(grid, r, column))) listed.push(r);
			}
			const fourth = listed[MAX_PRIORITIES];
			return fourth === undefined ? [] : [{ row: fourth, column }];
		},
	},
	{
		id: "action-owner",
		tab: "actions",
		message: { fr: "action sans responsable", en: "action without an owner" },
		find: blankIn(firstAction, a.initiative, a.owner),
	},
	{
		id: "action-deadline",
		tab: "actions",
		message: { fr: "action sans échéance", en: "action without a deadline" },
		find: missingNumberIn(firstAction, a.initiative, a.deadline),
	},
	{
		id: "action-kpi",
		tab: "actions",
		message: {
			fr: "action sans KPI à faire bouger",
			en: "action without a KPI to move",
		},
		find: blankIn(firstAction, a.initiative, a.kpi),
	},
	{
		id: "action-kpi-unknown",
		tab: "actions",
		message: {
			fr: "le KPI visé n'est pas dans l'onglet des KPI",
			en: "the KPI it moves is not on the KPI tab",
		},
		find: ({ grid, plan }) => {
			const kpis = plan.tabs.kpis?.values;
			if (!kpis) return [];
			const known = new Set(
				entries(kpis, k.firstRow, k.kpi).map((r) =>
					kpiName(valueAt(kpis, r, k.kpi)),
				),
			);
			return entries(grid, firstAction, a.initiative)
				.filter((r) => {
					const kpi = kpiName(valueAt(grid, r, a.kpi));
					return kpi !== "" && !known.has(kpi);
				})
				.map((row) => ({ row, column: a.kpi }));
		},
	},
	{
		id: "kpi-target",
		tab: "kpis",
		message: { fr: "KPI sans cible", en: "KPI without a target" },
		find: missingNumberIn(k.firstRow, k.kpi, k.target),
	},
	{
		id: "kpi-threshold",
		tab: "kpis",
		message: {
			fr: "KPI sans seuil d'alerte",
			en: "KPI without an alert threshold",
		},
		find: missingNumberIn(k.firstRow, k.kpi, k.threshold),
	},
	{
		id: "action-overdue",
		tab: "actions",
		message: {
			fr: "action en retard : échéance passée, action non terminée",
			en: "action past its deadline and not done",
		},
		find: ({ grid, plan, today }) =>
			entries(grid, firstAction, a.initiative)
				.filter((r) => {
					const deadline = numberOf(valueAt(grid, r, a.deadline));
					return (
						deadline !== undefined &&
						deadline < today &&
						!isClosedAction(valueAt(grid, r, a.status), plan.language)
					);
				})
				.map((row) => ({ row, column: a.deadline })),
	},
	{
		id: "deal-past-close",
		tab: "pipeline",
		message: {
			fr: "affaire ouverte dont la signature prévue est passée",
			en: "open deal past its expected close date",
		},
		find: (input) =>
			openDeals(input)
				.filter((r) => {
					const close = numberOf(valueAt(input.grid, r, p.closeDate));
					return close !== undefined && close < input.today;
				})
				.map((row) => ({ row, column: p.closeDate })),
	},
	{
		id: "deal-no-next-step",
		tab: "pipeline",
		message: {
			fr: "affaire ouverte sans prochaine étape",
			en: "open deal with no next step",
		},
		find: (input) =>
			openDeals(input)
				.filter((r) => isBlankValue(valueAt(input.grid, r, p.nextStep)))
				.map((row) => ({ row, column: p.nextStep })),
	},
	{
		id: "seasonality",
		tab: "objectives",
		message: {
			fr: "les poids de saisonnalité ne font pas 100 % au total",
			en: "the seasonality weights do not add up to 100%",
		},
		find: ({ grid }) => {
			const first = o.firstRow;
			const column = o.weight;
			let total = 0;
			for (
				let r = first;
				r < grid.length && !isBlankValue(valueAt(grid, r, o.period));
				r++
			)
				total += numberOf(valueAt(grid, r, column)) ?? 0;
			return Math.abs(total - 1) > SEASONALITY_TOLERANCE
				? [{ row: first, column }]
				: [];
		},
	},
];
