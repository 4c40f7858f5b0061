// Settings: the figures and lists every other tab reads — period, currency, target, stage table, funnel rates, team.

import { abs, area, range } from "../a1";
import { FUNNEL_CAPACITY, type PlanContext, STAGE_CAPACITY } from "../context";
import { isoToSerial } from "../dates";
import { formula, TabBuilder } from "../grid";
import type { Text } from "../text";
import type { Area, Cell, PlanKind, Tab } from "../types";

export const TEAM_CAPACITY = 30;
const HEADER = 3;
const FIRST = 4;

/** Where each setting's value sits (column B). Inputs first, then the computed ones, which are protected together. */
export const settingRows = {
	currency: 4,
	start: 5,
	revenueTarget: 6,
	dealSize: 7,
	margin: 8,
	salesCycle: 9,
	format: 10,
	language: 11,
	stopCycles: 12,
	tolerance: 13,
	maxAlerts: 14,
	end: 15,
	months: 16,
	weeks: 17,
	elapsed: 18,
} as const;
export type SettingKey = keyof typeof settingRows;

/** Absolute A1 address of a setting's value on the Settings tab, e.g. "$B$7" for the revenue target. */
export const settingCell = (key: SettingKey): string =>
	abs(settingRows[key], 1);

export const settingsAreas = {
	/** Stage and probability: WEIGHTED_FORECAST's stage_table and the Pipeline's stage dropdown. */
	stageTable: area(FIRST, 3, STAGE_CAPACITY, 2) as Area,
	stageNames: area(FIRST, 3, STAGE_CAPACITY, 1) as Area,
	/** Funnel stage names (won last) and each one's conversion to the next: FUNNEL_TARGETS's inputs. */
	funnelNames: area(FIRST, 6, FUNNEL_CAPACITY, 1) as Area,
	funnelRates: area(FIRST, 7, FUNNEL_CAPACITY, 1) as Area,
	/** Role, name, and the label dropdowns show: the name, or the role until a name is typed. */
	teamRoles: area(FIRST, 9, TEAM_CAPACITY, 1) as Area,
	teamNames: area(FIRST, 10, TEAM_CAPACITY, 1) as Area,
	owners: area(FIRST, 11, TEAM_CAPACITY, 1) as Area,
};

/** Absolute A1 range of a Settings area, e.g. "$D$5:$E$16". */
export const settingsRange = (key: keyof typeof settingsAreas): string =>
	range(settingsAreas[key], true);

export const defaultRevenueTarget: Readonly<Record<PlanKind, number>> = {
	annual: 480_000,
	quarterly: 120_000,
	"30-60-90": 120_000,
	"90-day": 120_000,
};

const kindLabels: Readonly<Record<PlanKind, Text>> = {
	annual: {
		fr: "Plan annuel piloté par trimestre",
		en: "Annual plan, steered quarter by quarter",
	},
	quarterly: { fr: "One-page trimestriel", en: "Quarterly one-page plan" },
	"30-60-90": { fr: "Plan 30-60-90 jours", en: "30-60-90 day plan" },
	"90-day": {
		fr: "Plan 90 jours, 3 priorités",
		en: "90-day plan, three priorities",
	},
};

const text = {
	title: { fr: "Paramètres", en: "Settings" },
	guidance: {
		fr: "Les autres onglets lisent ces valeurs : période, devise, objectif, étapes, taux et équipe.",
		en: "Every other tab reads these values: period, currency, target, stages, rates and team.",
	},
	setting: { fr: "Paramètre", en: "Setting" },
	value: { fr: "Valeur", en: "Value" },
	stage: { fr: "Étape", en: "Stage" },
	probability: { fr: "Probabilité de signature", en: "Win probability" },
	funnelStage: { fr: "Étape de l'entonnoir", en: "Funnel stage" },
	conversion: {
		fr: "Conversion vers l'étape suivante",
		en: "Conversion to next stage",
	},
	role: { fr: "Rôle", en: "Role" },
	name: { fr: "Nom", en: "Name" },
	owner: { fr: "Responsable (listes)", en: "Owner (dropdowns)" },
	labels: {
		currency: { fr: "Devise", en: "Currency" },
		start: { fr: "Début de la période", en: "Period start" },
		revenueTarget: {
			fr: "Objectif de CA de la période",
			en: "Revenue target for the period",
		},
		dealSize: {
			fr: "Panier moyen (affaire gagnée)",
			en: "Average deal size (won deal)",
		},
		margin: { fr: "Marge brute visée", en: "Target gross margin" },
		salesCycle: { fr: "Cycle de vente (jours)", en: "Sales cycle (days)" },
		format: { fr: "Format du plan", en: "Plan format" },
		language: { fr: "Langue", en: "Language" },
		stopCycles: {
			fr: "Cycles ratés avant d'arrêter un canal",
			en: "Missed cycles before stopping a channel",
		},
		tolerance: {
			fr: "Tolérance par défaut d'un canal (±)",
			en: "Default channel tolerance (±)",
		},
		maxAlerts: {
			fr: "KPI sous alerte, au plus",
			en: "Most KPIs under alert at once",
		},
		end: { fr: "Fin de la période (calculée)", en: "Period end (computed)" },
		months: {
			fr: "Mois dans la période (calculé)",
			en: "Months in the period (computed)",
		},
		weeks: {
			fr: "Semaines dans la période (calculé)",
			en: "Weeks in the period (computed)",
		},
		elapsed: {
			fr: "Part de la période écoulée (calculée)",
			en: "Share of the period elapsed (computed)",
		},
	} satisfies Record<SettingKey, Text>,
};

function endFormula(kind: PlanKind): string {
	const start = settingCell("start");
	if (kind === "annual") return `=EDATE(${start},12)-1`;
	if (kind === "30-60-90") return `=${start}+89`;
	return `=EDATE(${start},3)-1`;
}

export function buildSettings(context: PlanContext): Tab {
	const { choices, t, formats, stages } = context;
	const b = new TabBuilder("settings", context.names.settings);
	b.heading(t(text.title), t(text.guidance));
	b.setRow(HEADER, 0, [
		t(text.setting),
		t(text.value),
		null,
		t(text.stage),
		t(text.probability),
		null,
		t(text.funnelStage),
	]);
	b.setRow(HEADER, 7, [
		t(text.conversion),
		null,
		t(text.role),
		t(text.name),
		t(text.owner),
	]);
	b.boldRow(HEADER);

	const start = settingCell("start");
	const end = settingCell("end");
	const values: Record<SettingKey, Cell> = {
		currency: choices.currency,
		start: isoToSerial(choices.start),
		revenueTarget: defaultRevenueTarget[choices.kind],
		dealSize: 6000,
		margin: 0.6,
		salesCycle: 60,
		format: t(kindLabels[choices.kind]),
		language: choices.language === "fr" ? "Français" : "English",
		stopCycles: 2,
		tolerance: 0.2,
		maxAlerts: 3,
		end: formula(endFormula(choices.kind)),
		months: formula(`=MAX(1,ROUND((${end}-${start}+1)*12/365.25,0))`),
		weeks: formula(`=MAX(1,ROUND((${end}-${start}+1)/7,0))`),
		elapsed: formula(
			`=IF(TODAY()<${start},0,IF(TODAY()>${end},1,(TODAY()-${start}+1)/(${end}-${start}+1)))`,
		),
	};
	for (const key of Object.keys(settingRows) as SettingKey[]) {
		b.set(settingRows[key], 0, t(text.labels[key])).set(
			settingRows[key],
			1,
			values[key],
		);
	}
	const one = (key: SettingKey) => area(settingRows[key], 1);
	b.format(one("start"), formats.date).format(one("end"), formats.date);
	b.validate(one("start"), { kind: "date" });
	b.format(one("revenueTarget"), formats.currency).format(
		one("dealSize"),
		formats.currency,
	);
	b.validate(one("revenueTarget"), { kind: "number", minimum: 0 }).validate(
		one("dealSize"),
		{ kind: "number", minimum: 0 },
	);
	for (const key of ["margin", "tolerance", "elapsed"] as const)
		b.format(one(key), formats.percent);
	b.validate(one("margin"), { kind: "percent" }).validate(one("tolerance"), {
		kind: "percent",
	});
	for (const key of ["salesCycle", "stopCycles", "maxAlerts"] as const)
		b.validate(one(key), { kind: "number", minimum: 0 });

	stages.pipeline.forEach((stage, i) => {
		b.setRow(FIRST + i, 3, [stage.name, stage.probability]);
	});
	stages.funnel.forEach((stage, i) => {
		b.setRow(FIRST + i, 6, [stage.name, stage.rate ?? null]);
	});
	const { funnelRates, owners } = settingsAreas;
	b.format(area(FIRST, 4, STAGE_CAPACITY, 1), formats.percent).validate(
		area(FIRST, 4, STAGE_CAPACITY, 1),
		{ kind: "percent" },
	);
	b.format(funnelRates, formats.percent).validate(funnelRates, {
		kind: "percent",
	});

	choices.roles.slice(0, TEAM_CAPACITY).forEach((role, i) => {
		b.set(FIRST + i, 9, role);
	});
	for (let r = FIRST; r < FIRST + TEAM_CAPACITY; r++) {
		// The owner label: the person's name, or the role while no name is typed.
		b.set(
			r,
			11,
			formula(`=IF(K${r + 1}<>"",K${r + 1},IF(J${r + 1}<>"",J${r + 1},""))`),
		);
	}
	b.reach(FIRST + TEAM_CAPACITY, 12);

	b.widthsOf([260, 150, 20, 170, 120, 20, 170, 130, 20, 190, 160, 170]);
	b.protect(area(0, 0, HEADER + 1, 12));
	b.protect(
		area(settingRows.end, 1, settingRows.elapsed - settingRows.end + 1, 1),
	);
	b.protect(owners);
	return b.build(HEADER + 1);
}
