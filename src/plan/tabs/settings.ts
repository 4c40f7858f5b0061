// Settings: the figures and lists every other tab reads — period, currency, target, stage table, funnel rates, team.

import { abs, area, range } from "../a1";
import { type Columns, defineColumns } from "../columns";
import {
	FUNNEL_CAPACITY,
	type PlanContext,
	STAGE_TABLE_ROWS,
} from "../context";
import { isoToSerial } from "../dates";
import {
	categoryList,
	categoryWords,
	stageDefault,
} from "../forecast-categories";
import { formula, TabBuilder, table } from "../grid";
import { ownersOf, teamList } from "../team";
import type { Text } from "../text";
import type { Area, Cell, PlanKind, Tab } from "../types";
import { repeatedName } from "../unique-names";

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

/** The settings list: a label and its value on each row of settingRows. */
const settingList = defineColumns([
	{ key: "setting", header: { fr: "Paramètre", en: "Setting" }, width: 260 },
	{ key: "value", header: { fr: "Valeur", en: "Value" }, width: 150 },
]);

/** A narrow empty column between two tables. */
const GAP_WIDTH = 20;
const after = (columns: Columns<string>) =>
	columns.first + columns.records.length + 1;

/**
 * Stage and probability (WEIGHTED_FORECAST's stage_table, the Pipeline's stage dropdown), then the forecast category
 * a deal at that stage takes unless its row says otherwise.
 */
export const probabilityTable = defineColumns(
	[
		{
			key: "stage",
			header: { fr: "Étape", en: "Stage" },
			width: 170,
			// One probability per stage: a stage typed again, in another case or with spaces, is refused.
			validation: { kind: "unique" },
		},
		{
			key: "probability",
			header: { fr: "Probabilité de signature", en: "Win probability" },
			width: 120,
			format: "percent",
			validation: { kind: "percent" },
		},
		{
			key: "category",
			header: {
				fr: "Catégorie de prévision par défaut",
				en: "Default forecast category",
			},
			width: 170,
			validation: (context) => ({
				kind: "list",
				values: categoryList(context.choices.language),
			}),
		},
	],
	after(settingList),
);

/** Funnel stage names (won last) and each one's conversion to the next: FUNNEL_TARGETS's inputs. */
export const conversionTable = defineColumns(
	[
		{
			key: "stage",
			header: { fr: "Étape de l'entonnoir", en: "Funnel stage" },
			width: 170,
		},
		{
			key: "conversion",
			header: {
				fr: "Conversion vers l'étape suivante",
				en: "Conversion to next stage",
			},
			width: 130,
			format: "percent",
			validation: { kind: "percent" },
		},
	],
	after(probabilityTable),
);

/** Role, name, and the label dropdowns show: the name, or the role until a name is typed. */
export const teamTable = defineColumns(
	[
		{ key: "role", header: { fr: "Rôle", en: "Role" }, width: 190 },
		{ key: "name", header: { fr: "Nom", en: "Name" }, width: 160 },
		{
			key: "owner",
			header: { fr: "Responsable (listes)", en: "Owner (dropdowns)" },
			width: 170,
			formula: ({ at }) =>
				`=IF(${at("name")}<>"",${at("name")},IF(${at("role")}<>"",${at("role")},""))`,
		},
	],
	after(conversionTable),
);

const columnArea = <Key extends string>(
	columns: Columns<Key>,
	key: Key,
	rows: number,
): Area => area(FIRST, columns.index[key], rows, 1);

export const settingsAreas = {
	/** Stage and probability only: the two columns WEIGHTED_FORECAST reads. */
	stageTable: area(FIRST, probabilityTable.first, STAGE_TABLE_ROWS, 2),
	stageNames: columnArea(probabilityTable, "stage", STAGE_TABLE_ROWS),
	stageOdds: columnArea(probabilityTable, "probability", STAGE_TABLE_ROWS),
	/** Stage, probability and default category: what the Pipeline's category column looks up. */
	stageDefaults: area(FIRST, probabilityTable.first, STAGE_TABLE_ROWS, 3),
	funnelNames: columnArea(conversionTable, "stage", FUNNEL_CAPACITY),
	funnelRates: columnArea(conversionTable, "conversion", FUNNEL_CAPACITY),
	teamRoles: columnArea(teamTable, "role", TEAM_CAPACITY),
	teamNames: columnArea(teamTable, "name", TEAM_CAPACITY),
	owners: columnArea(teamTable, "owner", TEAM_CAPACITY),
};

/** Absolute A1 range of a Settings area, e.g. "$D$5:$E$34". */
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
	const { choices, translate, formats, stages } = context;
	const tab = new TabBuilder("settings", context.names.settings);
	tab.heading(translate(text.title), translate(text.guidance));
	for (const record of settingList.records) {
		const column = settingList.index[record.key];
		tab
			.set(HEADER, column, translate(record.header))
			.widthOf(column, record.width);
	}
	tab.boldRow(HEADER);

	const start = settingCell("start");
	const end = settingCell("end");
	const values: Record<SettingKey, Cell> = {
		currency: choices.currency,
		start: isoToSerial(choices.start),
		revenueTarget: defaultRevenueTarget[choices.kind],
		dealSize: 6000,
		margin: 0.6,
		salesCycle: 60,
		format: translate(kindLabels[choices.kind]),
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
		tab
			.set(settingRows[key], 0, translate(text.labels[key]))
			.set(settingRows[key], 1, values[key]);
	}
	const one = (key: SettingKey) => area(settingRows[key], 1);
	tab.format(one("start"), formats.date).format(one("end"), formats.date);
	tab.validate(one("start"), { kind: "date" });
	tab
		.format(one("revenueTarget"), formats.currency)
		.format(one("dealSize"), formats.currency);
	tab
		.validate(one("revenueTarget"), { kind: "number", minimum: 0 })
		.validate(one("dealSize"), { kind: "number", minimum: 0 });
	for (const key of ["margin", "tolerance", "elapsed"] as const)
		tab.format(one(key), formats.percent);
	tab.validate(one("margin"), { kind: "percent" }).validate(one("tolerance"), {
		kind: "percent",
	});
	for (const key of ["salesCycle", "stopCycles", "maxAlerts"] as const)
		tab.validate(one(key), { kind: "number", minimum: 0 });

	table(tab, context, {
		headerRow: HEADER,
		capacity: STAGE_TABLE_ROWS,
		rows: stages.pipeline.map((stage) => ({
			stage: stage.name,
			probability: stage.probability,
			category:
				categoryWords[choices.language][
					stageDefault(stage.probability, stages.pipeline)
				],
		})),
		columns: probabilityTable,
	});
	// A stage listed twice (pasted past the validation), whatever its case or spaces, shows red.
	tab.rule({
		area: settingsAreas.stageTable,
		formula: `=${repeatedName(settingsAreas.stageNames)}`,
		color: "red",
	});
	table(tab, context, {
		headerRow: HEADER,
		capacity: FUNNEL_CAPACITY,
		rows: stages.funnel.map((stage) => ({
			stage: stage.name,
			conversion: stage.rate ?? null,
		})),
		columns: conversionTable,
	});
	// The owner column is a formula column: the table protects it.
	table(tab, context, {
		headerRow: HEADER,
		capacity: TEAM_CAPACITY,
		rows: teamList(choices.roles, ownersOf(context.imported), TEAM_CAPACITY)
			.rows,
		columns: teamTable,
	});
	for (const columns of [probabilityTable, conversionTable, teamTable])
		tab.widthOf(columns.first - 1, GAP_WIDTH);

	tab.protect(area(0, 0, HEADER + 1, after(teamTable) - 1));
	tab.protect(
		area(settingRows.end, 1, settingRows.elapsed - settingRows.end + 1, 1),
	);
	return tab.build(HEADER + 1);
}
