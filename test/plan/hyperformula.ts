// A built plan computed by HyperFormula with the real custom functions (src/workbook), keyed by tab for tests.

import type { Plan } from "../../src/plan/types";
import { computePlan } from "../../src/workbook/compute-plan";

export interface Evaluated {
	/** Computed values by tab key; an error cell holds its code, such as "#VALUE!". */
	readonly values: Readonly<Record<string, unknown[][]>>;
	/** Every error cell, as "tab R1C1: message". */
	readonly errors: readonly string[];
}

export function evaluate(plan: Plan): Evaluated {
	const tabs = computePlan(plan);
	return {
		values: Object.fromEntries(tabs.map((tab) => [tab.key, tab.values])),
		errors: tabs.flatMap((tab) =>
			tab.errors.map(
				(error) =>
					`${tab.key} R${error.row + 1}C${error.column + 1} ${error.formula ?? ""}: ${error.message}`,
			),
		),
	};
}

export const errorsIn = (evaluated: Evaluated): readonly string[] =>
	evaluated.errors;
