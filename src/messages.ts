// What the add-in tells the person when it cannot do what they asked, in French and English: the sidebar shows it as it is.

import type { Language } from "./plan/types";

/** A column of a KPI table, as AlertsRequest names it. */
export type AlertColumn = "actual" | "target" | "threshold" | "direction";

const say = (language: Language, fr: string, en: string): string =>
	language === "fr" ? fr : en;

/** French puts the article with the column's role: "la colonne du réalisé". */
const FRENCH_COLUMNS: Readonly<Record<AlertColumn, string>> = {
	actual: "du réalisé",
	target: "de l'objectif",
	threshold: "du seuil",
	direction: "du sens",
};

export const lockUnavailable = (language: Language): string =>
	say(
		language,
		"Ce classeur ne peut pas être verrouillé pour le moment : rechargez-le et réessayez.",
		"This spreadsheet cannot be locked right now: reload it and try again.",
	);

export const lockBusy = (language: Language): string =>
	say(
		language,
		"Un collègue crée ou met à jour le plan dans ce classeur en ce moment. Patientez un instant, puis réessayez.",
		"A teammate is creating or updating the plan in this spreadsheet right now. Wait a moment, then try again.",
	);

/** `key` is the tab's key, `now` the name the spreadsheet would give it, `planned` the name the plan was built with. */
export const changedSincePreview = (
	language: Language,
	key: string,
	now: string,
	planned: string,
): string =>
	say(
		language,
		`Le classeur a changé depuis l'aperçu (l'onglet « ${planned} » s'appellerait maintenant « ${now} »). Refaites l'aperçu, puis créez le plan.`,
		`The spreadsheet changed since the preview (the ${key} tab would now be "${now}", not "${planned}"). Preview again, then create the plan.`,
	);

export const noKpiTab = (language: Language): string =>
	say(
		language,
		"Ce classeur n'a pas encore d'onglet d'indicateurs créé par ce module : créez d'abord le plan, ou sélectionnez un tableau et choisissez « Le tableau sélectionné ».",
		"There is no KPI tab from this add-in here yet: generate the plan first, or select a table and choose the selection.",
	);

export const noSelection = (language: Language): string =>
	say(
		language,
		"Sélectionnez d'abord une cellule du tableau des indicateurs.",
		"Select a cell inside the KPI table first.",
	);

export const noRows = (language: Language): string =>
	say(
		language,
		"Le tableau a un en-tête mais pas encore de lignes : ajoutez d'abord les indicateurs.",
		"The table has a header but no rows yet: add the KPIs first.",
	);

export const noColumns = (language: Language): string =>
	say(
		language,
		"Indiquez les colonnes du réalisé, de l'objectif et du seuil d'alerte.",
		"Say which columns hold the actual value, the target and the alert threshold.",
	);

/** `first` and `last` are the table's first and last column letters. */
export const outsideTable = (
	language: Language,
	column: AlertColumn,
	letter: string,
	first: string,
	last: string,
): string =>
	say(
		language,
		`La colonne ${FRENCH_COLUMNS[column]}, ${letter}, est en dehors du tableau, qui va de la colonne ${first} à la colonne ${last}.`,
		`The ${column} column ${letter} is outside the table, which spans columns ${first} to ${last}.`,
	);

export const noPlan = (language: Language): string =>
	say(
		language,
		"Ce classeur ne contient pas de plan créé par le module : créez-en un d'abord.",
		"This spreadsheet holds no plan made by the add-in: generate one first.",
	);

export const tabGone = (language: Language): string =>
	say(
		language,
		"Cet onglet n'existe plus : il a peut-être été supprimé, ou le plan a été créé à nouveau.",
		"That tab no longer exists: it may have been deleted or the plan generated again.",
	);

/** `reason` is the failure's own message, often Apps Script's, in whatever language it came. */
export const rolledBack = (language: Language, reason: string): string =>
	say(
		language,
		`Le plan n'a pas pu être créé : ${reason}. Les onglets ajoutés par cette tentative ont été supprimés ; vos propres onglets n'ont pas été modifiés.`,
		`The plan could not be created: ${reason}. The tabs this attempt had added were removed; your own tabs were not changed.`,
	);

export const noPipelineTab = (language: Language): string =>
	say(
		language,
		"Ce classeur n'a pas encore d'onglet Pipeline créé par ce module : créez d'abord le plan, puis importez les affaires.",
		"There is no Pipeline tab from this add-in here yet: generate the plan first, then import the deals.",
	);

export const stageTableFull = (language: Language, stage: string): string =>
	say(
		language,
		`Le tableau des étapes de l'onglet Paramètres est plein : libérez une ligne pour l'étape « ${stage} », puis réessayez.`,
		`The Settings tab's stage table is full: free a row for the stage "${stage}", then try again.`,
	);
