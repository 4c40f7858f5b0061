// Recognises which CRM wrote a header row and proposes a column for each of the plan's deal fields.

import { headerKey } from "./headers";
import { genericColumns, signatures } from "./signatures";
import { type DealField, dealFields, type Mapping, type Source } from "./types";

export interface Recognised {
	readonly source: Source;
	readonly mapping: Mapping;
}

export function recognise(header: readonly string[]): Recognised {
	const keys = header.map(headerKey);
	const has = (name: string) => keys.includes(headerKey(name));
	const signature = signatures.find((s) =>
		s.recognisedBy.some((names) => names.every(has)),
	);
	const taken = new Set<number>();
	const mapping = {} as Record<DealField, number | null>;
	for (const field of dealFields) {
		const names = [
			...(signature?.columns[field] ?? []),
			...genericColumns[field],
		];
		let found: number | null = null;
		for (const name of names) {
			const index = keys.indexOf(headerKey(name));
			if (index >= 0 && !taken.has(index)) {
				found = index;
				break;
			}
		}
		if (found !== null) taken.add(found);
		mapping[field] = found;
	}
	return { source: signature?.source ?? "table", mapping };
}
