// Funnel: from the revenue target back to the volume each stage needs (FUNNEL_TARGETS), against actuals.

import { area, cell } from "../a1";
import { addFunnelChart } from "../charts/funnel";
import { FUNNEL_CAPACITY, type PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import type { Tab } from "../types";
import { settingCell, settingsRange } from "./settings";

const HEADER = 3;
const FIRST = HEADER + 1;

export const funnelLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** A5: FUNNEL_TARGETS spills [stage, count over the period, count per week], one row per stage, deals won last. */
	anchor: { row: FIRST, column: 0 },
	/** The spill area's count column: B5:B14. */
	counts: area(FIRST, 1, FUNNEL_CAPACITY, 1),
	spill: area(FIRST, 0, FUNNEL_CAPACITY, 3),
} as const;

const text = {
	title: { fr: "Entonnoir inversé", en: "Reverse funnel" },
	guidance: {
		fr: "On part du CA visé pour remonter, étape par étape, le volume à atteindre ; saisissez le réel à côté.",
		en: "Work back from the revenue target to the volume each stage must reach; type actuals alongside.",
	},
	revenue: { fr: "Objectif de CA", en: "Revenue target" },
	dealSize: { fr: "Panier moyen", en: "Average deal size" },
	weeks: { fr: "Semaines", en: "Weeks" },
	headers: [
		{ fr: "Étape", en: "Stage" },
		{ fr: "Volume requis (période)", en: "Needed over the period" },
		{ fr: "Requis par semaine", en: "Needed per week" },
		{ fr: "Conversion vers l'étape suivante", en: "Conversion to next stage" },
		{ fr: "Réel", en: "Actual" },
		{ fr: "Écart (réel − requis)", en: "Gap (actual − needed)" },
	],
};

export function buildFunnel(context: PlanContext): Tab {
	const { t, formats, ref } = context;
	const b = new TabBuilder("funnel", context.names.funnel);
	b.heading(t(text.title), t(text.guidance));
	const revenue = ref("settings", settingCell("revenueTarget"));
	const dealSize = ref("settings", settingCell("dealSize"));
	const weeks = ref("settings", settingCell("weeks"));
	const names = ref("settings", settingsRange("funnelNames"));
	const rates = ref("settings", settingsRange("funnelRates"));

	b.setRow(2, 0, [
		t(text.revenue),
		formula(`=${revenue}`),
		t(text.dealSize),
		formula(`=${dealSize}`),
		t(text.weeks),
		formula(`=${weeks}`),
	]);
	b.format(area(2, 1), formats.currency)
		.format(area(2, 3), formats.currency)
		.boldRow(2);

	const h = text.headers.map((header) => t(header));
	const rate = (r: number) => `INDEX(${rates},MATCH(${cell(r, 0)},${names},0))`;
	const result = table(b, {
		headerRow: HEADER,
		capacity: FUNNEL_CAPACITY,
		protectFormulas: false,
		columns: [
			{ header: h[0] as string, width: 200 },
			{ header: h[1] as string, width: 170, format: "#,##0" },
			{ header: h[2] as string, width: 150, format: "#,##0.0" },
			{
				header: h[3] as string,
				width: 190,
				format: formats.percent,
				formula: (r) =>
					`=IF(${cell(r, 0)}="","",IFERROR(IF(${rate(r)}="","",${rate(r)}),""))`,
			},
			{
				header: h[4] as string,
				width: 110,
				format: "#,##0",
				validation: { kind: "number", minimum: 0 },
			},
			{
				header: h[5] as string,
				width: 170,
				format: "#,##0",
				formula: (r) =>
					`=IF(OR(${cell(r, 0)}="",${cell(r, 4)}=""),"",${cell(r, 4)}-${cell(r, 1)})`,
			},
		],
	});
	// The spill starts at the anchor; the cells below it in A:C stay empty for it.
	b.set(
		funnelLayout.anchor.row,
		funnelLayout.anchor.column,
		formula(
			`=FUNNEL_TARGETS(${revenue},${dealSize},${rates},${names},${weeks})`,
		),
	);
	b.protect(area(0, 0, HEADER + 1, 6));
	b.protect(area(FIRST, 0, FUNNEL_CAPACITY, 4));
	b.protect(result.column(5));
	addFunnelChart(
		b,
		context,
		{ headerRow: HEADER, stage: 0, needed: 1, actual: 4 },
		{ row: HEADER, column: 7 },
	);
	return b.build(HEADER + 1);
}
