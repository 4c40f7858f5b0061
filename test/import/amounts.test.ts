import { describe, expect, it } from "vitest";
import { parseAmount } from "../../src/import/amounts";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("parseAmount", () => {
	it.each([
		["12500", 12500],
		["12,500.00", 12500],
		["$12,500.00", 12500],
		["USD 12,500.00", 12500],
		["12 500,00 €", 12500],
		[`12${NBSP}500,00${NBSP}€`, 12500],
		[`12${NNBSP}500,00${NNBSP}€`, 12500],
		["12.500,00", 12500],
		["12.500", 12500],
		["12,500", 12500],
		["1,234,567.89", 1234567.89],
		["1.234.567,89", 1234567.89],
		["12,5", 12.5],
		["12.75", 12.75],
		["0.500", 0.5],
		["€ 9 900", 9900],
		["9900 EUR", 9900],
		["-1,200.00", -1200],
		["1'250.00", 1250],
		["0", 0],
	])("%s is %d", (text, value) => {
		expect(parseAmount(text)).toBe(value);
	});

	it.each([
		"abc",
		"",
		"12,50,0",
		"1.2.3,4,5",
		"12 500 000,00,00",
		"$",
		"12..5",
		"1,2345.00",
		"TBD",
	])("%s is not an amount", (text) => {
		expect(parseAmount(text)).toBeNull();
	});
});
