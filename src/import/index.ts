// Reading a CRM export into deals, shared by the sidebar, the preview and `npm run plan`.

import { dateEvidence, dateReading } from "./dates";
import { decode, isFileError } from "./decode";
import { stageProbabilities } from "./probabilities";
import { readDeals } from "./read-deals";
import { recognise } from "./recognise";
import { readTable } from "./table";
import type {
	FileError,
	ImportOptions,
	ImportOutcome,
	ReadTable,
} from "./types";

export { parseAmount } from "./amounts";
export { headerKey } from "./headers";
export { hubspotDefaults } from "./probabilities";
export { signatures } from "./signatures";
export * from "./types";

/** Bytes from a file, or text pasted from another spreadsheet, to a table. */
export function readInput(input: Uint8Array | string): ReadTable | FileError {
	if (typeof input === "string") {
		const text = input.startsWith("\ufeff") ? input.slice(1) : input;
		return text.trim() === "" ? { kind: "empty" } : readTable(text, "text");
	}
	if (input.length === 0) return { kind: "empty" };
	const decoded = decode(input);
	if (isFileError(decoded)) return decoded;
	if (decoded.text.trim() === "") return { kind: "empty" };
	return readTable(decoded.text, decoded.encoding);
}

/** What importing a read table would do: recognised source and mapping, dates, deals, problems and stages. */
export function planImport(
	table: ReadTable,
	options: ImportOptions,
): ImportOutcome {
	if (table.header.length === 0 || table.rows.length === 0)
		return { ok: false, error: { kind: "empty" } };
	const recognised = recognise(table.header);
	const mapping = options.mapping ?? recognised.mapping;
	if (mapping.amount === null)
		return { ok: false, error: { kind: "no-amount-column" } };
	// Each date text once, at the first line that has it: what the evidence needs, for far fewer texts.
	const firstLineOf = new Map<string, number>();
	const dateColumns = [mapping.closeDate, mapping.nextStepDate].filter(
		(index): index is number => index !== null,
	);
	for (const { line, cells } of table.rows)
		for (const index of dateColumns) {
			const text = cells[index] ?? "";
			if (!firstLineOf.has(text)) firstLineOf.set(text, line);
		}
	const evidence = dateEvidence(
		Array.from(firstLineOf, ([text, line]) => ({ line, text })),
	);
	if (
		evidence.dayFirstLine !== undefined &&
		evidence.monthFirstLine !== undefined
	) {
		return {
			ok: false,
			error: {
				kind: "mixed-date-orders",
				dayFirstLine: evidence.dayFirstLine,
				monthFirstLine: evidence.monthFirstLine,
			},
		};
	}
	const dates = dateReading(evidence, options.language);
	const { deals, problems } = readDeals(table, mapping, dates);
	const stages = stageProbabilities(deals, {
		source: recognised.source,
		planStages: options.planStages,
		...(options.given ? { given: options.given } : {}),
	});
	return {
		ok: true,
		source: recognised.source,
		encoding: table.encoding,
		separator: table.separator,
		dates,
		header: table.header,
		mapping,
		deals,
		problems,
		stages,
	};
}

/** Stages no probability could be found for: they must be given before importing. */
export const missingStages = (outcome: {
	stages: readonly { stage: string; probability: number | null }[];
}): string[] =>
	outcome.stages.filter((s) => s.probability === null).map((s) => s.stage);
