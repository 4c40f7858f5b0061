// Capacity: can the team deliver the funnel and the revenue target? Reps needed per role (HEADCOUNT_NEEDED) and hires to make.

import { abs, area, cell, range } from "../a1";
import type { PlanContext } from "../context";
import { currencySymbol } from "../currency";
import { formula, TabBuilder, table } from "../grid";
import type { Cell, Tab } from "../types";
import { funnelLayout } from "./funnel";
import { settingCell } from "./settings";

export const ROLE_CAPACITY = 10;
const HEADER = 3;
const FIRST = HEADER + 1;

export const capacityColumns = {
	role: 0,
	workload: 1,
	unit: 2,
	perMonth: 3,
	attainment: 4,
	ramp: 5,
	current: 6,
	perPeriod: 7,
	needed: 8,
	hires: 9,
} as const;

export const capacityLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** B3: months in the period, from Settings: HEADCOUNT_NEEDED's period_months. */
	months: { row: 2, column: 1 },
	/** D3: hires to make, all roles. */
	totalHires: { row: 2, column: 3 },
	/** I5:I14: HEADCOUNT_NEEDED per role; J5:J14: hires to make. */
	needed: area(FIRST, capacityColumns.needed, ROLE_CAPACITY, 1),
	hires: area(FIRST, capacityColumns.hires, ROLE_CAPACITY, 1),
} as const;

const text = {
	title: { fr: "Capacité de l'équipe", en: "Team capacity" },
	guidance: {
		fr: "Vérifiez que l'équipe peut tenir ces volumes, en comptant le temps de montée en charge des recrues.",
		en: "Check the team can carry these volumes, counting the time new hires take to ramp up.",
	},
	months: { fr: "Mois dans la période", en: "Months in the period" },
	hires: { fr: "Recrutements à faire", en: "Hires to make" },
	headers: [
		{ fr: "Rôle", en: "Role" },
		{ fr: "Charge sur la période", en: "Workload over the period" },
		{ fr: "Unité", en: "Unit" },
		{
			fr: "Capacité par personne et par mois",
			en: "Capacity per rep per month",
		},
		{ fr: "Taux d'atteinte", en: "Attainment" },
		{ fr: "Montée en charge (mois)", en: "Ramp-up (months)" },
		{ fr: "Effectif actuel", en: "Current reps" },
		{ fr: "Capacité par personne (période)", en: "Capacity per rep (period)" },
		{ fr: "Effectif nécessaire", en: "Reps needed" },
		{ fr: "Recrutements", en: "Hires" },
	],
	revenue: { fr: "CA", en: "Revenue" },
};

const isProspecting = (role: string) =>
	/\b(SDR|BDR)\b|biz ?dev|prospect/i.test(role);
const isClosing = (role: string) =>
	/\bAE\b|account executive|^commercial/i.test(role);

export function buildCapacity(context: PlanContext): Tab {
	const { t, formats, ref, choices, stages } = context;
	const b = new TabBuilder("capacity", context.names.capacity);
	b.heading(t(text.title), t(text.guidance));
	const c = capacityColumns;
	const months = abs(capacityLayout.months.row, capacityLayout.months.column);
	// The second funnel stage (qualified meetings by default) is the prospecting roles' workload.
	const meetingStage =
		context.has("funnel") && stages.funnel.length >= 3
			? stages.funnel[1]
			: undefined;

	const rows: Cell[][] = choices.roles.slice(0, ROLE_CAPACITY).map((role) => {
		if (isProspecting(role) && meetingStage) {
			const count = ref(
				"funnel",
				abs(funnelLayout.counts.row + 1, funnelLayout.counts.column),
			);
			return [
				role,
				formula(`=IF(ISNUMBER(${count}),${count},"")`),
				meetingStage.name,
				12,
				0.9,
				2,
				choices.examples ? 1 : null,
			];
		}
		if (isClosing(role)) {
			const revenue = ref("settings", settingCell("revenueTarget"));
			return [
				role,
				formula(`=${revenue}`),
				`${t(text.revenue)} (${currencySymbol(choices.currency)})`,
				20_000,
				0.85,
				4,
				choices.examples ? 2 : null,
			];
		}
		return [role];
	});

	const at = (key: keyof typeof c, r: number) => cell(r, c[key]);
	const h = text.headers.map((header) => t(header));
	const result = table(b, {
		headerRow: HEADER,
		capacity: ROLE_CAPACITY,
		rows,
		columns: [
			{ header: h[0] as string, width: 200 },
			{
				header: h[1] as string,
				width: 170,
				format: "#,##0",
				validation: { kind: "number", minimum: 0 },
			},
			{ header: h[2] as string, width: 150 },
			{
				header: h[3] as string,
				width: 190,
				format: "#,##0",
				validation: { kind: "number", minimum: 0 },
			},
			{
				header: h[4] as string,
				width: 110,
				format: formats.percent,
				validation: { kind: "percent" },
			},
			{
				header: h[5] as string,
				width: 150,
				validation: { kind: "number", minimum: 0 },
			},
			{
				header: h[6] as string,
				width: 120,
				validation: { kind: "number", minimum: 0 },
			},
			{
				header: h[7] as string,
				width: 190,
				format: "#,##0",
				formula: (r) =>
					`=IF(${at("perMonth", r)}="","",${at("perMonth", r)}*${months})`,
			},
			{
				header: h[8] as string,
				width: 150,
				formula: (r) =>
					`=IF(OR(${at("workload", r)}="",${at("perPeriod", r)}=""),"",` +
					`HEADCOUNT_NEEDED(${at("workload", r)},${at("perPeriod", r)},${at("attainment", r)},${at("ramp", r)},${months},${at("current", r)}))`,
			},
			{
				header: h[9] as string,
				width: 120,
				formula: (r) =>
					`=IF(${at("needed", r)}="","",MAX(0,${at("needed", r)}-N(${at("current", r)})))`,
			},
		],
	});
	b.set(2, 0, t(text.months)).set(
		capacityLayout.months.row,
		capacityLayout.months.column,
		formula(`=${ref("settings", settingCell("months"))}`),
	);
	b.set(2, 2, t(text.hires));
	b.set(
		capacityLayout.totalHires.row,
		capacityLayout.totalHires.column,
		formula(`=SUM(${range(result.column(c.hires))})`),
	);
	b.boldRow(2);
	b.protect(area(0, 0, HEADER + 1, text.headers.length));
	return b.build(HEADER + 1);
}
