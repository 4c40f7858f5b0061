// Objectives: the period's revenue target spread over months (or 30-day steps) by editable weights, then by quarter and by segment or rep.

import { abs, area, cell, range } from "../a1";
import type { PlanContext } from "../context";
import { addMonths } from "../dates";
import { formula, TabBuilder, table } from "../grid";
import type { Text } from "../text";
import type { Cell, PlanKind, Tab } from "../types";
import { settingCell } from "./settings";

const HEADER = 3;
const FIRST = HEADER + 1;
export const BREAKDOWN_CAPACITY = 10;

/** Months in an annual plan; three months or three 30-day steps in the others. */
export const objectivePeriods = (kind: PlanKind): number =>
	kind === "annual" ? 12 : 3;

export const objectiveColumns = {
	period: 0,
	quarter: 1,
	start: 2,
	end: 3,
	target: 4,
	gap: 5,
	attainment: 6,
	weight: 7,
	actual: 8,
	milestone: 9,
} as const;

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
		fr: "L'objectif de la période est réparti selon les poids de saisonnalité (colonne H), modifiables.",
		en: "The period's target is spread by the seasonality weights in column H, which you can change.",
	},
	guidance306090: {
		fr: "Trois paliers de 30 jours : un jalon clair et une part de l'objectif pour chacun.",
		en: "Three 30-day steps: a clear milestone and a share of the target for each one.",
	},
	target: { fr: "Objectif de CA", en: "Revenue target" },
	actual: { fr: "Réalisé à date", en: "Actual to date" },
	attainment: { fr: "Atteinte", en: "Attainment" },
	headers: [
		{ fr: "Période", en: "Period" },
		{ fr: "Trimestre", en: "Quarter" },
		{ fr: "Début", en: "Start" },
		{ fr: "Fin", en: "End" },
		{ fr: "Objectif", en: "Target" },
		{ fr: "Écart (réel − objectif)", en: "Gap (actual − target)" },
		{ fr: "Atteinte", en: "Attainment" },
		{ fr: "Poids (saisonnalité)", en: "Weight (seasonality)" },
		{ fr: "Réalisé", en: "Actual" },
		{ fr: "Jalon – focus", en: "Milestone – focus" },
	],
	quarterHeaders: [
		{ fr: "Trimestre", en: "Quarter" },
		{ fr: "Objectif", en: "Target" },
		{ fr: "Réalisé", en: "Actual" },
		{ fr: "Écart", en: "Gap" },
		{ fr: "Atteinte", en: "Attainment" },
	],
	breakdownHeaders: [
		{ fr: "Segment ou commercial", en: "Segment or rep" },
		{ fr: "Part de l'objectif", en: "Share of target" },
		{ fr: "Réalisé", en: "Actual" },
		{ fr: "Objectif", en: "Target" },
		{ fr: "Écart", en: "Gap" },
	],
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

/** Illustrative seasonality by calendar month (January = 0): a quiet August, a slower December. */
const seasonality = [1, 1, 1, 1, 1, 1, 1, 0.5, 1, 1, 1, 0.8];

export function buildObjectives(context: PlanContext): Tab {
	const { t, formats, ref, choices } = context;
	const b = new TabBuilder("objectives", context.names.objectives);
	const byDays = choices.kind === "30-60-90";
	b.heading(t(text.title), t(byDays ? text.guidance306090 : text.guidance));
	const o = objectiveColumns;
	const start = ref("settings", settingCell("start"));
	const end = ref("settings", settingCell("end"));
	const periods = objectivePeriods(choices.kind);
	const targetCell = abs(
		objectivesLayout.target.row,
		objectivesLayout.target.column,
	);
	const weights = range(area(FIRST, objectiveColumns.weight, periods, 1), true);

	const rows: Cell[][] = Array.from({ length: periods }, (_, i) => {
		const month = Number(addMonths(choices.start, i).slice(5, 7)) - 1;
		const weight =
			choices.examples && !byDays ? (seasonality[month] as number) : 1;
		const label = byDays ? t(text.days[i] as Text) : `${t(text.month)}${i + 1}`;
		const milestone =
			byDays && choices.examples
				? context.example(text.milestones[i] as Text)
				: null;
		return [
			label,
			`${t(text.quarter)}${Math.floor(i / 3) + 1}`,
			null,
			null,
			null,
			null,
			null,
			weight,
			null,
			milestone,
		];
	});
	const at = (key: keyof typeof o, r: number) => cell(r, o[key]);
	const h = text.headers.map((header) => t(header));
	const months = table(b, {
		headerRow: HEADER,
		capacity: periods,
		rows,
		protectFormulas: false,
		columns: [
			{ header: h[0] as string, width: 110 },
			{ header: h[1] as string, width: 90 },
			{
				header: h[2] as string,
				width: 110,
				format: formats.date,
				formula: (r) =>
					byDays
						? `=${start}+${30 * (r - FIRST)}`
						: `=EDATE(${start},${r - FIRST})`,
			},
			{
				header: h[3] as string,
				width: 110,
				format: formats.date,
				formula: (r) => {
					const i = r - FIRST;
					if (byDays)
						return i < periods - 1
							? `=${start}+${30 * (i + 1) - 1}`
							: `=${end}`;
					return `=MIN(EDATE(${start},${i + 1})-1,${end})`;
				},
			},
			{
				header: h[4] as string,
				width: 130,
				format: formats.currency,
				formula: (r) =>
					`=IF(${at("weight", r)}="","",IFERROR(${targetCell}*${at("weight", r)}/SUM(${weights}),""))`,
			},
			{
				header: h[5] as string,
				width: 160,
				format: formats.currency,
				formula: (r) =>
					`=IF(OR(${at("actual", r)}="",${at("target", r)}=""),"",${at("actual", r)}-${at("target", r)})`,
			},
			{
				header: h[6] as string,
				width: 100,
				format: formats.percent,
				formula: (r) =>
					`=IF(OR(${at("actual", r)}="",${at("target", r)}=""),"",IFERROR(${at("actual", r)}/${at("target", r)},""))`,
			},
			{
				header: h[7] as string,
				width: 150,
				format: "0%",
				validation: { kind: "number", minimum: 0 },
			},
			{
				header: h[8] as string,
				width: 130,
				format: formats.currency,
				validation: { kind: "number", minimum: 0 },
			},
			{ header: h[9] as string, width: 320 },
		],
	});
	b.protect(area(FIRST, 0, periods, o.attainment + 1));

	const col = (key: keyof typeof o) => range(months.column(o[key]), true);
	const { target, actual, attainment } = objectivesLayout;
	const [targetAt, actualAt] = [
		cell(target.row, target.column),
		cell(actual.row, actual.column),
	];
	b.setRow(2, 0, [
		t(text.target),
		formula(`=${ref("settings", settingCell("revenueTarget"))}`),
		t(text.actual),
		formula(`=IF(COUNT(${col("actual")})=0,"",SUM(${col("actual")}))`),
		t(text.attainment),
		formula(`=IF(${actualAt}="","",IFERROR(${actualAt}/${targetAt},""))`),
	]);
	b.format(area(target.row, target.column), formats.currency).format(
		area(actual.row, actual.column),
		formats.currency,
	);
	b.format(area(attainment.row, attainment.column), formats.percent);
	b.boldRow(2);

	let next = FIRST + periods + 1;
	if (choices.kind === "annual") {
		const q = text.quarterHeaders.map((header) => t(header));
		b.setRow(next, 0, q).boldRow(next);
		for (let i = 0; i < 4; i++) {
			const r = next + 1 + i;
			const label = cell(r, 0);
			const any = `COUNTIFS(${col("quarter")},${label},${col("actual")},"<>")=0`;
			b.setRow(r, 0, [
				`${t(text.quarter)}${i + 1}`,
				formula(`=SUMIF(${col("quarter")},${label},${col("target")})`),
				formula(
					`=IF(${any},"",SUMIF(${col("quarter")},${label},${col("actual")}))`,
				),
				formula(`=IF(${cell(r, 2)}="","",${cell(r, 2)}-${cell(r, 1)})`),
				formula(
					`=IF(${cell(r, 2)}="","",IFERROR(${cell(r, 2)}/${cell(r, 1)},""))`,
				),
			]);
		}
		b.format(area(next + 1, 1, 4, 3), formats.currency).format(
			area(next + 1, 4, 4, 1),
			formats.percent,
		);
		b.protect(area(next, 0, 5, 5));
		next += 6;
	}

	const bh = text.breakdownHeaders.map((header) => t(header));
	table(b, {
		headerRow: next,
		capacity: BREAKDOWN_CAPACITY,
		columns: [
			{ header: bh[0] as string, width: 110 },
			{
				header: bh[1] as string,
				width: 90,
				format: formats.percent,
				validation: { kind: "percent" },
			},
			{
				header: bh[2] as string,
				width: 110,
				format: formats.currency,
				validation: { kind: "number", minimum: 0 },
			},
			{
				header: bh[3] as string,
				width: 110,
				format: formats.currency,
				formula: (r) => `=IF(${cell(r, 1)}="","",${cell(r, 1)}*${targetCell})`,
			},
			{
				header: bh[4] as string,
				width: 130,
				format: formats.currency,
				formula: (r) =>
					`=IF(OR(${cell(r, 2)}="",${cell(r, 3)}=""),"",${cell(r, 2)}-${cell(r, 3)})`,
			},
		],
	});
	// The month table's widths win: the breakdown shares its columns.
	b.widthsOf([170, 110, 110, 110, 130, 160, 100, 150, 130, 320]);
	b.protect(area(0, 0, HEADER + 1, 10));
	return b.build(HEADER + 1);
}
