// FORECAST_CATEGORIES: the period's deals rolled up as a CRM calls a forecast: Closed, Commit, Best case, Open pipeline.

import { Amounts, Period } from "./deals";
import { type CellList, describe, InputError, isBlank } from "./sheets-input";

/** Where a deal counts; "omitted" deals count nowhere. */
type Category = "closed" | "commit" | "bestCase" | "pipeline" | "omitted";

/** The words CRMs and French teams use, written as they are matched: lower case, without spaces or hyphens. */
export const CATEGORY_WORDS: Readonly<Record<Category, readonly string[]>> = {
	closed: ["closed", "closedwon", "won", "gagné", "signé"],
	commit: ["commit", "engagé"],
	bestCase: ["bestcase", "meilleurcas"],
	pipeline: ["pipeline"],
	omitted: [
		"omitted",
		"notforecasted",
		"closedlost",
		"lost",
		"omis",
		"exclu",
		"perdu",
	],
};

const CATEGORY_OF = new Map<string, Category>(
	Object.entries(CATEGORY_WORDS).flatMap(([category, words]) =>
		words.map((word) => [word, category as Category] as const),
	),
);

/** "Best-case", " best case " and "BEST CASE" are the same word. */
export const categoryKey = (text: string): string =>
	text.toLowerCase().replace(/[\s-]+/g, "");

/** Reads each row's category once per distinct text: a pipeline repeats a handful of words over many rows. */
class Categories {
	private readonly known = new Map<unknown, Category>();

	constructor(private readonly list: CellList) {}

	at(i: number): Category {
		const cell = this.list.get(i);
		// Small enough to be inlined in the loop; a new word goes the long way once.
		return this.known.get(cell) ?? this.learn(cell, i);
	}

	private learn(cell: unknown, i: number): Category {
		const category =
			typeof cell === "string" ? CATEGORY_OF.get(categoryKey(cell)) : undefined;
		if (category === undefined) throw this.error(cell, i);
		this.known.set(cell, category);
		return category;
	}

	private error(cell: unknown, i: number): InputError {
		const where = this.list.at(i);
		if (isBlank(cell) || (typeof cell === "string" && cell.trim() === ""))
			return new InputError(
				`${where}: the deal has an amount but no forecast category`,
			);
		return new InputError(
			`${where}: ${describe(typeof cell === "string" ? cell.trim() : cell)} is not a forecast category (Closed, Commit, Best case, Pipeline or Omitted)`,
		);
	}
}

export function forecastCategories(
	amounts: unknown,
	categories: unknown,
	closeDates?: unknown,
	periodStart?: unknown,
	periodEnd?: unknown,
): number[][] {
	const deals = new Amounts(amounts);
	const category = new Categories(deals.column(categories, "categories"));
	const period = new Period(deals, closeDates, periodStart, periodEnd);
	let closed = 0;
	let commit = 0;
	let bestCase = 0;
	let pipeline = 0;
	for (let i = 0; i < deals.size; i++) {
		const amount = deals.at(i);
		if (amount === undefined) continue;
		const counts = category.at(i);
		if (!period.includes(i)) continue;
		if (counts === "closed") closed += amount;
		else if (counts === "commit") commit += amount;
		else if (counts === "bestCase") bestCase += amount;
		else if (counts === "pipeline") pipeline += amount;
	}
	// Salesforce's cumulative roll-up: each forecast includes the surer ones; open pipeline leaves out what is closed.
	return [
		[closed],
		[closed + commit],
		[closed + commit + bestCase],
		[commit + bestCase + pipeline],
	];
}
