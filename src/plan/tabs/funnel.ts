// Funnel: from the revenue target back to the volume each stage needs (FUNNEL_TARGETS), against actuals.

import { area } from "../a1";
import { addFunnelChart } from "../charts/funnel";
import { defineColumns } from "../columns";
import { FUNNEL_CAPACITY, type PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import { rateScale } from "../reading-rules";
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
};

/** A funnel stage's conversion rate, looked up by name in the Settings funnel table. */
const rateOf = (stage: string, context: PlanContext) => {
	const names = context.ref("settings", settingsRange("funnelNames"));
	const rates = context.ref("settings", settingsRange("funnelRates"));
	return `INDEX(${rates},MATCH(${stage},${names},0))`;
};

/** The funnel table, left to right: FUNNEL_TARGETS spills into the first three columns. */
export const funnelTable = defineColumns([
	{ key: "stage", header: { fr: "Étape", en: "Stage" }, width: 200 },
	{
		key: "needed",
		header: { fr: "Volume requis (période)", en: "Needed over the period" },
		width: 170,
		format: "integer",
	},
	{
		key: "perWeek",
		header: { fr: "Requis par semaine", en: "Needed per week" },
		width: 150,
		format: { pattern: "#,##0.0" },
	},
	{
		key: "conversion",
		header: {
			fr: "Conversion vers l'étape suivante",
			en: "Conversion to next stage",
		},
		width: 190,
		format: "percent",
		formula: ({ at }, context) => {
			const rate = rateOf(at("stage"), context);
			const rates = context.ref("settings", settingsRange("funnelRates"));
			return `=IF(${at("stage")}="","",IFERROR(IF(${rate}="","",${rate}/${rateScale(rates)}),""))`;
		},
	},
	{
		key: "actual",
		header: { fr: "Réel", en: "Actual" },
		width: 110,
		format: "integer",
		validation: { kind: "number", minimum: 0 },
	},
	{
		key: "gap",
		header: { fr: "Écart (réel − requis)", en: "Gap (actual − needed)" },
		width: 170,
		format: "integer",
		formula: ({ at }) =>
			`=IF(OR(${at("stage")}="",${at("actual")}=""),"",${at("actual")}-${at("needed")})`,
	},
]);

export function buildFunnel(context: PlanContext): Tab {
	const { translate, formats, ref } = context;
	const tab = new TabBuilder("funnel", context.names.funnel);
	tab.heading(translate(text.title), translate(text.guidance));
	const revenue = ref("settings", settingCell("revenueTarget"));
	const dealSize = ref("settings", settingCell("dealSize"));
	const weeks = ref("settings", settingCell("weeks"));
	const names = ref("settings", settingsRange("funnelNames"));
	const rates = ref("settings", settingsRange("funnelRates"));

	tab.setRow(2, 0, [
		translate(text.revenue),
		formula(`=${revenue}`),
		translate(text.dealSize),
		formula(`=${dealSize}`),
		translate(text.weeks),
		formula(`=${weeks}`),
	]);
	tab
		.format(area(2, 1), formats.currency)
		.format(area(2, 3), formats.currency)
		.boldRow(2);

	const result = table(tab, context, {
		headerRow: HEADER,
		capacity: FUNNEL_CAPACITY,
		protectFormulas: false,
		columns: funnelTable,
	});
	// The spill starts at the anchor; the cells below it in A:C stay empty for it.
	tab.set(
		funnelLayout.anchor.row,
		funnelLayout.anchor.column,
		formula(
			`=FUNNEL_TARGETS(${revenue},${dealSize},${rates},${names},${weeks})`,
		),
	);
	tab.protect(area(0, 0, HEADER + 1, funnelTable.records.length));
	// The spill and the conversion column beside it.
	tab.protect(
		area(FIRST, 0, FUNNEL_CAPACITY, funnelTable.index.conversion + 1),
	);
	tab.protect(result.column("gap"));
	const { stage, needed, actual } = funnelTable.index;
	addFunnelChart(
		tab,
		context,
		{ headerRow: HEADER, stage, needed, actual },
		// Under the frozen header rows, so the chart scrolls with the table it reads.
		{ row: HEADER + 1, column: funnelTable.records.length + 1 },
	);
	return tab.build(HEADER + 1);
}
