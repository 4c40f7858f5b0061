// What the sidebar may call through google.script.run.

export const server = {
  /** The sidebar's first call: which language to speak. */
  getSidebarContext(): { language: "fr" | "en" } {
    const locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
    return { language: locale.startsWith("fr") ? "fr" : "en" };
  },
};
