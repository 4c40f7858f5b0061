// Shows a cell's value as Sheets would with its number-format pattern and the spreadsheet's locale, and reads typed input back.

import { isoToSerial, serialToIso } from "../plan/dates";

export type CellValue = string | number | boolean | null;

/** How a spreadsheet locale writes numbers and booleans. */
interface LocaleWriting {
	/** The thousands separator that a pattern's "," becomes. */
	readonly group: string;
	/** The decimal mark that a pattern's "." becomes. */
	readonly decimal: string;
	readonly true: string;
	readonly false: string;
}

const NARROW_NO_BREAK_SPACE = "\u202f";

/** By language, as Sheets writes numbers in that language's main locales (fr_FR, de_DE, es_ES, en_US, en_GB…). */
const WRITING: Readonly<Record<string, LocaleWriting>> = {
	en: { group: ",", decimal: ".", true: "TRUE", false: "FALSE" },
	fr: {
		group: NARROW_NO_BREAK_SPACE,
		decimal: ",",
		true: "VRAI",
		false: "FAUX",
	},
	de: { group: ".", decimal: ",", true: "WAHR", false: "FALSCH" },
	es: { group: ".", decimal: ",", true: "VERDADERO", false: "FALSO" },
	it: { group: ".", decimal: ",", true: "VERO", false: "FALSO" },
	nl: { group: ".", decimal: ",", true: "WAAR", false: "ONWAAR" },
	pt: { group: ".", decimal: ",", true: "VERDADEIRO", false: "FALSO" },
};

/** A locale such as "de_DE" or "en-GB"; unknown languages are written the English way. */
function writingOf(locale: string): LocaleWriting {
	const language = locale.toLowerCase().split(/[_-]/)[0] ?? "";
	return WRITING[language] ?? (WRITING.en as LocaleWriting);
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
	separators: LocaleWriting,
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
function formatGeneral(value: number, separators: LocaleWriting): string {
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
	const separators = writingOf(locale);
	if (typeof value === "boolean")
		return value ? separators.true : separators.false;
	if (typeof value === "string") return value;
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

const escapeRegExp = (text: string): string =>
	text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "1.234.567,5" in German: separators between groups of three digits, so "1.5" is not read as 15. */
const groupedThousands = ({ group, decimal }: LocaleWriting): RegExp =>
	new RegExp(
		`^-?\\d{1,3}(${escapeRegExp(group)}\\d{3})+(${escapeRegExp(decimal)}\\d*)?$`,
	);

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
	const writing = writingOf(locale);
	const upper = text.toUpperCase();
	if (upper === "TRUE" || upper === writing.true) return true;
	if (upper === "FALSE" || upper === writing.false) return false;
	const percent = text.endsWith("%");
	// Spaces group French thousands (\s includes the no-break ones) and may stand between an amount and its symbol.
	let bare = text
		.replace(/%$/, "")
		.replace(/\s/g, "")
		.replace(/^[€$£¥₹]|[€$£¥₹]$/g, "");
	if (groupedThousands(writing).test(bare))
		bare = bare.replaceAll(writing.group, "");
	// A dot left in a decimal-comma locale is not a number there (Sheets would not read "1.5" as 1.5 in German).
	if (writing.decimal !== "." && bare.includes(".")) return typed;
	bare = bare.replace(writing.decimal, ".");
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
	const separators = writingOf(locale);
	if (pattern.replace(/"[^"]*"/g, "").includes("%"))
		return `${formatGeneral(value * 100, separators)}%`;
	return formatGeneral(value, separators);
}
