// The Capacity tab's hiring calendar: the month's targets from Objectives, the team's figures, and HIRING_PLAN's five rows.

import { abs, area, cell, range } from "../a1";
import type { PlanContext } from "../context";
import { formula, type TabBuilder } from "../grid";
import type { Area } from "../types";
import {
	objectiveColumns,
	objectivePeriods,
	objectivesLayout,
} from "./objectives";

/** The inputs under the calendar's title, one a row: label in A, value in B. */
const inputs = [
	"quota",
	"attainment",
	"ramp",
	"attrition",
	"current",
	"leadTime",
] as const;
type Input = (typeof inputs)[number];

/** HIRING_PLAN's rows, top to bottom. */
export const calendarRows = [
	"starts",
	"reps",
	"ramped",
	"capacity",
	"gap",
] as const;

const text = {
	title: {
		fr: "Calendrier de recrutement",
		en: "Hiring calendar",
	},
	guidance: {
		fr: "Mois par mois, les recrues à faire démarrer pour que la capacité couvre l'objectif, montée en charge, départs et délai de recrutement compris.",
		en: "Month by month, the hires to start so that capacity covers the target, counting ramp-up, people leaving and time to hire.",
	},
	inputs: {
		quota: {
			fr: "Quota mensuel d'un commercial formé",
			en: "Monthly quota of a ramped rep",
		},
		attainment: { fr: "Taux d'atteinte", en: "Attainment" },
		ramp: { fr: "Montée en charge (mois)", en: "Ramp-up (months)" },
		attrition: {
			fr: "Départs sur un an (attrition)",
			en: "Leaving over a year (attrition)",
		},
		current: {
			fr: "Commerciaux formés au mois 1",
			en: "Ramped reps in month 1",
		},
		leadTime: {
			fr: "Délai de recrutement (mois)",
			en: "Time to hire (months)",
		},
	} satisfies Record<Input, unknown>,
	month: { fr: "Mois", en: "Month" },
	target: { fr: "Objectif du mois", en: "Monthly target" },
	rows: {
		starts: { fr: "Recrues qui démarrent", en: "Hires starting" },
		reps: { fr: "Commerciaux attendus", en: "Expected reps" },
		ramped: { fr: "Équivalents formés", en: "Ramped equivalents" },
		capacity: { fr: "Capacité", en: "Capacity" },
		gap: { fr: "Écart à l'objectif", en: "Gap to target" },
	} satisfies Record<(typeof calendarRows)[number], unknown>,
	totalHires: { fr: "Recrues sur la période", en: "Hires over the period" },
	leavers: { fr: "Départs attendus", en: "Expected leavers" },
};

/** Where the calendar sits, from its title row: for the writer, the native export and the charts. */
export function hiringCalendarLayout(first: number, months: number) {
	const input = Object.fromEntries(
		inputs.map((key, i) => [key, { row: first + 2 + i, column: 1 }]),
	) as Record<Input, { row: number; column: number }>;
	const header = first + 3 + inputs.length;
	const rows = Object.fromEntries(
		calendarRows.map((key, i) => [key, area(header + 2 + i, 1, 1, months)]),
	) as Record<(typeof calendarRows)[number], Area>;
	return {
		title: first,
		input,
		/** The month labels, B onward. */
		months: area(header, 1, 1, months),
		targets: area(header + 1, 1, 1, months),
		/** HIRING_PLAN sits at the first cell of `starts` and spills over the five rows. */
		rows,
		spill: area(header + 2, 1, calendarRows.length, months),
		/** B: hires over the period; D: expected leavers. */
		totals: { row: header + 3 + calendarRows.length, hires: 1, leavers: 3 },
	};
}

export type HiringCalendarLayout = ReturnType<typeof hiringCalendarLayout>;

export const calendarMonths = (context: PlanContext): number =>
	objectivePeriods(context.choices.kind);

/** Writes the calendar from row `first` down; returns its layout. */
export function addHiringCalendar(
	tab: TabBuilder,
	context: PlanContext,
	first: number,
): HiringCalendarLayout {
	const { translate, formats, choices, ref } = context;
	const months = calendarMonths(context);
	const layout = hiringCalendarLayout(first, months);
	tab.set(first, 0, translate(text.title)).boldRow(first);
	tab.set(first + 1, 0, translate(text.guidance));

	const values: Record<Input, number> = {
		quota: 20_000,
		attainment: 0.85,
		ramp: 4,
		attrition: 0.2,
		current: choices.examples ? 2 : 0,
		leadTime: 2,
	};
	for (const key of inputs) {
		const at = layout.input[key];
		tab
			.set(at.row, 0, translate(text.inputs[key]))
			.set(at.row, at.column, values[key]);
	}
	const where = (key: Input) => area(layout.input[key].row, 1);
	tab.format(where("quota"), formats.currency);
	tab.format(where("attainment"), formats.percent);
	tab.format(where("attrition"), formats.percent);
	tab.validate(where("quota"), { kind: "number", minimum: 0 });
	tab.validate(where("attainment"), { kind: "percent" });
	tab.validate(where("attrition"), { kind: "percent" });
	for (const key of ["ramp", "current", "leadTime"] as const)
		tab.validate(where(key), { kind: "number", minimum: 0 });

	const header = layout.months.row;
	tab.set(header, 0, translate(text.month)).boldRow(header);
	tab.set(layout.targets.row, 0, translate(text.target));
	for (let i = 0; i < months; i++) {
		const row = objectivesLayout.firstRow + i;
		if (context.has("objectives")) {
			tab.set(
				header,
				1 + i,
				formula(`=${ref("objectives", abs(row, objectiveColumns.start))}`),
			);
			tab.set(
				layout.targets.row,
				1 + i,
				formula(`=${ref("objectives", abs(row, objectiveColumns.target))}`),
			);
		} else tab.set(header, 1 + i, i + 1);
	}
	if (context.has("objectives")) tab.format(layout.months, "mmm yyyy");
	tab.format(layout.targets, formats.currency);

	const arg = (key: Input) => abs(layout.input[key].row, 1);
	const starts = layout.rows.starts;
	tab.set(
		starts.row,
		starts.column,
		formula(
			`=HIRING_PLAN(${range(layout.targets, true)},${inputs.map(arg).join(",")})`,
		),
	);
	calendarRows.forEach((key, i) => {
		tab.set(starts.row + i, 0, translate(text.rows[key]));
	});
	tab.format(layout.rows.reps, "0.0").format(layout.rows.ramped, "0.0");
	tab.format(layout.rows.capacity, formats.currency);
	tab.format(layout.rows.gap, formats.currency);

	const { totals } = layout;
	const startsRange = range(starts);
	const lastReps = cell(layout.rows.reps.row, months);
	tab.setRow(totals.row, 0, [
		translate(text.totalHires),
		formula(`=SUM(${startsRange})`),
		translate(text.leavers),
		formula(`=${arg("current")}+SUM(${startsRange})-${lastReps}`),
	]);
	tab.format(area(totals.row, totals.leavers), "0.0").boldRow(totals.row);
	tab.protect(area(header, 0, 2 + calendarRows.length, months + 1));
	tab.reach(totals.row + 1, months + 1);
	return layout;
}
