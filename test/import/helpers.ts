// Shared helpers for the import tests: fixture files, the plan's default stages, reading a file end to end.

import { readFileSync } from "node:fs";
import { expect } from "vitest";
import {
	type ImportOptions,
	type ImportPlan,
	planImport,
	readInput,
} from "../../src/import/index";
import { normalizeStages } from "../../src/plan/context";
import { defaultChoices } from "../../src/plan/defaults";
import type { Language } from "../../src/plan/types";

export const fixture = (name: string): Uint8Array =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

export const planStages = (language: Language) =>
	normalizeStages(defaultChoices("annual", language, "2027-01-01")).pipeline;

/** Reads and plans an import that must succeed. */
export function imported(
	input: Uint8Array | string,
	options: Partial<ImportOptions> = {},
): ImportPlan {
	const language = options.language ?? "en";
	const table = readInput(input);
	if ("kind" in table) throw new Error(`file error: ${table.kind}`);
	const outcome = planImport(table, {
		planStages: planStages(language),
		...options,
		language,
	});
	if (!outcome.ok) throw new Error(`import error: ${outcome.error.kind}`);
	expect(outcome.ok).toBe(true);
	return outcome;
}

export const total = (plan: ImportPlan): number =>
	Math.round(plan.deals.reduce((sum, d) => sum + (d.amount ?? 0), 0) * 100) /
	100;
