// A deal's forecast category on the Pipeline: the formula Sheets computes, and the value it gives on a row as built.

import { trimmed } from "../../functions/sheets-input";
import type { PlanContext } from "../context";
import {
	categoryWords,
	defaultCategory,
	stageDefault,
} from "../forecast-categories";
import type { Cell } from "../types";
import { settingsRange } from "./settings";

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
	const probability = cells.probability;
	const byProbability = `IF(${probability}>=1,"${words.closed}",IF(${probability}<=0,"${words.omitted}",IF(${probability}>=0.7,"${words.commit}",IF(${probability}>=0.4,"${words.bestCase}","${words.pipeline}"))))`;
	const byStage = `IFERROR(VLOOKUP(TRIM(${cells.stage}),${table},3,FALSE)&"","")`;
	const fallback = `IF(ISNUMBER(${probability}),${byProbability},"")`;
	return `IF(TRIM(${cells.override})<>"",TRIM(${cells.override}),IF(TRIM(${cells.crm})<>"",TRIM(${cells.crm}),IF(LEN(${byStage})>0,${byStage},${fallback})))`;
}

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
