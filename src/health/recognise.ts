// Finds the add-in's plan in a workbook given as tab names and values: which tabs it holds and its language.

import { allTabs } from "../plan/catalogue";
import { defaultTabNames } from "../plan/tab-names";
import type { Language, TabKey } from "../plan/types";
import { healthLayout } from "./layout";
import { type Grid, type PlanCells, textOf, valueAt } from "./plan-cells";

/** What Settings shows as the plan's language, in column B of its language row. */
const languageNames: Readonly<Record<string, Language>> = {
	Français: "fr",
	English: "en",
};

/** The plan's language from its Settings tab, or undefined when the tab is not the add-in's. */
export function planLanguage(settings: Grid): Language | undefined {
	const { row, column } = healthLayout.settings.language;
	return languageNames[textOf(valueAt(settings, row, column))];
}

/**
 * The plan in a workbook whose tabs carry the add-in's default names, in French or English; undefined when
 * no tab is the add-in's Settings tab. The language is the one Settings states.
 */
export function recognisePlan(
	workbook: ReadonlyMap<string, Grid>,
): PlanCells | undefined {
	for (const naming of ["fr", "en"] as const) {
		const names = defaultTabNames(naming);
		const settings = workbook.get(names.settings);
		const language = settings && planLanguage(settings);
		if (!language) continue;
		const tabs: PlanCells["tabs"] = {};
		for (const key of allTabs) {
			const values = workbook.get(names[key]);
			if (values)
				(tabs as Record<TabKey, unknown>)[key] = { name: names[key], values };
		}
		return { language, tabs };
	}
	return undefined;
}
