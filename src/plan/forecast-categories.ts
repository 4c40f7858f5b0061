// The forecast categories a plan offers in its dropdowns, in its language: words FORECAST_CATEGORIES accepts.

import type { Language } from "./types";

export type CategoryKey =
	| "closed"
	| "commit"
	| "bestCase"
	| "pipeline"
	| "omitted";

/** Closed first, omitted last, as CRMs list them; each word is one of FORECAST_CATEGORIES' CATEGORY_WORDS. */
export const categoryWords: Readonly<
	Record<Language, Readonly<Record<CategoryKey, string>>>
> = {
	en: {
		closed: "Closed",
		commit: "Commit",
		bestCase: "Best case",
		pipeline: "Pipeline",
		omitted: "Omitted",
	},
	fr: {
		closed: "Gagné",
		commit: "Engagé",
		bestCase: "Meilleur cas",
		pipeline: "Pipeline",
		omitted: "Omis",
	},
};

export const categoryList = (language: Language): string[] =>
	Object.values(categoryWords[language]);

/**
 * A stage's default category among the stage table's rows, read as the table is: whole percents when any
 * probability is above 1 (30 is 30%), as WEIGHTED_FORECAST reads them.
 */
export function stageDefault(
	probability: number,
	table: readonly { readonly probability: number }[],
): CategoryKey {
	const scale = table.some((row) => row.probability > 1) ? 100 : 1;
	return defaultCategory(probability / scale);
}

/**
 * A stage's default category from its probability: won is Closed, lost Omitted, and open stages Commit from 70%,
 * Best case from 40%, Pipeline below, a common reading of CRM stages a manager can change in Settings.
 */
export function defaultCategory(probability: number): CategoryKey {
	if (probability >= 1) return "closed";
	if (probability <= 0) return "omitted";
	if (probability >= 0.7) return "commit";
	if (probability >= 0.4) return "bestCase";
	return "pipeline";
}
