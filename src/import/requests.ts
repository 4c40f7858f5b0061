// An import as the server calls that carry it: the Pipeline table's layout, then the deals in chunks.

import {
	type ImportDealsRequest,
	type PipelineField,
	type PipelineTable,
	pipelineFields,
} from "../api";
import { isoToSerial } from "../plan/dates";
import { dealTable, pipelineColumns } from "../plan/tabs/pipeline";
import { pipelineLayout } from "../plan/tabs/pipeline-layout";
import { settingsAreas } from "../plan/tabs/settings";
import { ownersOf } from "../plan/team";
import type { Language } from "../plan/types";
import type { ImportedDeal, Mapping } from "./types";

/** Deals per call, and the JSON size a call stays under: google.script.run carries far more, but slowly. */
export const CHUNK_DEALS = 2000;
export const CHUNK_BYTES = 1_000_000;

/** The deal table's formula columns (probability, weighted amount, category): an import writes around them. */
const formulaKeys = dealTable.records.flatMap((record) =>
	record.formula ? [record.key] : [],
);

/** Where the plan puts each field of its deal table, and which of its columns hold formulas. */
export function pipelineTable(
	columns: Partial<Record<PipelineField, number>>,
): PipelineTable {
	const all = Object.values(pipelineColumns) as number[];
	const formulaColumns: number[] = formulaKeys.map(
		(key) => pipelineColumns[key],
	);
	return {
		headerRow: pipelineLayout.headerRow,
		width: Math.max(...all) + 1,
		columns,
		inputColumns: all.filter((c) => !formulaColumns.includes(c)),
		formulaColumns,
	};
}

/** The Pipeline fields this import fills: those the file has a column for. */
export function filledFields(mapping: Mapping): PipelineField[] {
	const index = pipelineColumns as Partial<Record<string, number>>;
	return pipelineFields.filter(
		(field) =>
			index[field] !== undefined && mapping[field as keyof Mapping] !== null,
	);
}

function cellOf(
	deal: ImportedDeal,
	field: PipelineField,
): string | number | null {
	const value = deal[field];
	if (field === "closeDate" || field === "nextStepDate")
		return typeof value === "string" ? isoToSerial(value) : null;
	return value === "" ? null : (value as string | number | null);
}

export interface ImportInput {
	readonly language: Language;
	readonly mapping: Mapping;
	readonly deals: readonly ImportedDeal[];
	readonly stages: readonly {
		readonly name: string;
		readonly probability: number;
	}[];
}

export function importRequests(input: ImportInput): ImportDealsRequest[] {
	const fields = filledFields(input.mapping);
	const index = pipelineColumns as Partial<Record<string, number>>;
	const columns = Object.fromEntries(
		fields.map((f) => [f, index[f] as number]),
	);
	const table = pipelineTable(columns);
	const owners = fields.includes("owner") ? ownersOf(input.deals) : [];
	const requests: ImportDealsRequest[] = [];
	let deals: (string | number | null)[][] = [];
	let bytes = 0;
	const flush = () => {
		const first = requests.length === 0;
		requests.push({
			language: input.language,
			table,
			fields,
			deals,
			...(first && input.stages.length > 0
				? {
						stages: input.stages,
						stageTable: {
							row: settingsAreas.stageTable.row,
							column: settingsAreas.stageTable.column,
							rows: settingsAreas.stageTable.rows,
						},
					}
				: {}),
			...(first && owners.length > 0
				? {
						owners,
						teamTable: {
							row: settingsAreas.teamRoles.row,
							column: settingsAreas.teamRoles.column,
							rows: settingsAreas.teamRoles.rows,
						},
					}
				: {}),
		});
		deals = [];
		bytes = 0;
	};
	for (const deal of input.deals) {
		const cells = fields.map((field) => cellOf(deal, field));
		const size = JSON.stringify(cells).length;
		if (
			deals.length >= CHUNK_DEALS ||
			(deals.length > 0 && bytes + size > CHUNK_BYTES)
		)
			flush();
		deals.push(cells);
		bytes += size;
	}
	if (deals.length > 0 || requests.length === 0) flush();
	return requests;
}
