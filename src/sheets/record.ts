// What this add-in remembers in the document's properties: the sheets it made, and the conditional rules it wrote.

import type { AlertColor, Area, ConditionalRule, TabKey } from "../plan/types";

type Properties = GoogleAppsScript.Properties.Properties;

const TABS = "plan.tabs";
const RULES = "plan.rules.";
/** Apps Script refuses property values over 9 KB of UTF-8; rules beyond that are still recognised by comparison with ours. */
const MAX_VALUE_BYTES = 9 * 1024;

/** UTF-8 length without TextEncoder, which Apps Script lacks: accented names take two bytes, emoji four. */
export function utf8Bytes(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code < 0xdc00) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

export type TabIds = Partial<Record<TabKey, number>>;

function read(props: Properties, key: string): unknown {
	const text = props.getProperty(key);
	if (!text) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function write(props: Properties, key: string, value: unknown): void {
	const text = JSON.stringify(value);
	if (utf8Bytes(text) <= MAX_VALUE_BYTES) props.setProperty(key, text);
	else props.deleteProperty(key);
}

export function readTabIds(props: Properties): TabIds {
	const value = read(props, TABS);
	const ids: Record<string, number> = {};
	if (value && typeof value === "object") {
		for (const [key, id] of Object.entries(value))
			if (Number.isInteger(id)) ids[key] = id as number;
	}
	return ids as TabIds;
}

export function writeTabIds(props: Properties, ids: TabIds): void {
	write(props, TABS, ids);
}

type StoredRule = [
	formula: string,
	row: number,
	column: number,
	rows: number,
	columns: number,
	color: AlertColor,
];

export function readRules(
	props: Properties,
	sheetId: number,
): ConditionalRule[] {
	const value = read(props, RULES + sheetId);
	if (!Array.isArray(value)) return [];
	return value
		.filter(
			(item): item is StoredRule =>
				Array.isArray(item) && item.length === 6 && typeof item[0] === "string",
		)
		.map(([formula, row, column, rows, columns, color]) => ({
			formula,
			color,
			area: { row, column, rows, columns } as Area,
		}));
}

export function writeRules(
	props: Properties,
	sheetId: number,
	rules: readonly ConditionalRule[],
): void {
	const stored: StoredRule[] = rules.map((r) => [
		r.formula,
		r.area.row,
		r.area.column,
		r.area.rows,
		r.area.columns,
		r.color,
	]);
	write(props, RULES + sheetId, stored);
}
