// The Settings team list with a CRM export's owners in it, so the owner dropdowns accept the imported deals.

import type { PipelineDeal } from "./types";

/** Names as a dropdown reads them: "Ana  Diaz " is "ana diaz". */
export const personKey = (name: string): string =>
	name.trim().toLowerCase().replace(/\s+/g, " ");

/** The export's owners, trimmed, each once, in the order the export first names them. */
export function ownersOf(
	deals: readonly Pick<PipelineDeal, "owner">[],
): string[] {
	const seen = new Map<string, string>();
	for (const deal of deals) {
		const owner = deal.owner.trim();
		if (owner !== "" && !seen.has(personKey(owner)))
			seen.set(personKey(owner), owner);
	}
	return [...seen.values()];
}

export interface TeamList {
	/** The team table's rows: each role, then each owner new to the list, as a name. */
	readonly rows: readonly { readonly role?: string; readonly name?: string }[];
	/** Owners the list gained. */
	readonly added: readonly string[];
	/** Owners that did not fit: the list holds `capacity` people. */
	readonly leftOut: readonly string[];
}

/** The plan's roles, then the owners the roles do not already name, while the list has room. */
export function teamList(
	roles: readonly string[],
	owners: readonly string[],
	capacity: number,
): TeamList {
	const kept = roles.slice(0, capacity);
	const known = new Set(kept.map(personKey));
	const fresh = owners.filter((owner) => !known.has(personKey(owner)));
	const room = Math.max(0, capacity - kept.length);
	const added = fresh.slice(0, room);
	return {
		rows: [
			...kept.map((role) => ({ role })),
			...added.map((name) => ({ name })),
		],
		added,
		leftOut: fresh.slice(room),
	};
}
