// KPIs: a few indicators, each with a direction, a target and an alert threshold, judged on pace where it makes sense.

import { abs, area, range } from "../a1";
import { addKpiChart } from "../charts/kpis";
import { defineColumns, type FormulaRow } from "../columns";
import type { PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import {
	type KpiTable,
	kpiAlertRules,
	kpiConditions,
	paceWords,
} from "../kpi-alerts";
import { frequencies, kpiStatusWords, kpiTypes, quoted } from "../text";
import type { Cell, Language, PlanKind, Tab } from "../types";
import { ownerDropdown } from "./owners";
import { settingCell } from "./settings";

export const KPI_CAPACITY = 30;
const HEADER = 3;
const FIRST = HEADER + 1;

/** The words of the direction and pace dropdowns; kpi-alerts' directionWords and paceWords include them. */
export const kpiDirections: Readonly<
	Record<Language, { readonly higher: string; readonly lower: string }>
> = {
	fr: { higher: "hausse", lower: "baisse" },
	en: { higher: "higher", lower: "lower" },
};
export const kpiPace: Readonly<
	Record<Language, { readonly yes: string; readonly no: string }>
> = {
	fr: { yes: "oui", no: "non" },
	en: { yes: "yes", no: "no" },
};

/** B3: share of the period elapsed, from Settings; the pace formulas and rules read it. */
const elapsedAt = { row: 2, column: 1 } as const;
const elapsed = abs(elapsedAt.row, elapsedAt.column);
const amount = { kind: "number", minimum: 0 } as const;

/** Target or threshold to date: times the share of the period elapsed when the row is judged on pace. */
const toDate =
	(key: "target" | "threshold") =>
	({ at }: FormulaRow<"pace" | "target" | "threshold">) => {
		const onPace = `OR(${paceWords.yes.map((word) => `${at("pace")}="${word}"`).join(",")})`;
		return `=IF(${at(key)}="","",IF(${onPace},${at(key)}*${elapsed},${at(key)}))`;
	};

/** The KPI table, left to right. */
export const kpiTable = defineColumns([
	{ key: "kpi", header: { fr: "KPI", en: "KPI" }, width: 220 },
	{
		key: "type",
		header: { fr: "Type", en: "Type" },
		width: 100,
		validation: (context) => ({
			kind: "list",
			values: kpiTypes[context.language],
		}),
	},
	{
		key: "owner",
		header: { fr: "Responsable", en: "Owner" },
		width: 150,
		validation: ownerDropdown,
	},
	{
		key: "frequency",
		header: { fr: "Fréquence", en: "Frequency" },
		width: 120,
		validation: (context) => ({
			kind: "list",
			values: frequencies[context.language],
		}),
	},
	{
		key: "direction",
		header: { fr: "Sens souhaité", en: "Better when" },
		width: 110,
		validation: (context) => {
			const words = kpiDirections[context.language];
			return { kind: "list", values: [words.higher, words.lower] };
		},
	},
	{
		key: "target",
		header: { fr: "Cible (période)", en: "Target (period)" },
		width: 120,
		validation: amount,
	},
	{
		key: "threshold",
		header: { fr: "Seuil d'alerte", en: "Alert threshold" },
		width: 120,
		validation: amount,
	},
	{
		key: "actual",
		header: { fr: "Réel", en: "Actual" },
		width: 110,
		validation: amount,
	},
	{
		key: "pace",
		header: { fr: "Jugé au prorata du temps", en: "Judged on pace" },
		width: 150,
		validation: (context) => {
			const words = kpiPace[context.language];
			return { kind: "list", values: [words.yes, words.no] };
		},
	},
	{
		key: "source",
		header: { fr: "Source – calcul", en: "Source – calculation" },
		width: 200,
	},
	{
		key: "onAlert",
		header: { fr: "Action si alerte", en: "Action on alert" },
		width: 240,
	},
	{
		key: "targetToDate",
		header: { fr: "Cible à date", en: "Target to date" },
		width: 120,
		formula: toDate("target"),
	},
	{
		key: "thresholdToDate",
		header: { fr: "Seuil à date", en: "Threshold to date" },
		width: 120,
		formula: toDate("threshold"),
	},
	{
		key: "status",
		header: { fr: "Statut", en: "Status" },
		width: 140,
		formula: ({ row }, context) => {
			const words = kpiStatusWords[context.language];
			const conditions = kpiConditions(alertTable, row);
			return `=IF(NOT(${conditions.judged}),"",IF(${conditions.green},${quoted(words.onTrack)},IF(${conditions.amber},${quoted(words.atRisk)},${quoted(words.offTrack)})))`;
		},
	},
]);

/** Column indexes of the KPI table. */
export const kpiColumns = kpiTable.index;
type KpiKey = keyof typeof kpiColumns;

export const kpisLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** The KPI table's data rows, every column. */
	table: area(FIRST, 0, KPI_CAPACITY, kpiTable.records.length),
	elapsed: elapsedAt,
	/** D3: how many KPIs are off track. */
	offTrack: { row: 2, column: 3 },
	names: area(FIRST, kpiColumns.kpi, KPI_CAPACITY, 1),
	status: area(FIRST, kpiColumns.status, KPI_CAPACITY, 1),
} as const;

/** Status and colours judge the actual against the targets to date, which already apply the pace where asked. */
const alertTable: KpiTable = {
	area: kpisLayout.table,
	actual: kpiColumns.actual,
	target: kpiColumns.targetToDate,
	threshold: kpiColumns.thresholdToDate,
	direction: { column: kpiColumns.direction },
};

const text = {
	title: {
		fr: "Indicateurs clés (KPI)",
		en: "Key performance indicators (KPIs)",
	},
	guidance: {
		fr: "Gardez peu d'indicateurs ; chacun a un sens, une cible et un seuil qui déclenche l'alerte.",
		en: "Keep the list short; each KPI has a direction, a target and a threshold that raises the alert.",
	},
	elapsed: {
		fr: "Part de la période écoulée",
		en: "Share of the period elapsed",
	},
	offTrack: { fr: "KPI hors trajectoire", en: "KPIs off track" },
};

interface ExampleKpi {
	readonly name: { fr: string; en: string };
	readonly lagging: boolean;
	readonly owner: number;
	readonly frequency: number;
	readonly lower: boolean;
	readonly target: (kind: PlanKind) => number;
	readonly threshold: (kind: PlanKind) => number;
	readonly pace: boolean;
	readonly actual?: number;
	readonly source: { fr: string; en: string };
	readonly onAlert: { fr: string; en: string };
}

const quarters = (kind: PlanKind) => (kind === "annual" ? 4 : 1);

const exampleKpis: readonly ExampleKpi[] = [
	{
		name: { fr: "CA signé", en: "Signed revenue" },
		lagging: true,
		owner: 3,
		frequency: 1,
		lower: false,
		target: (kind) => 120_000 * quarters(kind),
		threshold: (kind) => 102_000 * quarters(kind),
		pace: true,
		source: { fr: "CRM, affaires gagnées", en: "CRM, won deals" },
		onAlert: {
			fr: "Revoir le pipeline affaire par affaire",
			en: "Go through the pipeline deal by deal",
		},
	},
	{
		name: { fr: "RDV qualifiés", en: "Qualified meetings" },
		lagging: false,
		owner: 0,
		frequency: 1,
		lower: false,
		target: (kind) => 80 * quarters(kind),
		threshold: (kind) => 65 * quarters(kind),
		pace: true,
		source: { fr: "CRM, RDV tenus", en: "CRM, meetings held" },
		onAlert: {
			fr: "Renforcer la séquence sortante",
			en: "Step up the outbound sequence",
		},
	},
	{
		name: { fr: "Cycle de vente (jours)", en: "Sales cycle (days)" },
		lagging: true,
		owner: 1,
		frequency: 2,
		lower: true,
		target: () => 60,
		threshold: () => 72,
		pace: false,
		actual: 66,
		source: { fr: "CRM, création → signature", en: "CRM, created → won" },
		onAlert: {
			fr: "Retravailler la découverte et la proposition",
			en: "Rework discovery and the proposal",
		},
	},
	{
		name: { fr: "Délai de rappel MQL (h)", en: "MQL response time (h)" },
		lagging: false,
		owner: 3,
		frequency: 0,
		lower: true,
		target: () => 2,
		threshold: () => 5,
		pace: false,
		source: {
			fr: "CRM, création du lead → premier appel",
			en: "CRM, lead created → first call",
		},
		onAlert: {
			fr: "Attribuer chaque MQL au premier commercial libre",
			en: "Route each MQL to the first rep free",
		},
	},
	{
		name: {
			fr: "Opportunités issues des partenaires",
			en: "Partner-sourced opportunities",
		},
		lagging: false,
		owner: 2,
		frequency: 2,
		lower: false,
		target: (kind) => 6 * quarters(kind),
		threshold: (kind) => 4 * quarters(kind),
		pace: true,
		source: { fr: "CRM, source = partenaire", en: "CRM, source = partner" },
		onAlert: {
			fr: "Revoir les thèmes des webinars avec les partenaires",
			en: "Rework the webinar topics with the partners",
		},
	},
	{
		name: {
			fr: "Affaires perdues avec motif (%)",
			en: "Lost deals with a reason (%)",
		},
		lagging: false,
		owner: 3,
		frequency: 1,
		lower: false,
		target: () => 95,
		threshold: () => 80,
		pace: false,
		source: { fr: "CRM, affaires perdues", en: "CRM, lost deals" },
		onAlert: {
			fr: "Compléter les motifs à la revue de pipeline",
			en: "Fill in the reasons at the pipeline review",
		},
	},
];

export function buildKpis(context: PlanContext): Tab {
	const { translate, formats, ref, language, choices } = context;
	const tab = new TabBuilder("kpis", context.names.kpis);
	tab.heading(translate(text.title), translate(text.guidance));
	const words = kpiStatusWords[language];
	const directions = kpiDirections[language];
	const pace = kpiPace[language];
	const owner = (i: number) =>
		choices.roles[Math.min(i, choices.roles.length - 1)] ?? null;
	const rows: Partial<Record<KpiKey, Cell>>[] = choices.examples
		? exampleKpis.map((kpi) => ({
				kpi: context.example(kpi.name),
				type: kpiTypes[language][kpi.lagging ? 1 : 0] ?? null,
				owner: owner(kpi.owner),
				frequency: frequencies[language][kpi.frequency] ?? null,
				direction: kpi.lower ? directions.lower : directions.higher,
				target: kpi.target(choices.kind),
				threshold: kpi.threshold(choices.kind),
				actual: kpi.actual ?? null,
				pace: kpi.pace ? pace.yes : pace.no,
				source: translate(kpi.source),
				onAlert: translate(kpi.onAlert),
			}))
		: [];
	const result = table(tab, context, {
		headerRow: HEADER,
		capacity: KPI_CAPACITY,
		rows,
		columns: kpiTable,
	});
	for (const rule of kpiAlertRules(alertTable)) tab.rule(rule);

	tab.set(2, 0, translate(text.elapsed));
	tab.set(
		elapsedAt.row,
		elapsedAt.column,
		formula(`=${ref("settings", settingCell("elapsed"))}`),
	);
	tab.format(area(elapsedAt.row, elapsedAt.column), formats.percent);
	tab
		.set(2, 2, translate(text.offTrack))
		.set(
			kpisLayout.offTrack.row,
			kpisLayout.offTrack.column,
			formula(
				`=COUNTIF(${range(result.column("status"))},${quoted(words.offTrack)})`,
			),
		);
	tab.boldRow(2);
	tab.protect(area(0, 0, HEADER + 1, kpiTable.records.length));
	// The chart's block sits one column right of the KPI table, the chart beside the block.
	const blockColumn = kpiTable.records.length + 1;
	addKpiChart(
		tab,
		context,
		{
			name: result.column("kpi"),
			target: result.column("target"),
			actual: result.column("actual"),
		},
		{ row: HEADER, column: blockColumn },
		{ row: HEADER + 1, column: blockColumn + 3 },
	);
	return tab.build(HEADER + 1);
}
