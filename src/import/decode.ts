// Bytes to text: UTF-8 (with or without its byte-order mark), UTF-16 as Excel's "Unicode text", else Windows-1252.

import type { Encoding, FileError } from "./types";

export interface Decoded {
	readonly text: string;
	readonly encoding: Encoding;
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (€, ’, œ, …), which ISO-8859-1 leaves as control codes.
 * Some runtimes (Node 20 among them) decode "windows-1252" as ISO-8859-1, so these are mapped here.
 */
const CP1252_HIGH =
	"\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
	return new TextDecoder("windows-1252")
		.decode(bytes)
		.replace(
			/[\u0080-\u009f]/g,
			(c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c,
		);
}

const starts = (bytes: Uint8Array, ...prefix: number[]): boolean =>
	prefix.every((byte, i) => bytes[i] === byte);

/** Files people pick by mistake: said by name, since "not text" alone would not tell them what to do. */
function binaryKind(bytes: Uint8Array): "xlsx" | "xls" | "pdf" | undefined {
	if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return "xlsx";
	if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return "xls";
	if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) return "pdf";
	return undefined;
}

/** Control characters other than tab, line feed, carriage return and form feed never appear in a CSV export. */
function hasControlCharacters(text: string): boolean {
	const end = Math.min(text.length, 65_536);
	for (let i = 0; i < end; i++) {
		const code = text.charCodeAt(i);
		if (
			(code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) ||
			code === 127
		)
			return true;
	}
	return false;
}

export function decode(bytes: Uint8Array): Decoded | FileError {
	const looksLike = binaryKind(bytes);
	if (looksLike) return { kind: "not-text", looksLike };
	let decoded: Decoded;
	if (starts(bytes, 0xff, 0xfe)) {
		decoded = {
			text: new TextDecoder("utf-16le").decode(bytes),
			encoding: "utf-16le",
		};
	} else {
		try {
			// The decoder drops a leading byte-order mark itself.
			decoded = {
				text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
				encoding: "utf-8",
			};
		} catch {
			// French Excel saves "CSV (séparateur : point-virgule)" in the Windows code page.
			decoded = {
				text: decodeWindows1252(bytes),
				encoding: "windows-1252",
			};
		}
	}
	if (hasControlCharacters(decoded.text)) return { kind: "not-text" };
	return decoded;
}

export const isFileError = (value: object): value is FileError =>
	"kind" in value;
