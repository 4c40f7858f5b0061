// A1 notation for plan areas, and the reverse for column letters typed in the sidebar.

import type { Area } from "../plan/types";

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
	let n = index + 1;
	let letters = "";
	while (n > 0) {
		const rest = (n - 1) % 26;
		letters = String.fromCharCode(65 + rest) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}

/** "A" → 0, "AA" → 26; -1 when not letters. */
export function columnIndex(letters: string): number {
	if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
	let n = 0;
	for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
	return n - 1;
}

/** Single cells as "B2", like Range.getA1Notation, so fingerprints compare equal. */
export function a1(area: Area): string {
	const start = `${columnLetter(area.column)}${area.row + 1}`;
	if (area.rows === 1 && area.columns === 1) return start;
	return `${start}:${columnLetter(area.column + area.columns - 1)}${area.row + area.rows}`;
}
