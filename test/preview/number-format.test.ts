// The preview shows numbers as Sheets does with the plan's patterns, and reads typed numbers back.

import { describe, expect, it } from "vitest";
import { isoToSerial } from "../../src/plan/dates";
import {
	formatForEditing,
	formatValue,
	parseInput,
} from "../../src/preview/number-format";

const NNBSP = "\u202f";

describe("formatValue", () => {
	it("writes French euros after the amount, grouped with a narrow space", () => {
		expect(formatValue(480000, '#,##0 "€"', "fr_FR")).toBe(`480${NNBSP}000 €`);
	});

	it("writes English currency before the amount, grouped with commas", () => {
		expect(formatValue(1234567.6, '"$"#,##0', "en_US")).toBe("$1,234,568");
	});

	it("puts the minus sign in front of the currency", () => {
		expect(formatValue(-1500, '"€"#,##0', "en_US")).toBe("-€1,500");
	});

	it("shows fractions as whole percentages", () => {
		expect(formatValue(0.625, "0%", "fr_FR")).toBe("63%");
		expect(formatValue(0.07, "0%", "en_US")).toBe("7%");
	});

	it("keeps the decimals a pattern asks for, with the locale's decimal mark", () => {
		expect(formatValue(2.25, "#,##0.0", "fr_FR")).toBe("2,3");
		expect(formatValue(1234.5, "#,##0.0", "en_US")).toBe("1,234.5");
	});

	it("shows serial numbers as dates in the plan's date patterns", () => {
		const serial = isoToSerial("2027-03-09");
		expect(formatValue(serial, "dd/mm/yyyy", "fr_FR")).toBe("09/03/2027");
		expect(formatValue(serial, "yyyy-mm-dd", "en_US")).toBe("2027-03-09");
	});

	it("shows unformatted numbers with up to ten significant digits", () => {
		expect(formatValue(1 / 3, "General", "en_US")).toBe("0.3333333333");
		expect(formatValue(12.5, "General", "fr_FR")).toBe("12,5");
	});

	it("leaves text and blanks as they are, and writes booleans in the locale's words", () => {
		expect(formatValue("CA signé", "0%", "fr_FR")).toBe("CA signé");
		expect(formatValue(null, '#,##0 "€"', "fr_FR")).toBe("");
		expect(formatValue(true, "General", "fr_FR")).toBe("VRAI");
		expect(formatValue(false, "General", "en_US")).toBe("FALSE");
	});

	it("does not show a minus sign on an amount that rounds to zero", () => {
		expect(formatValue(-0.2, "#,##0", "en_US")).toBe("0");
	});
});

describe.each([
	// locale, amount in euros before / after the number, a decimal, a percent, TRUE
	["fr_FR", `€480${NNBSP}000`, `480${NNBSP}000 €`, "1,5", "VRAI"],
	["en_US", "€480,000", "480,000 €", "1.5", "TRUE"],
	["en_GB", "€480,000", "480,000 €", "1.5", "TRUE"],
	["de_DE", "€480.000", "480.000 €", "1,5", "WAHR"],
	["es_ES", "€480.000", "480.000 €", "1,5", "VERDADERO"],
	["it_IT", "€480.000", "480.000 €", "1,5", "VERO"],
] as const)("in a %s spreadsheet", (locale, before, after, decimal, yes) => {
	it(`shows 480000 as ${before} and ${after}: the pattern places the symbol, the locale groups the digits`, () => {
		expect(formatValue(480000, '"€"#,##0', locale)).toBe(before);
		expect(formatValue(480000, '#,##0 "€"', locale)).toBe(after);
	});

	it(`writes 1.5 as ${decimal} and TRUE as ${yes}`, () => {
		expect(formatValue(1.5, "#,##0.0", locale)).toBe(decimal);
		expect(formatValue(1.5, "General", locale)).toBe(decimal);
		expect(formatValue(true, "General", locale)).toBe(yes);
	});

	it("reads back what it shows", () => {
		expect(parseInput(before, '"€"#,##0', locale)).toBe(480000);
		expect(parseInput(after, '#,##0 "€"', locale)).toBe(480000);
		expect(parseInput(decimal, "General", locale)).toBe(1.5);
		expect(parseInput(yes.toLowerCase(), "General", locale)).toBe(true);
		expect(formatForEditing(1.5, "#,##0.0", locale)).toBe(decimal);
	});
});

describe("parseInput", () => {
	it("keeps a formula as text starting with =", () => {
		expect(parseInput(" =SUM(A1:A3)", "General", "fr_FR")).toBe("=SUM(A1:A3)");
	});

	it("reads numbers written the French or the English way", () => {
		expect(parseInput("1 234,5", "General", "fr_FR")).toBe(1234.5);
		expect(parseInput("1,234.5", "General", "en_US")).toBe(1234.5);
		expect(parseInput("80", '#,##0 "€"', "fr_FR")).toBe(80);
	});

	it("reads a percentage as a fraction", () => {
		expect(parseInput("25%", "0%", "fr_FR")).toBe(0.25);
	});

	it("reads a date typed in a date cell as its serial number", () => {
		const serial = isoToSerial("2027-01-31");
		expect(parseInput("31/01/2027", "dd/mm/yyyy", "fr_FR")).toBe(serial);
		expect(parseInput("2027-01-31", "yyyy-mm-dd", "en_US")).toBe(serial);
	});

	it("reads German thousands only in groups of three, and keeps 1.5 as text rather than 15 or 1.5", () => {
		expect(parseInput("1.234.567,5", "General", "de_DE")).toBe(1234567.5);
		expect(parseInput("1.5", "General", "de_DE")).toBe("1.5");
	});

	it("keeps anything else as the text typed", () => {
		expect(parseInput("oui", "General", "fr_FR")).toBe("oui");
		expect(parseInput("12 rue", "General", "fr_FR")).toBe("12 rue");
	});
});

describe("formatForEditing", () => {
	it("offers a percentage as it would be typed", () => {
		expect(formatForEditing(0.25, "0%", "fr_FR")).toBe("25%");
	});

	it("offers a date as it is shown", () => {
		expect(
			formatForEditing(isoToSerial("2027-01-31"), "dd/mm/yyyy", "fr_FR"),
		).toBe("31/01/2027");
	});
});
