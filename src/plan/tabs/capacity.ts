// Capacity: can the team deliver the funnel and the revenue target? Reps needed per role (HEADCOUNT_NEEDED), hires to make, and when (HIRING_PLAN).

import { abs, area, range } from "../a1";
import { addCapacityCharts } from "../charts/capacity";
import { defineColumns } from "../columns";
import type { PlanContext } from "../context";
import { currencySymbol } from "../currency";
import { formula, TabBuilder, table } from "../grid";
import type { Cell, Tab } from "../types";
import { funnelLayout } from "./funnel";
import {
	addHiringCalendar,
	calendarMonths,
	hiringCalendarLayout,
} from "./hiring-calendar";
import { settingCell } from "./settings";

export const ROLE_CAPACITY = 10;
const HEADER = 3;
const FIRST = HEADER + 1;
/** The hiring calendar's title row, a blank row under the role table. */
const CALENDAR = FIRST + ROLE_CAPACITY + 1;

const monthsAt = { row: 2, column: 1 } as const;
const months = abs(monthsAt.row, monthsAt.column);
const count = { kind: "number", minimum: 0 } as const;

/** The role table, left to right. */
export const roleTable = defineColumns([
	{ key: "role", header: { fr: "Rôle", en: "Role" }, width: 200 },
	{
		key: "workload",
		header: { fr: "Charge sur la période", en: "Workload over the period" },
		width: 170,
		format: "integer",
		validation: count,
	},
	{ key: "unit", header: { fr: "Unité", en: "Unit" }, width: 150 },
	{
		key: "perMonth",
		header: {
			fr: "Capacité par personne et par mois",
			en: "Capacity per rep per month",
		},
		width: 190,
		format: "integer",
		validation: count,
	},
	{
		key: "attainment",
		header: { fr: "Taux d'atteinte", en: "Attainment" },
		width: 110,
		format: "percent",
		validation: { kind: "percent" },
	},
	{
		key: "ramp",
		header: { fr: "Montée en charge (mois)", en: "Ramp-up (months)" },
		width: 150,
		validation: count,
	},
	{
		key: "current",
		header: { fr: "Effectif actuel", en: "Current reps" },
		width: 120,
		validation: count,
	},
	{
		key: "perPeriod",
		header: {
			fr: "Capacité par personne (période)",
			en: "Capacity per rep (period)",
		},
		width: 190,
		format: "integer",
		formula: ({ at }) =>
			`=IF(${at("perMonth")}="","",${at("perMonth")}*${months})`,
	},
	{
		key: "needed",
		header: { fr: "Effectif nécessaire", en: "Reps needed" },
		width: 150,
		formula: ({ at }) =>
			`=IF(OR(${at("workload")}="",${at("perPeriod")}=""),"",` +
			`HEADCOUNT_NEEDED(${at("workload")},${at("perPeriod")},${at("attainment")},${at("ramp")},${months},${at("current")}))`,
	},
	{
		key: "hires",
		header: { fr: "Recrutements", en: "Hires" },
		width: 120,
		formula: ({ at }) =>
			`=IF(${at("needed")}="","",MAX(0,${at("needed")}-N(${at("current")})))`,
	},
]);

/** Column indexes of the role table. */
export const capacityColumns = roleTable.index;

export const capacityLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** B3: months in the period, from Settings: HEADCOUNT_NEEDED's period_months. */
	months: monthsAt,
	/** D3: hires to make, all roles. */
	totalHires: { row: 2, column: 3 },
	/** I5:I14: HEADCOUNT_NEEDED per role; J5:J14: hires to make. */
	needed: area(FIRST, capacityColumns.needed, ROLE_CAPACITY, 1),
	hires: area(FIRST, capacityColumns.hires, ROLE_CAPACITY, 1),
} as const;

/** The hiring calendar of a plan: its inputs, month labels, targets and HIRING_PLAN's five rows (for charts too). */
export const capacityCalendar = (context: PlanContext) =>
	hiringCalendarLayout(CALENDAR, calendarMonths(context));

const text = {
	title: { fr: "Capacité de l'équipe", en: "Team capacity" },
	guidance: {
		fr: "Vérifiez que l'équipe peut tenir ces volumes, en comptant le temps de montée en charge des recrues.",
		en: "Check the team can carry these volumes, counting the time new hires take to ramp up.",
	},
	months: { fr: "Mois dans la période", en: "Months in the period" },
	hires: { fr: "Recrutements à faire", en: "Hires to make" },
	revenue: { fr: "CA", en: "Revenue" },
};

const isProspecting = (role: string) =>
	/\b(SDR|BDR)\b|biz ?dev|prospect/i.test(role);
const isClosing = (role: string) =>
	/\bAE\b|account executive|^commercial/i.test(role);

export function buildCapacity(context: PlanContext): Tab {
	const { translate, ref, choices, stages } = context;
	const tab = new TabBuilder("capacity", context.names.capacity);
	tab.heading(translate(text.title), translate(text.guidance));
	// The second funnel stage (qualified meetings by default) is the prospecting roles' workload.
	const meetingStage =
		context.has("funnel") && stages.funnel.length >= 3
			? stages.funnel[1]
			: undefined;

	const rows = choices.roles
		.slice(0, ROLE_CAPACITY)
		.map((role): Partial<Record<keyof typeof capacityColumns, Cell>> => {
			if (isProspecting(role) && meetingStage) {
				const meetings = ref(
					"funnel",
					abs(funnelLayout.counts.row + 1, funnelLayout.counts.column),
				);
				return {
					role,
					workload: formula(`=IF(ISNUMBER(${meetings}),${meetings},"")`),
					unit: meetingStage.name,
					perMonth: 12,
					attainment: 0.9,
					ramp: 2,
					current: choices.examples ? 1 : null,
				};
			}
			if (isClosing(role)) {
				const revenue = ref("settings", settingCell("revenueTarget"));
				return {
					role,
					workload: formula(`=${revenue}`),
					unit: `${translate(text.revenue)} (${currencySymbol(choices.currency)})`,
					perMonth: 20_000,
					attainment: 0.85,
					ramp: 4,
					current: choices.examples ? 2 : null,
				};
			}
			return { role };
		});

	const result = table(tab, context, {
		headerRow: HEADER,
		capacity: ROLE_CAPACITY,
		rows,
		columns: roleTable,
	});
	tab
		.set(2, 0, translate(text.months))
		.set(
			monthsAt.row,
			monthsAt.column,
			formula(`=${ref("settings", settingCell("months"))}`),
		);
	tab.set(2, 2, translate(text.hires));
	tab.set(
		capacityLayout.totalHires.row,
		capacityLayout.totalHires.column,
		formula(`=SUM(${range(result.column("hires"))})`),
	);
	tab.boldRow(2);
	tab.protect(area(0, 0, HEADER + 1, roleTable.records.length));
	const calendar = addHiringCalendar(tab, context, CALENDAR);
	const right = tab.size.columns + 1;
	addCapacityCharts(
		tab,
		context,
		calendar,
		{ row: HEADER, column: right },
		{ row: HEADER + 1, column: right + 6 },
	);
	return tab.build(HEADER + 1);
}
