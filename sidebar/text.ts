// Every word the sidebar shows, in French and English.

import type { TabAction } from "../src/api";
import type { Language, PlanKind } from "../src/plan/types";

export interface KindText {
	readonly title: string;
	readonly forWhom: string;
}

export interface Text {
	readonly title: string;
	readonly loading: string;
	readonly retry: string;
	readonly planLegend: string;
	readonly kinds: Readonly<Record<PlanKind, KindText>>;
	readonly tabsLabel: (count: number) => string;
	readonly settingsLegend: string;
	readonly language: string;
	readonly languageNames: Readonly<Record<Language, string>>;
	readonly start: string;
	readonly currency: string;
	readonly otherCurrency: string;
	readonly otherCurrencyCode: string;
	readonly examples: string;
	readonly stagesLegend: string;
	readonly stagesHint: string;
	readonly stageName: string;
	readonly probability: string;
	readonly conversion: string;
	readonly stageNameOf: (row: number) => string;
	readonly probabilityOf: (row: number) => string;
	readonly conversionOf: (row: number) => string;
	readonly removeStage: (row: number) => string;
	readonly addStage: string;
	readonly rolesLegend: string;
	readonly roleOf: (row: number) => string;
	readonly removeRole: (row: number) => string;
	readonly addRole: string;
	readonly preview: string;
	readonly generate: string;
	readonly previewTitle: string;
	readonly previewStale: string;
	readonly actions: Readonly<Record<TabAction, string>>;
	readonly renameDetail: (existing: string, name: string) => string;
	readonly replaceLabel: (existing: string) => string;
	readonly replaceWarning: (existing: string) => string;
	readonly replaceSummary: (names: string) => string;
	readonly removeColumn: string;
	readonly previewing: string;
	readonly generating: (tabs: number) => string;
	readonly elapsed: (seconds: number) => string;
	readonly summaryTitle: string;
	readonly summaryHint: string;
	readonly openTab: (name: string) => string;
	readonly alertsTitle: string;
	readonly alertsHint: string;
	readonly alertsTarget: string;
	readonly targetKpis: string;
	readonly targetSelection: string;
	readonly selectionHint: string;
	readonly actualColumn: string;
	readonly targetColumn: string;
	readonly thresholdColumn: string;
	readonly direction: string;
	readonly higher: string;
	readonly lower: string;
	readonly fromColumn: string;
	readonly directionColumn: string;
	readonly applyAlerts: string;
	readonly applyingAlerts: string;
	readonly alertsDone: (rules: number, sheet: string, range: string) => string;
	readonly checkTitle: string;
	readonly checkHint: string;
	readonly checkPlan: string;
	readonly checking: string;
	readonly checkComplete: string;
	readonly checkFound: (count: number) => string;
	readonly selectFinding: (tab: string, cell: string) => string;
	readonly errors: {
		readonly title: string;
		readonly server: (action: string, message: string) => string;
		readonly loadContext: string;
		readonly previewAction: string;
		readonly generateAction: string;
		readonly alertsAction: string;
		readonly checkAction: string;
		readonly selectAction: string;
		readonly openAction: string;
		/** The server answered something the sidebar cannot read. */
		readonly unexpectedAnswer: string;
		/** The sidebar itself went wrong. */
		readonly unexpectedProblem: string;
		readonly fewStages: (min: number) => string;
		readonly manyStages: (max: number, extra: number) => string;
		readonly funnelFull: (max: number, extra: number) => string;
		readonly stageTableFull: (max: number, extra: number) => string;
		readonly stageName: (row: number) => string;
		readonly nameTooLong: (
			field: string,
			length: number,
			max: number,
		) => string;
		readonly nameFormula: (field: string) => string;
		readonly sameStageNames: (name: string) => string;
		readonly percent: (field: string, stage: string, value: string) => string;
		readonly roleEmpty: (row: number) => string;
		readonly noRole: string;
		readonly manyRoles: (max: number, extra: number) => string;
		readonly start: string;
		readonly startRange: (first: string, last: string) => string;
		readonly currency: string;
		readonly column: (field: string, value: string) => string;
		readonly sameColumns: string;
	};
}

const fr: Text = {
	title: "Plan d'action commercial",
	loading: "Chargement…",
	retry: "Réessayer",
	planLegend: "Choisir un plan",
	kinds: {
		annual: {
			title: "Plan annuel",
			forWhom: "Tous les onglets, pour une équipe complète.",
		},
		quarterly: {
			title: "Trimestre sur une page",
			forWhom: "Pour une petite équipe.",
		},
		"30-60-90": {
			title: "30-60-90 jours",
			forWhom: "Pour une nouvelle équipe ou un nouveau responsable.",
		},
		"90-day": {
			title: "90 jours, trois priorités",
			forWhom: "Pour un budget serré.",
		},
	},
	tabsLabel: (count) => `${count} onglet${count > 1 ? "s" : ""} :`,
	settingsLegend: "Réglages",
	language: "Langue",
	languageNames: { fr: "Français", en: "English" },
	start: "Début de la période",
	currency: "Devise",
	otherCurrency: "Autre…",
	otherCurrencyCode: "Code de la devise (3 lettres)",
	examples: "Ajouter des lignes d'exemple",
	stagesLegend: "Étapes du pipeline",
	stagesHint:
		"Probabilité de signer à cette étape ; conversion vers l'étape suivante (dernière ligne : taux de signature).",
	stageName: "Étape",
	probability: "Proba. %",
	conversion: "Conv. %",
	stageNameOf: (row) => `Nom de l'étape ${row}`,
	probabilityOf: (row) => `Probabilité de l'étape ${row}, en %`,
	conversionOf: (row) => `Conversion de l'étape ${row} vers la suivante, en %`,
	removeStage: (row) => `Supprimer l'étape ${row}`,
	addStage: "Ajouter une étape",
	rolesLegend: "Rôles de l'équipe",
	roleOf: (row) => `Rôle ${row}`,
	removeRole: (row) => `Supprimer le rôle ${row}`,
	addRole: "Ajouter un rôle",
	preview: "Aperçu",
	generate: "Créer le plan",
	previewTitle: "Ce qui sera fait",
	previewStale:
		"Vos choix ont changé : relancez l'aperçu pour le mettre à jour.",
	actions: {
		create: "Nouvel onglet",
		keep: "Déjà créé par ce plan : conservé tel quel",
		fill: "Onglet vide du même nom : rempli",
		rename: "Un onglet du même nom contient des données",
		replace: "Remplacé",
	},
	renameDetail: (existing, name) =>
		`« ${existing} » est conservé ; le plan crée « ${name} ».`,
	replaceLabel: (existing) => `Remplacer « ${existing} »`,
	replaceWarning: (existing) =>
		`Attention : les données de « ${existing} » seront effacées. Seul l'historique des versions permettra de les retrouver.`,
	replaceSummary: (names) => `Données effacées puis remplacées : ${names}.`,
	removeColumn: "Supprimer",
	previewing: "Lecture du classeur…",
	generating: (tabs) =>
		`Création de ${tabs} onglets… Cela peut prendre une minute.`,
	elapsed: (seconds) => `${seconds} s`,
	summaryTitle: "Plan créé",
	summaryHint: "Cliquez sur un onglet pour l'ouvrir.",
	openTab: (name) => `Ouvrir l'onglet ${name}`,
	alertsTitle: "Alertes sur les indicateurs",
	alertsHint:
		"Colore en rouge, orange ou vert les indicateurs selon leur objectif et leur seuil.",
	alertsTarget: "Appliquer sur",
	targetKpis: "L'onglet des indicateurs du plan",
	targetSelection: "Le tableau sélectionné",
	selectionHint:
		"Sélectionnez une cellule du tableau, puis indiquez la lettre de chaque colonne.",
	actualColumn: "Colonne du réalisé",
	targetColumn: "Colonne de l'objectif",
	thresholdColumn: "Colonne du seuil",
	direction: "Sens",
	higher: "Plus haut, c'est mieux",
	lower: "Plus bas, c'est mieux",
	fromColumn: "Indiqué dans une colonne",
	directionColumn: "Colonne du sens",
	applyAlerts: "Appliquer ou actualiser les alertes",
	applyingAlerts: "Application des alertes…",
	alertsDone: (rules, sheet, range) =>
		`${rules} règle${rules > 1 ? "s" : ""} appliquée${rules > 1 ? "s" : ""} sur « ${sheet} », ${range}.`,
	checkTitle: "Vérifier le plan",
	checkHint:
		"Trois priorités au plus, un responsable, une échéance et un KPI par action, une cible et un seuil par KPI, des affaires suivies.",
	checkPlan: "Vérifier le plan",
	checking: "Vérification du plan…",
	checkComplete: "Le plan est complet : toutes les règles sont respectées.",
	checkFound: (count) =>
		`${count} point${count > 1 ? "s" : ""} à revoir. Cliquez sur un point pour aller à sa cellule.`,
	selectFinding: (tab, cell) => `Aller à ${tab}!${cell}`,
	errors: {
		title: "Impossible de continuer :",
		server: (action, message) => `${action} : ${message}`,
		loadContext: "Impossible de lire le classeur",
		previewAction: "L'aperçu a échoué",
		generateAction: "La création du plan a échoué",
		alertsAction: "Les alertes n'ont pas pu être appliquées",
		checkAction: "La vérification a échoué",
		selectAction: "Impossible d'aller à cette cellule",
		openAction: "Impossible d'ouvrir l'onglet",
		unexpectedAnswer:
			"le module a répondu d'une façon que ce panneau ne sait pas lire. Fermez et rouvrez le panneau : le module a peut-être été mis à jour depuis son ouverture.",
		unexpectedProblem:
			"un problème imprévu est survenu dans le panneau. Fermez et rouvrez le panneau, puis réessayez.",
		fewStages: (min) => `Ajoutez des étapes : il en faut au moins ${min}.`,
		manyStages: (max, extra) =>
			`Un plan a ${max} étapes au plus : supprimez-en ${extra}.`,
		funnelFull: (max, extra) =>
			`L'entonnoir a ${max} étapes au plus, en comptant l'étape gagnée (probabilité 100 %) que le plan ajoute si la dernière n'en est pas une : supprimez-en ${extra}.`,
		stageTableFull: (max, extra) =>
			`Le tableau des étapes a ${max} lignes au plus, en comptant les étapes gagnée et perdue (probabilité 100 % et 0 %) que le plan ajoute s'il n'y en a pas : supprimez-en ${extra}.`,
		stageName: (row) => `L'étape ${row} n'a pas de nom.`,
		nameTooLong: (field, length, max) =>
			`${field} : ${length} caractères, c'est trop long (${max} au plus).`,
		nameFormula: (field) =>
			`${field} : ne commencez pas par « = » ou « + », le tableur le prendrait pour une formule.`,
		sameStageNames: (name) =>
			`Plusieurs étapes s'appellent « ${name} » : donnez à chaque étape un nom différent.`,
		percent: (field, stage, value) =>
			`${field} de « ${stage} » : « ${value} » n'est pas un pourcentage entre 0 et 100.`,
		roleEmpty: (row) =>
			`Le rôle ${row} est vide : saisissez un nom ou supprimez-le.`,
		noRole: "Ajoutez au moins un rôle.",
		manyRoles: (max, extra) =>
			`Un plan a ${max} rôles au plus : supprimez-en ${extra}.`,
		start: "Indiquez une date de début valide.",
		startRange: (first, last) =>
			`La date de début doit être entre ${first} et ${last}.`,
		currency: "La devise doit être un code de 3 lettres, par exemple EUR.",
		column: (field, value) =>
			`${field} : « ${value} » n'est pas une lettre de colonne (A, B… AA).`,
		sameColumns: "Chaque colonne doit être différente.",
	},
};

const en: Text = {
	title: "Sales action plan",
	loading: "Loading…",
	retry: "Try again",
	planLegend: "Choose a plan",
	kinds: {
		annual: { title: "Annual plan", forWhom: "Every tab, for a full team." },
		quarterly: { title: "Quarterly one-page", forWhom: "For a small team." },
		"30-60-90": {
			title: "30-60-90 days",
			forWhom: "For a new team or a new manager.",
		},
		"90-day": {
			title: "90 days, three priorities",
			forWhom: "For a tight budget.",
		},
	},
	tabsLabel: (count) => `${count} tab${count === 1 ? "" : "s"}:`,
	settingsLegend: "Settings",
	language: "Language",
	languageNames: { fr: "Français", en: "English" },
	start: "Start of the period",
	currency: "Currency",
	otherCurrency: "Other…",
	otherCurrencyCode: "Currency code (3 letters)",
	examples: "Add example rows",
	stagesLegend: "Pipeline stages",
	stagesHint:
		"Probability of closing at this stage; conversion to the next stage (last row: close rate).",
	stageName: "Stage",
	probability: "Prob. %",
	conversion: "Conv. %",
	stageNameOf: (row) => `Name of stage ${row}`,
	probabilityOf: (row) => `Probability of stage ${row}, in %`,
	conversionOf: (row) => `Conversion from stage ${row} to the next, in %`,
	removeStage: (row) => `Remove stage ${row}`,
	addStage: "Add a stage",
	rolesLegend: "Team roles",
	roleOf: (row) => `Role ${row}`,
	removeRole: (row) => `Remove role ${row}`,
	addRole: "Add a role",
	preview: "Preview",
	generate: "Create the plan",
	previewTitle: "What will happen",
	previewStale: "Your choices changed: preview again to bring this up to date.",
	actions: {
		create: "New tab",
		keep: "Made by this plan before: kept as it is",
		fill: "Empty tab with the same name: filled",
		rename: "A tab with the same name holds data",
		replace: "Replaced",
	},
	renameDetail: (existing, name) =>
		`“${existing}” is kept; the plan makes “${name}”.`,
	replaceLabel: (existing) => `Replace “${existing}”`,
	replaceWarning: (existing) =>
		`Warning: the data in “${existing}” will be erased. Only the version history can bring it back.`,
	replaceSummary: (names) => `Data erased and replaced: ${names}.`,
	removeColumn: "Remove",
	previewing: "Reading the spreadsheet…",
	generating: (tabs) => `Creating ${tabs} tabs… This can take a minute.`,
	elapsed: (seconds) => `${seconds} s`,
	summaryTitle: "Plan created",
	summaryHint: "Click a tab to open it.",
	openTab: (name) => `Open the ${name} tab`,
	alertsTitle: "KPI alerts",
	alertsHint:
		"Colours each KPI red, amber or green from its target and threshold.",
	alertsTarget: "Apply to",
	targetKpis: "The plan's KPI tab",
	targetSelection: "The selected table",
	selectionHint:
		"Select a cell of the table, then give the letter of each column.",
	actualColumn: "Actual column",
	targetColumn: "Target column",
	thresholdColumn: "Threshold column",
	direction: "Direction",
	higher: "Higher is better",
	lower: "Lower is better",
	fromColumn: "Given in a column",
	directionColumn: "Direction column",
	applyAlerts: "Apply or refresh KPI alerts",
	applyingAlerts: "Applying the alerts…",
	alertsDone: (rules, sheet, range) =>
		`${rules} rule${rules === 1 ? "" : "s"} applied on “${sheet}”, ${range}.`,
	checkTitle: "Check the plan",
	checkHint:
		"At most three priorities, an owner, a deadline and a KPI for each action, a target and a threshold for each KPI, deals followed up.",
	checkPlan: "Check the plan",
	checking: "Checking the plan…",
	checkComplete: "The plan is complete: every rule holds.",
	checkFound: (count) =>
		`${count} point${count === 1 ? "" : "s"} to review. Click one to go to its cell.`,
	selectFinding: (tab, cell) => `Go to ${tab}!${cell}`,
	errors: {
		title: "Cannot go on:",
		server: (action, message) => `${action}: ${message}`,
		loadContext: "The spreadsheet could not be read",
		previewAction: "The preview failed",
		generateAction: "The plan could not be created",
		alertsAction: "The alerts could not be applied",
		checkAction: "The check failed",
		selectAction: "That cell could not be selected",
		openAction: "The tab could not be opened",
		unexpectedAnswer:
			"the add-in answered in a way this sidebar cannot read. Close and reopen the sidebar: the add-in may have been updated since it opened.",
		unexpectedProblem:
			"something unexpected went wrong in the sidebar. Close and reopen the sidebar, then try again.",
		fewStages: (min) => `Add stages: a plan needs at least ${min}.`,
		manyStages: (max, extra) =>
			`A plan has at most ${max} stages: remove ${extra}.`,
		funnelFull: (max, extra) =>
			`The funnel has at most ${max} stages, counting the won stage (100% probability) the plan adds when the last one is not won: remove ${extra}.`,
		stageTableFull: (max, extra) =>
			`The stage table has at most ${max} rows, counting the won and lost stages (100% and 0% probability) the plan adds when there are none: remove ${extra}.`,
		stageName: (row) => `Stage ${row} has no name.`,
		nameTooLong: (field, length, max) =>
			`${field}: ${length} characters is too long (${max} at most).`,
		nameFormula: (field) =>
			`${field}: do not start with “=” or “+”, the spreadsheet would take it for a formula.`,
		sameStageNames: (name) =>
			`Several stages are called “${name}”: give each stage a different name.`,
		percent: (field, stage, value) =>
			`${field} of “${stage}”: “${value}” is not a percentage between 0 and 100.`,
		roleEmpty: (row) => `Role ${row} is empty: type a name or remove it.`,
		noRole: "Add at least one role.",
		manyRoles: (max, extra) =>
			`A plan has at most ${max} roles: remove ${extra}.`,
		start: "Give a valid start date.",
		startRange: (first, last) =>
			`The start date must be between ${first} and ${last}.`,
		currency: "The currency must be a 3-letter code, such as EUR.",
		column: (field, value) =>
			`${field}: “${value}” is not a column letter (A, B… AA).`,
		sameColumns: "Each column must be a different one.",
	},
};

export const texts: Readonly<Record<Language, Text>> = { fr, en };
