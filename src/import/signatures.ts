// CRM column signatures as data: how each export names its columns, and the names a plain table may use, in English and French.

import type { DealField, Source } from "./types";

export interface Signature {
	readonly source: Exclude<Source, "table">;
	/** The file is this CRM's export when its header holds every name of one of these sets (compared by headerKey). */
	readonly recognisedBy: readonly (readonly string[])[];
	/** The export's own column names for each field, tried before the generic names. */
	readonly columns: Partial<Readonly<Record<DealField, readonly string[]>>>;
}

/**
 * Salesforce report exports use the opportunity fields' labels; HubSpot's deal export its property labels;
 * Pipedrive prefixes every column with the record type ("Deal - Title"). French interfaces translate the labels.
 */
export const signatures: readonly Signature[] = [
	{
		source: "salesforce",
		recognisedBy: [
			["Opportunity Name", "Stage"],
			["Nom de l'opportunité", "Étape"],
		],
		columns: {
			deal: ["Opportunity Name", "Nom de l'opportunité"],
			account: ["Account Name", "Nom du compte"],
			owner: ["Opportunity Owner", "Propriétaire de l'opportunité"],
			stage: ["Stage", "Étape"],
			amount: ["Amount", "Montant"],
			closeDate: ["Close Date", "Date de clôture"],
			probability: ["Probability (%)", "Probabilité (%)"],
			nextStep: ["Next Step", "Étape suivante"],
			channel: ["Lead Source", "Origine de la piste"],
			forecastCategory: ["Forecast Category", "Catégorie de prévision"],
			crmId: ["Opportunity ID", "ID de l'opportunité"],
		},
	},
	{
		source: "hubspot",
		recognisedBy: [
			["Deal Name", "Deal Stage"],
			["Nom de la transaction", "Phase de la transaction"],
		],
		columns: {
			deal: ["Deal Name", "Nom de la transaction"],
			account: ["Associated Company", "Entreprise associée"],
			owner: ["Deal owner", "Propriétaire de la transaction"],
			stage: ["Deal Stage", "Phase de la transaction"],
			amount: ["Amount", "Montant"],
			closeDate: ["Close Date", "Date de fermeture"],
			probability: ["Deal probability", "Probabilité de la transaction"],
			nextStep: ["Next step", "Prochaine étape"],
			channel: ["Original Source Type", "Source d'origine"],
			forecastCategory: ["Forecast category", "Catégorie de prévision"],
			crmId: ["Record ID", "ID de fiche d'informations"],
		},
	},
	{
		source: "pipedrive",
		recognisedBy: [
			["Deal - Title", "Deal - Value"],
			["Affaire - Titre", "Affaire - Valeur"],
		],
		columns: {
			deal: ["Deal - Title", "Affaire - Titre"],
			account: ["Deal - Organization", "Affaire - Organisation"],
			owner: ["Deal - Owner", "Affaire - Propriétaire"],
			stage: ["Deal - Stage", "Affaire - Étape"],
			amount: ["Deal - Value", "Affaire - Valeur"],
			closeDate: [
				"Deal - Expected close date",
				"Affaire - Date de clôture prévue",
			],
			probability: ["Deal - Probability", "Affaire - Probabilité"],
			nextStep: [
				"Deal - Next activity subject",
				"Affaire - Sujet de la prochaine activité",
			],
			nextStepDate: [
				"Deal - Next activity date",
				"Affaire - Date de la prochaine activité",
			],
			channel: ["Deal - Source channel", "Affaire - Canal source"],
			segment: ["Deal - Label", "Affaire - Étiquette"],
			crmId: ["Deal - ID", "Affaire - ID"],
		},
	},
];

/** Names a plain table may give each field, most specific first. */
export const genericColumns: Readonly<Record<DealField, readonly string[]>> = {
	deal: [
		"Deal",
		"Deal name",
		"Opportunity",
		"Opportunity name",
		"Title",
		"Name",
		"Affaire",
		"Nom de l'affaire",
		"Opportunité",
		"Titre",
		"Nom",
	],
	account: [
		"Account",
		"Account name",
		"Company",
		"Company name",
		"Organization",
		"Organisation",
		"Customer",
		"Client",
		"Compte",
		"Société",
		"Entreprise",
	],
	owner: [
		"Owner",
		"Deal owner",
		"Sales rep",
		"Rep",
		"Responsable",
		"Propriétaire",
		"Commercial",
	],
	stage: ["Stage", "Deal stage", "Sales stage", "Étape", "Phase"],
	amount: [
		"Amount",
		"Deal value",
		"Value",
		"Deal amount",
		"Montant",
		"Valeur",
		"Montant de l'affaire",
	],
	closeDate: [
		"Expected close",
		"Close date",
		"Expected close date",
		"Closing date",
		"Signature prévue",
		"Date de signature",
		"Date de clôture",
		"Date de clôture prévue",
	],
	probability: [
		"Probability",
		"Win probability",
		"Probabilité",
		"Probabilité de signature",
	],
	nextStep: ["Next step", "Next action", "Prochaine étape", "Prochaine action"],
	nextStepDate: [
		"Next step date",
		"Next action date",
		"Next activity date",
		"Date prochaine étape",
		"Date de la prochaine étape",
		"Date prochaine action",
	],
	channel: [
		"Source channel",
		"Channel",
		"Lead source",
		"Source",
		"Canal source",
		"Canal",
		"Origine",
	],
	segment: ["Segment", "Market segment", "Secteur"],
	forecastCategory: [
		"Forecast category",
		"Catégorie de prévision",
		"Catégorie",
	],
	crmId: [
		"CRM record id",
		"Record ID",
		"Deal ID",
		"Opportunity ID",
		"ID",
		"Identifiant",
		"ID CRM",
	],
};
