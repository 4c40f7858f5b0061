// Property: random deals written as CSV in any supported style read back as the same deals.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Separator } from "../../src/import/index";
import { imported } from "./helpers";

interface Deal {
	readonly deal: string;
	readonly account: string;
	readonly stage: string;
	readonly cents: number;
	readonly closeDate: string;
}

interface Style {
	readonly separator: Separator;
	readonly amounts: "plain" | "en" | "dollar" | "code" | "fr" | "de";
	readonly space: string;
	readonly dates: "iso" | "iso-time" | "day-first" | "month-first";
	readonly quoteAll: boolean;
	readonly newline: "\n" | "\r\n";
	readonly bytes: "utf-8" | "utf-8-bom" | "windows-1252";
}

/** Letters a Windows-1252 file can hold, with the characters CSV must quote. */
const alphabet = [
	..."abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789éèàçÉÔœ€,;\"'\n-&()",
];
const name = fc
	.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 24 })
	.map((chars) => chars.join("").trim())
	.filter((text) => text !== "" && !text.includes("\n\n"));

const isoDate = fc
	.date({
		min: new Date(Date.UTC(2020, 0, 1)),
		max: new Date(Date.UTC(2035, 11, 31)),
		noInvalidDate: true,
	})
	.map((date) => date.toISOString().slice(0, 10));

const deal: fc.Arbitrary<Deal> = fc.record({
	deal: name,
	account: name,
	stage: fc.constantFrom("Lead", "Proposal", "Negotiation", "Won", "Lost"),
	cents: fc.integer({ min: 0, max: 99_999_999_99 }),
	closeDate: isoDate,
});

const style: fc.Arbitrary<Style> = fc.record({
	separator: fc.constantFrom<Separator>(",", ";", "\t"),
	amounts: fc.constantFrom("plain", "en", "dollar", "code", "fr", "de"),
	space: fc.constantFrom(" ", "\u00a0", "\u202f"),
	dates: fc.constantFrom("iso", "iso-time", "day-first", "month-first"),
	quoteAll: fc.boolean(),
	newline: fc.constantFrom("\n", "\r\n"),
	bytes: fc.constantFrom("utf-8", "utf-8-bom", "windows-1252"),
});

function group(whole: string, separator: string): string {
	return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function amount(cents: number, s: Style): string {
	const whole = String(Math.floor(cents / 100));
	const fraction = String(cents % 100).padStart(2, "0");
	switch (s.amounts) {
		case "plain":
			return `${whole}.${fraction}`;
		case "en":
			return `${group(whole, ",")}.${fraction}`;
		case "dollar":
			return `$${group(whole, ",")}.${fraction}`;
		case "code":
			return `USD ${group(whole, ",")}.${fraction}`;
		case "fr":
			return `${group(whole, s.space)},${fraction}${s.space}€`;
		case "de":
			return `${group(whole, ".")},${fraction}`;
	}
}

function date(iso: string, s: Style): string {
	const [y, m, d] = iso.split("-") as [string, string, string];
	switch (s.dates) {
		case "iso":
			return iso;
		case "iso-time":
			return `${iso} 00:00`;
		case "day-first":
			return `${d}/${m}/${y}`;
		case "month-first":
			return `${Number(m)}/${Number(d)}/${y}`;
	}
}

function field(text: string, s: Style): string {
	const needs =
		text.includes(s.separator) || /["\r\n]/.test(text) || text !== text.trim();
	return s.quoteAll || needs ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(deals: readonly Deal[], s: Style): string {
	const rows = [
		["Deal", "Account", "Stage", "Amount", "Close date"],
		...deals.map((d) => [
			d.deal,
			d.account,
			d.stage,
			amount(d.cents, s),
			date(d.closeDate, s),
		]),
	];
	return (
		rows
			.map((row) => row.map((cell) => field(cell, s)).join(s.separator))
			.join(s.newline) + s.newline
	);
}

/** Windows-1252 bytes: Latin-1 for most characters, the code page's own bytes for the few above it. */
const HIGH: Record<string, number> = { "€": 0x80, œ: 0x9c, "\u202f": -1 };

function encode(text: string, s: Style): Uint8Array | undefined {
	if (s.bytes !== "windows-1252") {
		const body = new TextEncoder().encode(text);
		if (s.bytes === "utf-8") return body;
		return new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
	}
	const out: number[] = [];
	for (const char of text) {
		const high = HIGH[char];
		if (high === -1) return undefined;
		const code = high ?? char.charCodeAt(0);
		if (code > 0xff) return undefined;
		out.push(code);
	}
	return new Uint8Array(out);
}

/** Whether bytes beyond ASCII also form valid UTF-8. */
function readsAsUtf8(bytes: Uint8Array): boolean {
	if (bytes.every((byte) => byte < 0x80)) return false;
	try {
		new TextDecoder("utf-8", { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

describe("a CSV in any supported style reads back as the deals written", () => {
	it("holds for random deals and styles", () => {
		fc.assert(
			fc.property(
				fc.array(deal, { minLength: 1, maxLength: 25 }),
				style,
				(deals, s) => {
					const bytes = encode(csv(deals, s), s);
					fc.pre(bytes !== undefined);
					// A Windows-1252 file whose bytes also form valid UTF-8 (such as "Ô€") cannot be told apart: it is read
					// as UTF-8, as every editor does, so the property holds for the files that can be told apart.
					fc.pre(
						s.bytes !== "windows-1252" || !readsAsUtf8(bytes as Uint8Array),
					);
					// Dates that read both ways follow the plan's language: pick the one the file was written in.
					const language = s.dates === "day-first" ? "fr" : "en";
					const plan = imported(bytes as Uint8Array, { language });
					expect(plan.problems).toEqual([]);
					expect(plan.separator).toBe(s.separator);
					expect(
						plan.deals.map((d) => ({
							deal: d.deal.replaceAll("\r\n", "\n"),
							account: d.account.replaceAll("\r\n", "\n"),
							stage: d.stage,
							cents: Math.round((d.amount as number) * 100),
							closeDate: d.closeDate,
						})),
					).toEqual(deals);
				},
			),
			{ numRuns: 300 },
		);
	});
});
