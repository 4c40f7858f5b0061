// The preview page's own words, in the plan's language: its title, header, labels and status messages.

import type { Language } from "../plan/types";

export interface PageText {
	readonly title: string;
	readonly documentTitle: string;
	readonly documentNote: string;
	readonly openSidebar: string;
	readonly closeSidebar: string;
	readonly sidebar: string;
	readonly tabs: string;
	readonly computing: string;
	serverAnswered(status: number): string;
}

export const pageTexts: Readonly<Record<Language, PageText>> = {
	fr: {
		title: "Plan d'action commercial – aperçu local",
		documentTitle: "Plan d'action commercial",
		documentNote:
			"Aperçu local : le classeur est en mémoire, rien n'est envoyé à Google.",
		openSidebar: "Ouvrir le panneau",
		closeSidebar: "Fermer",
		sidebar: "Module complémentaire",
		tabs: "Onglets",
		computing: "Calcul…",
		serverAnswered: (status) => `Le serveur de l'aperçu a répondu ${status}.`,
	},
	en: {
		title: "Sales action plan – local preview",
		documentTitle: "Sales action plan",
		documentNote:
			"Local preview: the workbook lives in memory, nothing is sent to Google.",
		openSidebar: "Open the sidebar",
		closeSidebar: "Close",
		sidebar: "Add-on",
		tabs: "Tabs",
		computing: "Computing…",
		serverAnswered: (status) => `The preview server answered ${status}.`,
	},
};

/** "fr_FR" or "fr" is French; every other locale or language reads the English page. */
export const pageLanguage = (localeOrLanguage: string): Language =>
	localeOrLanguage.toLowerCase().startsWith("fr") ? "fr" : "en";
