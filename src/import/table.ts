// Text to a table with Papa Parse: the separator detected, quoted fields kept whole, each row's line number counted.

import Papa from "papaparse";
import type { Encoding, ReadTable, Row, Separator } from "./types";

const SEPARATORS: readonly Separator[] = ["\t", ";", ","];

/** Occurrences of each separator outside quotes on the header line: headers rarely hold "," or ";" themselves. */
export function detectSeparator(text: string): Separator {
	const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i] as string;
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === "\n" || char === "\r")) break;
		else if (!quoted && counts.has(char as Separator))
			counts.set(char as Separator, (counts.get(char as Separator) ?? 0) + 1);
	}
	let best: Separator = ",";
	let most = 0;
	for (const separator of SEPARATORS) {
		const count = counts.get(separator) ?? 0;
		if (count > most) {
			best = separator;
			most = count;
		}
	}
	return best;
}

const NEWLINES = /\r\n|\r|\n/g;
const linesIn = (field: string): number =>
	field.includes("\n") || field.includes("\r")
		? (field.match(NEWLINES)?.length ?? 0)
		: 0;

/** Reads decoded text; rows made only of blanks are dropped, yet counted in the line numbers. */
export function readTable(text: string, encoding: Encoding): ReadTable {
	const separator = detectSeparator(text);
	const parsed = Papa.parse<string[]>(text, {
		delimiter: separator,
		skipEmptyLines: false,
	});
	const badRows = new Set(
		parsed.errors
			.filter((e) => e.type === "Quotes" && e.row !== undefined)
			.map((e) => e.row as number),
	);
	const rows: Row[] = [];
	const malformed: { line: number }[] = [];
	let header: string[] | undefined;
	let line = 1;
	parsed.data.forEach((cells, index) => {
		const start = line;
		let extra = 0;
		for (const cell of cells) extra += linesIn(cell);
		line += 1 + extra;
		if (badRows.has(index)) {
			malformed.push({ line: start });
			return;
		}
		const blank = cells.every((cell) => cell.trim() === "");
		if (header === undefined) {
			// Lines before the header that hold nothing shift every line number; they are counted, not read.
			if (!blank) header = cells.map((cell) => cell.trim());
			return;
		}
		if (!blank) rows.push({ line: start, cells });
	});
	return { encoding, separator, header: header ?? [], rows, malformed };
}
