// The import section's words, in French and English.

import type { DealField, Encoding } from "../src/import/types";

export interface ImportText {
	readonly title: string;
	readonly hint: string;
	readonly chooseFile: string;
	readonly orPaste: string;
	readonly pasteLabel: string;
	readonly readPasted: string;
	readonly recognised: string;
	readonly source: string;
	readonly separator: string;
	readonly encoding: string;
	readonly encodings: Readonly<Record<Encoding, string>>;
	readonly dates: string;
	readonly mapping: string;
	readonly mappingHint: string;
	readonly notInFile: string;
	readonly fields: Readonly<Record<DealField, string>>;
	readonly stages: string;
	readonly stagesHint: string;
	readonly stage: string;
	readonly probability: string;
	readonly deals: (count: number) => string;
	readonly from: Readonly<
		Record<"given" | "file" | "hubspot" | "plan", string>
	>;
	readonly missing: string;
	readonly preview: (shown: number, total: number) => string;
	readonly problems: (count: number) => string;
	readonly leaveOut: (count: number) => string;
	readonly importButton: (count: number) => string;
	readonly importing: (done: number, total: number) => string;
	readonly done: (added: number, updated: number) => string;
	readonly leftOut: (lines: readonly number[]) => string;
	readonly stagesAdded: (names: readonly string[]) => string;
	readonly ownersAdded: (names: readonly string[]) => string;
	readonly ownersLeftOut: (names: readonly string[]) => string;
	readonly noLonger: (count: number) => string;
	readonly errors: {
		readonly needProbability: (stages: readonly string[]) => string;
		readonly badProbability: (stage: string) => string;
		readonly tickLeaveOut: string;
		readonly noDeals: string;
		readonly readFile: string;
		readonly importAction: string;
	};
}

const fr: ImportText = {
	title: "Importer des affaires",
	hint: "Un export CSV de votre CRM (Salesforce, HubSpot, Pipedrive…) ou des lignes copiées d'un autre tableur, ligne d'en-têtes comprise.",
	chooseFile: "Fichier CSV ou TSV",
	orPaste: "ou collez des lignes",
	pasteLabel: "Lignes collées (séparées par des tabulations)",
	readPasted: "Lire les lignes collées",
	recognised: "Reconnu",
	source: "Source",
	separator: "Séparateur",
	encoding: "Encodage",
	encodings: {
		"utf-8": "UTF-8",
		"utf-16le": "UTF-16",
		"windows-1252": "Windows-1252 (Excel français)",
		text: "texte collé",
	},
	dates: "Dates",
	mapping: "Colonnes",
	mappingHint:
		"Chaque champ du plan et la colonne du fichier qui le remplit ; changez-la si besoin.",
	notInFile: "— pas dans le fichier —",
	fields: {
		deal: "Affaire",
		account: "Compte",
		owner: "Responsable",
		stage: "Étape",
		amount: "Montant",
		closeDate: "Signature prévue",
		probability: "Probabilité",
		nextStep: "Prochaine étape",
		nextStepDate: "Date prochaine étape",
		channel: "Canal source",
		segment: "Segment",
		forecastCategory: "Catégorie de prévision",
		crmId: "ID dans le CRM",
	},
	stages: "Étapes et probabilités",
	stagesHint: "Elles rejoignent le tableau des étapes de l'onglet Paramètres.",
	stage: "Étape",
	probability: "Probabilité (%)",
	deals: (n) => (n === 1 ? "1 affaire" : `${n} affaires`),
	from: {
		given: "saisie",
		file: "du fichier",
		hubspot: "HubSpot par défaut",
		plan: "du plan",
	},
	missing: "à saisir",
	preview: (shown, total) => `Premières lignes (${shown} sur ${total})`,
	problems: (n) => (n === 1 ? "1 ligne à problème" : `${n} lignes à problème`),
	leaveOut: (n) =>
		n === 1 ? "Laisser de côté cette ligne" : `Laisser de côté ces ${n} lignes`,
	importButton: (n) =>
		n === 1 ? "Importer 1 affaire" : `Importer ${n} affaires`,
	importing: (done, total) => `Import : ${done} sur ${total} affaires…`,
	done: (added, updated) =>
		`${added} ajoutée${added > 1 ? "s" : ""}, ${updated} mise${updated > 1 ? "s" : ""} à jour.`,
	leftOut: (lines) =>
		`Laissées de côté : ligne${lines.length > 1 ? "s" : ""} ${lines.join(", ")}.`,
	stagesAdded: (names) =>
		`Étapes ajoutées aux Paramètres : ${names.join(", ")}.`,
	ownersAdded: (names) =>
		`Responsables ajoutés à l'équipe (Paramètres) : ${names.join(", ")}.`,
	ownersLeftOut: (names) =>
		`L'équipe des Paramètres est complète : ${names.join(", ")} n'y ont pas trouvé de place, et la liste des responsables signale leurs affaires.`,
	noLonger: (n) =>
		n === 1
			? "1 affaire du Pipeline n'est plus dans l'export (elle est conservée) :"
			: `${n} affaires du Pipeline ne sont plus dans l'export (elles sont conservées) :`,
	errors: {
		needProbability: (stages) =>
			`Donnez une probabilité à : ${stages.join(", ")}.`,
		badProbability: (stage) =>
			`La probabilité de « ${stage} » doit être un nombre entre 0 et 100.`,
		tickLeaveOut:
			"Cochez « Laisser de côté » pour importer sans les lignes à problème, ou corrigez-les dans le fichier.",
		noDeals: "Aucune affaire à importer.",
		readFile: "Le fichier n'a pas pu être lu",
		importAction: "L'import n'a pas abouti",
	},
};

const en: ImportText = {
	title: "Import deals",
	hint: "A CSV export from your CRM (Salesforce, HubSpot, Pipedrive…) or rows copied from another spreadsheet, header row included.",
	chooseFile: "CSV or TSV file",
	orPaste: "or paste rows",
	pasteLabel: "Pasted rows (tab-separated)",
	readPasted: "Read the pasted rows",
	recognised: "Recognised",
	source: "Source",
	separator: "Separator",
	encoding: "Encoding",
	encodings: {
		"utf-8": "UTF-8",
		"utf-16le": "UTF-16",
		"windows-1252": "Windows-1252 (French Excel)",
		text: "pasted text",
	},
	dates: "Dates",
	mapping: "Columns",
	mappingHint:
		"Each plan field and the file column that fills it; change it if needed.",
	notInFile: "— not in the file —",
	fields: {
		deal: "Deal",
		account: "Account",
		owner: "Owner",
		stage: "Stage",
		amount: "Amount",
		closeDate: "Expected close",
		probability: "Probability",
		nextStep: "Next step",
		nextStepDate: "Next step date",
		channel: "Source channel",
		segment: "Segment",
		forecastCategory: "Forecast category",
		crmId: "CRM record id",
	},
	stages: "Stages and probabilities",
	stagesHint: "They join the stage table on the Settings tab.",
	stage: "Stage",
	probability: "Probability (%)",
	deals: (n) => (n === 1 ? "1 deal" : `${n} deals`),
	from: {
		given: "typed",
		file: "from the file",
		hubspot: "HubSpot default",
		plan: "from the plan",
	},
	missing: "needed",
	preview: (shown, total) => `First rows (${shown} of ${total})`,
	problems: (n) => (n === 1 ? "1 problem row" : `${n} problem rows`),
	leaveOut: (n) =>
		n === 1 ? "Leave this row out" : `Leave these ${n} rows out`,
	importButton: (n) => (n === 1 ? "Import 1 deal" : `Import ${n} deals`),
	importing: (done, total) => `Importing: ${done} of ${total} deals…`,
	done: (added, updated) => `${added} added, ${updated} updated.`,
	leftOut: (lines) =>
		`Left out: line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}.`,
	stagesAdded: (names) => `Stages added to Settings: ${names.join(", ")}.`,
	ownersAdded: (names) =>
		`Owners added to the team on Settings: ${names.join(", ")}.`,
	ownersLeftOut: (names) =>
		`The team on Settings is full: ${names.join(", ")} found no room, and the owner dropdown flags their deals.`,
	noLonger: (n) =>
		n === 1
			? "1 deal on the Pipeline is no longer in the export (it was kept):"
			: `${n} deals on the Pipeline are no longer in the export (they were kept):`,
	errors: {
		needProbability: (stages) => `Give a probability to: ${stages.join(", ")}.`,
		badProbability: (stage) =>
			`The probability of "${stage}" must be a number from 0 to 100.`,
		tickLeaveOut:
			"Tick “Leave these rows out” to import without the problem rows, or fix them in the file.",
		noDeals: "There is no deal to import.",
		readFile: "The file could not be read",
		importAction: "The import did not finish",
	},
};

export const importTexts = { fr, en } as const;
