// What the import tells the person, in French and English: a file it cannot read, a problem row, how dates were read.

import type { Language } from "../plan/types";
import type {
	DateReading,
	FileError,
	Problem,
	ProblemReason,
	Separator,
	Source,
} from "./types";

const say = (language: Language, fr: string, en: string): string =>
	language === "fr" ? fr : en;

export function fileErrorMessage(language: Language, error: FileError): string {
	switch (error.kind) {
		case "empty":
			return say(
				language,
				"Le fichier est vide : il faut une ligne d'en-têtes puis au moins une affaire.",
				"The file is empty: it needs a header row and at least one deal.",
			);
		case "not-text": {
			const kind = error.looksLike;
			if (kind === "xlsx" || kind === "xls")
				return say(
					language,
					"Ce fichier est un classeur Excel, pas un texte : enregistrez-le en CSV (Fichier → Enregistrer sous → CSV), puis importez ce CSV.",
					"This file is an Excel workbook, not text: save it as CSV (File → Save as → CSV), then import that CSV.",
				);
			return say(
				language,
				"Ce fichier n'est pas un texte : exportez vos affaires de votre CRM en CSV, puis importez ce CSV.",
				"This file is not text: export your deals from your CRM as CSV, then import that CSV.",
			);
		}
		case "no-amount-column":
			return say(
				language,
				"Aucune colonne de montant n'a été trouvée : la ligne d'en-têtes doit avoir une colonne « Montant » (ou « Amount », « Valeur »…).",
				'No amount column was found: the header row needs a column such as "Amount", "Value" or "Montant".',
			);
		case "mixed-date-orders":
			return say(
				language,
				`Les dates mélangent deux façons d'écrire : la ligne ${error.dayFirstLine} met le jour d'abord, la ligne ${error.monthFirstLine} le mois d'abord. Corrigez-les dans le fichier, puis réessayez.`,
				`The dates are written two ways: line ${error.dayFirstLine} puts the day first, line ${error.monthFirstLine} the month first. Fix them in the file, then try again.`,
			);
	}
}

const fieldNames: Readonly<
	Record<"closeDate" | "nextStepDate", { fr: string; en: string }>
> = {
	closeDate: { fr: "la date de signature", en: "close date" },
	nextStepDate: { fr: "la date de prochaine étape", en: "next step date" },
};

export function reasonMessage(
	language: Language,
	reason: ProblemReason,
): string {
	switch (reason.kind) {
		case "amount":
			return say(
				language,
				`le montant « ${reason.value} » n'est pas un nombre`,
				`the amount "${reason.value}" is not a number`,
			);
		case "negative-amount":
			return say(
				language,
				`le montant « ${reason.value} » est négatif`,
				`the amount "${reason.value}" is negative`,
			);
		case "date":
			return say(
				language,
				`${fieldNames[reason.field].fr} « ${reason.value} » n'est pas une date`,
				`the ${fieldNames[reason.field].en} "${reason.value}" is not a date`,
			);
		case "no-close-date":
			return say(
				language,
				"l'affaire a un montant mais pas de date de signature",
				"the deal has an amount but no close date",
			);
		case "no-stage":
			return say(
				language,
				"l'affaire a un montant mais pas d'étape",
				"the deal has an amount but no stage",
			);
		case "probability":
			return say(
				language,
				`la probabilité « ${reason.value} » n'est pas entre 0 et 100 %`,
				`the probability "${reason.value}" is not between 0 and 100%`,
			);
		case "duplicate-id":
			return say(
				language,
				`l'identifiant CRM « ${reason.id} » est déjà celui de la ligne ${reason.first}`,
				`the CRM record id "${reason.id}" is already on line ${reason.first}`,
			);
		case "malformed":
			return say(
				language,
				"un guillemet ouvert n'est jamais fermé",
				"a quote opened here is never closed",
			);
	}
}

/** "line 7: the amount "abc" is not a number"; French puts a space before the colon. */
export const problemMessage = (language: Language, problem: Problem): string =>
	`${say(language, `ligne ${problem.line} :`, `line ${problem.line}:`)} ${reasonMessage(language, problem.reason)}`;

export const sourceNames: Readonly<Record<Source, { fr: string; en: string }>> =
	{
		salesforce: { fr: "Rapport Salesforce", en: "Salesforce report" },
		hubspot: {
			fr: "Export des transactions HubSpot",
			en: "HubSpot deals export",
		},
		pipedrive: {
			fr: "Export des affaires Pipedrive",
			en: "Pipedrive deals export",
		},
		table: { fr: "Un tableau", en: "A table" },
	};

export const separatorNames: Readonly<
	Record<Separator, { fr: string; en: string }>
> = {
	",": { fr: "virgule", en: "comma" },
	";": { fr: "point-virgule", en: "semicolon" },
	"\t": { fr: "tabulation", en: "tab" },
};

export function dateReadingMessage(
	language: Language,
	reading: DateReading,
): string {
	const first =
		reading.order === "day-first"
			? say(language, "jour d'abord (15/03/2027)", "day first (15/03/2027)")
			: say(language, "mois d'abord (3/15/2027)", "month first (3/15/2027)");
	switch (reading.decidedBy) {
		case "file":
			return first;
		case "language":
			return say(
				language,
				`${first}, selon la langue du plan : chaque date du fichier se lit dans les deux sens`,
				`${first}, from the plan's language: every date in the file reads both ways`,
			);
		case "iso-only":
			return say(language, "dates ISO (2027-03-15)", "ISO dates (2027-03-15)");
	}
}
