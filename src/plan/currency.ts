// Number-format patterns for amounts in the plan's currency, written as each language expects.

import type { Language } from "./types";

const symbols: Readonly<Record<string, string>> = {
	EUR: "€",
	USD: "$",
	GBP: "£",
	JPY: "¥",
	CNY: "¥",
	INR: "₹",
	CAD: "$",
	AUD: "$",
	CHF: "CHF",
	XOF: "FCFA",
	XAF: "FCFA",
	MAD: "MAD",
};

export function currencySymbol(code: string): string {
	const upper = code.trim().toUpperCase();
	return symbols[upper] ?? upper;
}

/** French puts the symbol after the amount ('#,##0 "€"'), English before it ('"€"#,##0'); codes without a symbol go after. */
export function currencyFormat(code: string, language: Language): string {
	const symbol = currencySymbol(code).replaceAll('"', "");
	const isCode = /^[A-Z]{2,}$/.test(symbol);
	if (language === "fr" || isCode) return `#,##0 "${symbol}"`;
	return `"${symbol}"#,##0`;
}

export function dateFormat(language: Language): string {
	return language === "fr" ? "dd/mm/yyyy" : "yyyy-mm-dd";
}
