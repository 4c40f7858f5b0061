import { describe, expect, it } from "vitest";
import { currencyFormat, currencySymbol } from "../../src/plan/currency";

describe("currency formats", () => {
	it.each([
		["EUR", "fr", '#,##0 "€"'],
		["EUR", "en", '"€"#,##0'],
		["USD", "en", '"$"#,##0'],
		["GBP", "fr", '#,##0 "£"'],
		["CHF", "en", '#,##0 "CHF"'],
		["SEK", "fr", '#,##0 "SEK"'],
	] as const)("%s in %s is %s", (code, language, pattern) => {
		expect(currencyFormat(code, language)).toBe(pattern);
	});

	it("falls back to the code for an unknown currency", () => {
		expect(currencySymbol("nok")).toBe("NOK");
	});
});
