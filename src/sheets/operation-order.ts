// The order in which applyPlan works on the tabs: pure, so it can be read and tested on its own.

import type { TabAction } from "../api";
import type { TabKey } from "../plan/types";

export interface PlacedTab {
	readonly key: TabKey;
	readonly action: TabAction;
}

export interface OperationOrder {
	/** Sheets to insert, in the plan's order, at the end of the tab bar. */
	readonly inserts: readonly TabKey[];
	/** Sheets to read before the first write: the ones filled or replaced. */
	readonly reads: readonly TabKey[];
	/** Tabs to write, in order: new and filled ones first, replaced ones last. */
	readonly writes: readonly TabKey[];
}

export const insertsSheet = (action: TabAction): boolean =>
	action === "create" || action === "rename";

/**
 * Inserts come first so every cross-tab dropdown finds its source; tabs the person agreed to replace are written
 * last, so a failure elsewhere never reaches them. Kept tabs are not touched.
 */
export function operationOrder(
	planKeys: readonly TabKey[],
	placed: readonly PlacedTab[],
): OperationOrder {
	const action = new Map(placed.map((tab) => [tab.key, tab.action]));
	const inPlan = planKeys.filter((key) => action.has(key));
	const is =
		(...actions: TabAction[]) =>
		(key: TabKey) =>
			actions.includes(action.get(key) as TabAction);
	return {
		inserts: inPlan.filter(is("create", "rename")),
		reads: inPlan.filter(is("fill", "replace")),
		writes: [
			...inPlan.filter(is("create", "rename", "fill")),
			...inPlan.filter(is("replace")),
		],
	};
}
