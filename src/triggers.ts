// The add-on menu and the sidebar it opens.

const MENU_LABEL = { en: "Open sales plan", fr: "Ouvrir le plan commercial" };
const SIDEBAR_TITLE = {
	en: "Sales action plan",
	fr: "Plan d'action commercial",
};

function userLanguage(): "fr" | "en" {
	try {
		return Session.getActiveUserLocale().startsWith("fr") ? "fr" : "en";
	} catch {
		// Before the add-on is enabled in a document (AuthMode.NONE) some services refuse to answer.
		return "en";
	}
}

export function onOpen(): void {
	SpreadsheetApp.getUi()
		.createAddonMenu()
		.addItem(MENU_LABEL[userLanguage()], "showSidebar")
		.addToUi();
}

export function onInstall(): void {
	onOpen();
}

export function showSidebar(): void {
	const sidebar = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(
		SIDEBAR_TITLE[userLanguage()],
	);
	SpreadsheetApp.getUi().showSidebar(sidebar);
}
