// The forecast categories a plan offers in its dropdowns, in its language: words FORECAST_CATEGORIES accepts.

import type { PlanContext } from "./context";
import { settingsRange } from "./tabs/settings";
import type { Cell, Language } from "./types";

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
 * A stage's default category from its probability: won is Closed, lost Omitted, and open stages Commit from 70%,
 * Best case from 40%, Pipeline below, a common reading of CRM stages a manager can change in Settings.
 */
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

export function defaultCategory(probability: number): CategoryKey {
	if (probability >= 1) return "closed";
	if (probability <= 0) return "omitted";
	if (probability >= 0.7) return "commit";
	if (probability >= 0.4) return "bestCase";
	return "pipeline";
}

/** The cells of one deal row a category formula reads. */
export interface CategoryCells {
	readonly override: string;
	readonly crm: string;
	readonly stage: string;
	readonly probability: string;
}

/**
 * A deal's category: the one typed over it, else the CRM's, else its stage's default in Settings (VLOOKUP, exact and
 * in any case, fast on 50,000 rows), else one read from its probability as defaultCategory does, so that a stage
 * an import added without a category, or a blank default, still counts.
 */
export function dealCategory(
	cells: CategoryCells,
	context: PlanContext,
): string {
	const words = categoryWords[context.choices.language];
	const table = context.ref("settings", settingsRange("stageDefaults"));
	const p = cells.probability;
	const byProbability = `IF(${p}>=1,"${words.closed}",IF(${p}<=0,"${words.omitted}",IF(${p}>=0.7,"${words.commit}",IF(${p}>=0.4,"${words.bestCase}","${words.pipeline}"))))`;
	const byStage = `IFERROR(VLOOKUP(TRIM(${cells.stage}),${table},3,FALSE)&"","")`;
	const fallback = `IF(ISNUMBER(${p}),${byProbability},"")`;
	return `IF(TRIM(${cells.override})<>"",TRIM(${cells.override}),IF(TRIM(${cells.crm})<>"",TRIM(${cells.crm}),IF(LEN(${byStage})>0,${byStage},${fallback})))`;
}

/** Text as a formula's TRIM leaves it: spaces at both ends gone, runs of spaces inside made one. */
const trimmed = (text: string): string => text.trim().replace(/ {2,}/g, " ");

/**
 * What dealCategory's formula gives on a row as built, from its cells (undefined when only the formula can tell):
 * the plan's Settings defaults are defaultCategory's words, so the stage's default is read the same way.
 */
export function dealCategoryValue(
	cell: (
		key: "categoryOverride" | "forecastCategory" | "stage" | "probability",
	) => Cell | undefined,
	context: PlanContext,
): string | undefined {
	const words = categoryWords[context.choices.language];
	for (const key of ["categoryOverride", "forecastCategory"] as const) {
		const typed = cell(key);
		if (typed === undefined || (typed !== null && typeof typed !== "string"))
			return undefined;
		if (typed !== null && trimmed(typed) !== "") return trimmed(typed);
	}
	const stage = cell("stage");
	if (stage === undefined || (stage !== null && typeof stage !== "string"))
		return undefined;
	const wanted = trimmed(stage ?? "").toLowerCase();
	const row = context.stages.pipeline.find(
		(candidate) => candidate.name.toLowerCase() === wanted,
	);
	if (wanted !== "" && row)
		return words[stageDefault(row.probability, context.stages.pipeline)];
	const probability = cell("probability");
	if (probability === undefined) return undefined;
	if (typeof probability !== "number") return "";
	return words[defaultCategory(probability)];
}
