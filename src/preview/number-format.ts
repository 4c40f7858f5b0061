// Shows a cell's value as Sheets would with its number-format pattern and the spreadsheet's locale, and reads typed input back.

import { isoToSerial, serialToIso } from "../plan/dates";

export type CellValue = string | number | boolean | null;

interface Separators {
	readonly group: string;
	readonly decimal: string;
}

/** Sheets groups French thousands with a narrow no-break space and writes a decimal comma. */
function separatorsOf(locale: string): Separators {
	return locale.toLowerCase().startsWith("fr")
		? { group: "\u202f", decimal: "," }
		: { group: ",", decimal: "." };
}

/** Rounds half away from zero, as Sheets does, rather than toFixed's binary surprises. */
function fixed(value: number, decimals: number): string {
	const scale = 10 ** decimals;
	const rounded = Math.round(Math.abs(value) * scale + 1e-9) / scale;
	return rounded.toFixed(decimals);
}

function groupDigits(digits: string, group: string): string {
	return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** The pattern's literal text ("€" in '#,##0 "€"') around its digits, quotes removed. */
function splitPattern(pattern: string): {
	before: string;
	digits: string;
	after: string;
} {
	let before = "";
	let digits = "";
	let after = "";
	for (let i = 0; i < pattern.length; i++) {
		const ch = pattern[i] as string;
		let literal = ch;
		if (ch === '"') {
			const end = pattern.indexOf('"', i + 1);
			literal = pattern.slice(i + 1, end < 0 ? undefined : end);
			i = end < 0 ? pattern.length : end;
		} else if (ch === "\\") {
			literal = pattern[++i] ?? "";
		} else if ("#0,.%".includes(ch) && after === "") {
			digits += ch;
			continue;
		}
		if (digits === "") before += literal;
		else after += literal;
	}
	return { before, digits, after };
}

function formatDigits(
	value: number,
	pattern: string,
	separators: Separators,
): string {
	const { before, digits, after } = splitPattern(pattern);
	const percent = digits.includes("%") || after.includes("%");
	const shown = percent ? value * 100 : value;
	const decimals = (/\.([0#]+)/.exec(digits)?.[1] ?? "").length;
	const [whole = "0", fraction] = fixed(shown, decimals).split(".");
	const grouped = digits.includes(",")
		? groupDigits(whole, separators.group)
		: whole;
	const number = fraction
		? `${grouped}${separators.decimal}${fraction}`
		: grouped;
	const negative = shown < 0 && /[1-9]/.test(number);
	return `${negative ? "-" : ""}${before}${number}${digits.includes("%") ? "%" : ""}${after}`;
}

const DATE_TOKENS = /yyyy|yy|mm|m|dd|d/g;

const isDatePattern = (pattern: string): boolean =>
	/y/i.test(pattern.replace(/"[^"]*"/g, "")) ||
	/d/i.test(pattern.replace(/"[^"]*"/g, ""));

function formatDate(serial: number, pattern: string): string {
	const [year, month, day] = serialToIso(Math.floor(serial)).split("-") as [
		string,
		string,
		string,
	];
	const parts: Record<string, string> = {
		yyyy: year,
		yy: year.slice(2),
		mm: month,
		m: String(Number(month)),
		dd: day,
		d: String(Number(day)),
	};
	return pattern
		.toLowerCase()
		.replace(DATE_TOKENS, (token) => parts[token] ?? token);
}

/** Up to 10 significant digits, like an unformatted Sheets cell. */
function formatGeneral(value: number, separators: Separators): string {
	const text = Number.isInteger(value)
		? String(value)
		: String(Number(value.toPrecision(10)));
	return text.replace(".", separators.decimal);
}

export function formatValue(
	value: CellValue,
	pattern: string,
	locale: string,
): string {
	if (value === null || value === "") return "";
	const french = locale.toLowerCase().startsWith("fr");
	if (typeof value === "boolean")
		return value ? (french ? "VRAI" : "TRUE") : french ? "FAUX" : "FALSE";
	if (typeof value === "string") return value;
	const separators = separatorsOf(locale);
	if (!Number.isFinite(value)) return "#NUM!";
	if (pattern === "" || pattern === "General")
		return formatGeneral(value, separators);
	if (isDatePattern(pattern)) return formatDate(value, pattern);
	return formatDigits(value, pattern, separators);
}

/** A date typed as 31/12/2027 (French) or 2027-12-31, as a serial number; undefined if it is not one. */
function parseDate(text: string): number | undefined {
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
	const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
	const [year, month, day] = iso
		? [iso[1], iso[2], iso[3]]
		: dmy
			? [dmy[3], dmy[2], dmy[1]]
			: [];
	if (!year || !month || !day) return undefined;
	try {
		return isoToSerial(
			`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`,
		);
	} catch {
		return undefined;
	}
}

/**
 * What a person typed, as the value Sheets would store: a formula stays text starting with "=", a number or
 * percentage becomes a number (in the locale's way of writing it), a date in a date cell its serial number.
 */
export function parseInput(
	typed: string,
	pattern: string,
	locale: string,
): string | number | boolean {
	const text = typed.trim();
	if (text.startsWith("=")) return text;
	if (text === "") return "";
	if (isDatePattern(pattern)) {
		const serial = parseDate(text);
		if (serial !== undefined) return serial;
	}
	const upper = text.toUpperCase();
	if (upper === "TRUE" || upper === "VRAI") return true;
	if (upper === "FALSE" || upper === "FAUX") return false;
	const { decimal, group } = separatorsOf(locale);
	const percent = text.endsWith("%");
	// Spaces group French thousands (\s includes the no-break ones); commas group English ones.
	let bare = text
		.replace(/%$/, "")
		.replace(/\s/g, "")
		.replace(/^[€$£¥₹]|[€$£¥₹]$/g, "");
	if (group === ",") bare = bare.replaceAll(",", "");
	bare = bare.replace(decimal, ".");
	if (!/^-?(\d+\.?\d*|\.\d+)$/.test(bare)) return typed;
	const number = Number(bare);
	return percent ? number / 100 : number;
}

/** What the cell editor starts with: the number as a person would type it back (25% for 0.25, a date as shown). */
export function formatForEditing(
	value: CellValue,
	pattern: string,
	locale: string,
): string {
	if (typeof value !== "number") return formatValue(value, "General", locale);
	if (isDatePattern(pattern)) return formatDate(value, pattern);
	const separators = separatorsOf(locale);
	if (pattern.replace(/"[^"]*"/g, "").includes("%"))
		return `${formatGeneral(value * 100, separators)}%`;
	return formatGeneral(value, separators);
}
