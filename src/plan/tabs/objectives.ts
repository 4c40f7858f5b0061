// Objectives: the period's revenue target spread over months (or 30-day steps) by editable weights, then by quarter and by segment or rep.

import { abs, area, cell, range } from "../a1";
import { defineColumns } from "../columns";
import type { PlanContext } from "../context";
import { addMonths, isoToSerial, periodEnd } from "../dates";
import { formula, TabBuilder, table } from "../grid";
import type { Text } from "../text";
import type { PlanKind, Tab } from "../types";
import { settingCell } from "./settings";

const HEADER = 3;
const FIRST = HEADER + 1;
export const BREAKDOWN_CAPACITY = 10;

/** Months in an annual plan; three months or three 30-day steps in the others. */
export const objectivePeriods = (kind: PlanKind): number =>
	kind === "annual" ? 12 : 3;

export const objectivesLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** B3: revenue target; D3: actual to date; F3: attainment to date. */
	target: { row: 2, column: 1 },
	actual: { row: 2, column: 3 },
	attainment: { row: 2, column: 5 },
} as const;

const text = {
	title: { fr: "Objectifs", en: "Objectives" },
	guidance: {
		fr: "L'objectif de la période est réparti selon les poids de saisonnalité (colonne H, 100 % au total), modifiables.",
		en: "The period's target is spread by the seasonality weights in column H (100% in all), which you can change.",
	},
	guidance306090: {
		fr: "Trois paliers de 30 jours : un jalon clair et une part de l'objectif pour chacun.",
		en: "Three 30-day steps: a clear milestone and a share of the target for each one.",
	},
	target: { fr: "Objectif de CA", en: "Revenue target" },
	actual: { fr: "Réalisé à date", en: "Actual to date" },
	attainment: { fr: "Atteinte", en: "Attainment" },
	quarter: { fr: "T", en: "Q" },
	month: { fr: "M", en: "M" },
	days: [
		{ fr: "J1–30", en: "D1–30" },
		{ fr: "J31–60", en: "D31–60" },
		{ fr: "J61–90", en: "D61–90" },
	],
	milestones: [
		{
			fr: "Comprendre : offre, clients, pipeline, outils",
			en: "Learn: offer, customers, pipeline, tools",
		},
		{
			fr: "Tester : une séquence et un segment prioritaire",
			en: "Test: one sequence and one priority segment",
		},
		{
			fr: "Étendre : ce qui marche, rituels en place",
			en: "Scale: what works, rituals in place",
		},
	] satisfies Text[],
};

const periodsOf = (context: PlanContext) =>
	objectivePeriods(context.choices.kind);
const byDays = (context: PlanContext) => context.choices.kind === "30-60-90";
const settingOf = (context: PlanContext, key: "start" | "end") =>
	context.ref("settings", settingCell(key));
const targetCell = abs(
	objectivesLayout.target.row,
	objectivesLayout.target.column,
);
const amount = { kind: "number", minimum: 0 } as const;

/** The month (or 30-day step) table, left to right. */
export const periodTable = defineColumns([
	{ key: "period", header: { fr: "Période", en: "Period" }, width: 170 },
	{ key: "quarter", header: { fr: "Trimestre", en: "Quarter" }, width: 110 },
	{
		key: "start",
		header: { fr: "Début", en: "Start" },
		width: 110,
		format: "date",
		formula: ({ row }, context) =>
			byDays(context)
				? `=${settingOf(context, "start")}+${30 * (row - FIRST)}`
				: `=EDATE(${settingOf(context, "start")},${row - FIRST})`,
	},
	{
		key: "end",
		header: { fr: "Fin", en: "End" },
		width: 110,
		format: "date",
		formula: ({ row }, context) => {
			const step = row - FIRST;
			const start = settingOf(context, "start");
			const end = settingOf(context, "end");
			if (byDays(context))
				return step < periodsOf(context) - 1
					? `=${start}+${30 * (step + 1) - 1}`
					: `=${end}`;
			return `=MIN(EDATE(${start},${step + 1})-1,${end})`;
		},
	},
	{
		key: "target",
		header: { fr: "Objectif", en: "Target" },
		width: 130,
		format: "currency",
		formula: ({ at, column }, context) => {
			const weights = range(
				area(FIRST, column("weight"), periodsOf(context), 1),
				true,
			);
			return `=IF(${at("weight")}="","",IFERROR(${targetCell}*${at("weight")}/SUM(${weights}),""))`;
		},
	},
	{
		key: "gap",
		header: { fr: "Écart (réel − objectif)", en: "Gap (actual − target)" },
		width: 160,
		format: "currency",
		formula: ({ at }) =>
			`=IF(OR(${at("actual")}="",${at("target")}=""),"",${at("actual")}-${at("target")})`,
	},
	{
		key: "attainment",
		header: { fr: "Atteinte", en: "Attainment" },
		width: 100,
		format: "percent",
		formula: ({ at }) =>
			`=IF(OR(${at("actual")}="",${at("target")}=""),"",IFERROR(${at("actual")}/${at("target")},""))`,
	},
	{
		key: "weight",
		header: { fr: "Poids (saisonnalité)", en: "Weight (seasonality)" },
		width: 150,
		format: { pattern: "0.0%" },
		validation: amount,
	},
	{
		key: "actual",
		header: { fr: "Réalisé", en: "Actual" },
		width: 130,
		format: "currency",
		validation: amount,
	},
	{
		key: "milestone",
		header: { fr: "Jalon – focus", en: "Milestone – focus" },
		width: 320,
	},
]);

/** Each period's first and last day (serials), as the table's start and end columns compute them. */
export function periodDays(
	context: PlanContext,
): { readonly start: number; readonly end: number }[] {
	const { kind, start } = context.choices;
	const first = isoToSerial(start);
	const last = isoToSerial(periodEnd(kind, start));
	const count = periodsOf(context);
	return Array.from({ length: count }, (_, step) =>
		byDays(context)
			? {
					start: first + 30 * step,
					end: step < count - 1 ? first + 30 * (step + 1) - 1 : last,
				}
			: {
					start: isoToSerial(addMonths(start, step)),
					end: Math.min(isoToSerial(addMonths(start, step + 1)) - 1, last),
				},
	);
}

/** Column indexes of the month table. */
export const objectiveColumns = periodTable.index;
type PeriodKey = keyof typeof objectiveColumns;

/** The quarter summary under the months (annual plans): a line per quarter, from the month table. */
const quarterTable = defineColumns([
	{ key: "quarter", header: { fr: "Trimestre", en: "Quarter" }, width: 110 },
	{
		key: "target",
		header: { fr: "Objectif", en: "Target" },
		width: 110,
		format: "currency",
		formula: ({ at }, context) =>
			`=SUMIF(${periodRange(context, "quarter")},${at("quarter")},${periodRange(context, "target")})`,
	},
	{
		key: "actual",
		header: { fr: "Réalisé", en: "Actual" },
		width: 110,
		format: "currency",
		formula: ({ at }, context) => {
			const quarters = periodRange(context, "quarter");
			const actuals = periodRange(context, "actual");
			const none = `COUNTIFS(${quarters},${at("quarter")},${actuals},"<>")=0`;
			return `=IF(${none},"",SUMIF(${quarters},${at("quarter")},${actuals}))`;
		},
	},
	{
		key: "gap",
		header: { fr: "Écart", en: "Gap" },
		width: 110,
		format: "currency",
		formula: ({ at }) =>
			`=IF(${at("actual")}="","",${at("actual")}-${at("target")})`,
	},
	{
		key: "attainment",
		header: { fr: "Atteinte", en: "Attainment" },
		width: 130,
		format: "percent",
		formula: ({ at }) =>
			`=IF(${at("actual")}="","",IFERROR(${at("actual")}/${at("target")},""))`,
	},
]);

/** A column of the month table, absolute. */
const periodRange = (context: PlanContext, key: PeriodKey) =>
	range(area(FIRST, objectiveColumns[key], periodsOf(context), 1), true);

/** Shares of the target by segment or rep, under the months and quarters. */
const breakdownTable = defineColumns([
	{
		key: "name",
		header: { fr: "Segment ou commercial", en: "Segment or rep" },
		width: 110,
	},
	{
		key: "share",
		header: { fr: "Part de l'objectif", en: "Share of target" },
		width: 90,
		format: "percent",
		validation: { kind: "percent" },
	},
	{
		key: "actual",
		header: { fr: "Réalisé", en: "Actual" },
		width: 110,
		format: "currency",
		validation: amount,
	},
	{
		key: "target",
		header: { fr: "Objectif", en: "Target" },
		width: 110,
		format: "currency",
		formula: ({ at }) =>
			`=IF(${at("share")}="","",${at("share")}*${targetCell})`,
	},
	{
		key: "gap",
		header: { fr: "Écart", en: "Gap" },
		width: 130,
		format: "currency",
		formula: ({ at }) =>
			`=IF(OR(${at("actual")}="",${at("target")}=""),"",${at("actual")}-${at("target")})`,
	},
]);

/** Illustrative seasonality by calendar month (January = 0), relative to a usual month: a quiet August, a slower December. */
const seasonality = [1, 1, 1, 1, 1, 1, 1, 0.5, 1, 1, 1, 0.8];

export function buildObjectives(context: PlanContext): Tab {
	const { translate, formats, ref, choices } = context;
	const tab = new TabBuilder("objectives", context.names.objectives);
	const steps = byDays(context);
	tab.heading(
		translate(text.title),
		translate(steps ? text.guidance306090 : text.guidance),
	);
	const periods = periodsOf(context);

	const raw = Array.from({ length: periods }, (_, i) => {
		const month = Number(addMonths(choices.start, i).slice(5, 7)) - 1;
		return choices.examples && !steps ? (seasonality[month] ?? 1) : 1;
	});
	const total = raw.reduce((sum, weight) => sum + weight, 0);
	const rows = Array.from({ length: periods }, (_, i) => {
		const milestone = text.milestones[i];
		return {
			period: steps
				? translate(text.days[i] as Text)
				: `${translate(text.month)}${i + 1}`,
			quarter: `${translate(text.quarter)}${Math.floor(i / 3) + 1}`,
			// Shares of the period's target: they add up to 100%, as the health check expects.
			weight: (raw[i] as number) / total,
			milestone:
				steps && choices.examples && milestone
					? context.example(milestone)
					: null,
		};
	});
	const months = table(tab, context, {
		headerRow: HEADER,
		capacity: periods,
		rows,
		protectFormulas: false,
		columns: periodTable,
	});
	tab.protect(area(FIRST, 0, periods, objectiveColumns.attainment + 1));

	const col = (key: PeriodKey) => range(months.column(key), true);
	const { target, actual, attainment } = objectivesLayout;
	const [targetAt, actualAt] = [
		cell(target.row, target.column),
		cell(actual.row, actual.column),
	];
	tab.setRow(2, 0, [
		translate(text.target),
		formula(`=${ref("settings", settingCell("revenueTarget"))}`),
		translate(text.actual),
		formula(`=IF(COUNT(${col("actual")})=0,"",SUM(${col("actual")}))`),
		translate(text.attainment),
		formula(`=IF(${actualAt}="","",IFERROR(${actualAt}/${targetAt},""))`),
	]);
	tab
		.format(area(target.row, target.column), formats.currency)
		.format(area(actual.row, actual.column), formats.currency);
	tab.format(area(attainment.row, attainment.column), formats.percent);
	tab.boldRow(2);

	let next = FIRST + periods + 1;
	if (choices.kind === "annual") {
		table(tab, context, {
			headerRow: next,
			capacity: 4,
			rows: [1, 2, 3, 4].map((quarter) => ({
				quarter: `${translate(text.quarter)}${quarter}`,
			})),
			protectFormulas: false,
			columns: quarterTable,
		});
		tab.protect(area(next, 0, 5, quarterTable.records.length));
		next += 6;
	}

	table(tab, context, {
		headerRow: next,
		capacity: BREAKDOWN_CAPACITY,
		columns: breakdownTable,
	});
	// The month table's widths win: the tables below share its columns.
	tab.widthsOf(periodTable.records.map((record) => record.width));
	tab.protect(area(0, 0, HEADER + 1, periodTable.records.length));
	return tab.build(HEADER + 1);
}
