// KPIs: a few indicators, each with a direction, a target and an alert threshold, judged on pace where it makes sense.

import { area, cell, range } from "../a1";
import { addKpiChart } from "../charts/kpis";
import type { PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import { kpiAlertRules, kpiConditions, paceWords } from "../kpi-alerts";
import { frequencies, kpiStatusWords, kpiTypes, quoted } from "../text";
import type { Cell, Language, PlanKind, Tab } from "../types";
import { settingCell, settingsAreas } from "./settings";

export const KPI_CAPACITY = 30;
const HEADER = 3;
const FIRST = HEADER + 1;

/** Column indexes of the KPI table. */
export const kpiColumns = {
	kpi: 0,
	type: 1,
	owner: 2,
	frequency: 3,
	direction: 4,
	target: 5,
	threshold: 6,
	actual: 7,
	pace: 8,
	source: 9,
	onAlert: 10,
	targetToDate: 11,
	thresholdToDate: 12,
	status: 13,
} as const;

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

export const kpisLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** The KPI table's data rows, every column. */
	table: area(FIRST, 0, KPI_CAPACITY, 14),
	/** B3: share of the period elapsed, from Settings; the pace formulas and rules read it. */
	elapsed: { row: 2, column: 1 },
	/** D3: how many KPIs are off track. */
	offTrack: { row: 2, column: 3 },
	names: area(FIRST, 0, KPI_CAPACITY, 1),
	status: area(FIRST, kpiColumns.status, KPI_CAPACITY, 1),
} as const;

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
	headers: [
		{ fr: "KPI", en: "KPI" },
		{ fr: "Type", en: "Type" },
		{ fr: "Responsable", en: "Owner" },
		{ fr: "Fréquence", en: "Frequency" },
		{ fr: "Sens souhaité", en: "Better when" },
		{ fr: "Cible (période)", en: "Target (period)" },
		{ fr: "Seuil d'alerte", en: "Alert threshold" },
		{ fr: "Réel", en: "Actual" },
		{ fr: "Jugé au prorata du temps", en: "Judged on pace" },
		{ fr: "Source – calcul", en: "Source – calculation" },
		{ fr: "Action si alerte", en: "Action on alert" },
		{ fr: "Cible à date", en: "Target to date" },
		{ fr: "Seuil à date", en: "Threshold to date" },
		{ fr: "Statut", en: "Status" },
	],
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
];

export function buildKpis(context: PlanContext): Tab {
	const { t, formats, ref, language, choices } = context;
	const b = new TabBuilder("kpis", context.names.kpis);
	b.heading(t(text.title), t(text.guidance));
	const k = kpiColumns;
	const words = kpiStatusWords[language];
	const directions = kpiDirections[language];
	const pace = kpiPace[language];
	// Status and colours judge the actual against the targets to date (L and M), which already apply the pace where asked.
	const alertTable = {
		area: kpisLayout.table,
		actual: k.actual,
		target: k.targetToDate,
		threshold: k.thresholdToDate,
		direction: { column: k.direction },
	};
	const owner = (i: number) =>
		choices.roles[Math.min(i, choices.roles.length - 1)] ?? null;
	const rows: Cell[][] = choices.examples
		? exampleKpis.map((kpi) => [
				context.example(kpi.name),
				kpiTypes[language][kpi.lagging ? 1 : 0] as string,
				owner(kpi.owner),
				frequencies[language][kpi.frequency] as string,
				kpi.lower ? directions.lower : directions.higher,
				kpi.target(choices.kind),
				kpi.threshold(choices.kind),
				kpi.actual ?? null,
				kpi.pace ? pace.yes : pace.no,
				t(kpi.source),
				t(kpi.onAlert),
			])
		: [];
	const elapsed = cell(kpisLayout.elapsed.row, kpisLayout.elapsed.column, {
		absoluteRow: true,
		absoluteColumn: true,
	});
	const toDate = (column: number) => (r: number) => {
		const onPace = `OR(${paceWords.yes.map((word) => `${cell(r, k.pace)}="${word}"`).join(",")})`;
		return `=IF(${cell(r, column)}="","",IF(${onPace},${cell(r, column)}*${elapsed},${cell(r, column)}))`;
	};
	const status = (r: number) => {
		const conditions = kpiConditions(alertTable, r);
		return `=IF(NOT(${conditions.judged}),"",IF(${conditions.green},${quoted(words.onTrack)},IF(${conditions.amber},${quoted(words.atRisk)},${quoted(words.offTrack)})))`;
	};
	const h = text.headers.map((header) => t(header));
	const result = table(b, {
		headerRow: HEADER,
		capacity: KPI_CAPACITY,
		rows,
		columns: [
			{ header: h[0] as string, width: 220 },
			{
				header: h[1] as string,
				width: 100,
				validation: { kind: "list", values: kpiTypes[language] },
			},
			{
				header: h[2] as string,
				width: 150,
				validation: {
					kind: "range",
					tab: "settings",
					source: settingsAreas.owners,
				},
			},
			{
				header: h[3] as string,
				width: 120,
				validation: { kind: "list", values: frequencies[language] },
			},
			{
				header: h[4] as string,
				width: 110,
				validation: {
					kind: "list",
					values: [directions.higher, directions.lower],
				},
			},
			{
				header: h[5] as string,
				width: 120,
				validation: { kind: "number", minimum: 0 },
			},
			{
				header: h[6] as string,
				width: 120,
				validation: { kind: "number", minimum: 0 },
			},
			{
				header: h[7] as string,
				width: 110,
				validation: { kind: "number", minimum: 0 },
			},
			{
				header: h[8] as string,
				width: 150,
				validation: { kind: "list", values: [pace.yes, pace.no] },
			},
			{ header: h[9] as string, width: 200 },
			{ header: h[10] as string, width: 240 },
			{ header: h[11] as string, width: 120, formula: toDate(k.target) },
			{ header: h[12] as string, width: 120, formula: toDate(k.threshold) },
			{ header: h[13] as string, width: 140, formula: status },
		],
	});
	for (const rule of kpiAlertRules(alertTable)) b.rule(rule);

	b.set(2, 0, t(text.elapsed));
	b.set(
		kpisLayout.elapsed.row,
		kpisLayout.elapsed.column,
		formula(`=${ref("settings", settingCell("elapsed"))}`),
	);
	b.format(
		area(kpisLayout.elapsed.row, kpisLayout.elapsed.column),
		formats.percent,
	);
	b.set(2, 2, t(text.offTrack)).set(
		2,
		3,
		formula(
			`=COUNTIF(${range(result.column(k.status))},${quoted(words.offTrack)})`,
		),
	);
	b.boldRow(2);
	b.protect(area(0, 0, HEADER + 1, 14));
	addKpiChart(
		b,
		context,
		{
			name: result.column(k.kpi),
			target: result.column(k.target),
			actual: result.column(k.actual),
		},
		{ row: HEADER, column: 15 },
		{ row: HEADER, column: 18 },
	);
	return b.build(HEADER + 1);
}
