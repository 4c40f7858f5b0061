import { describe, expect, it } from "vitest";
import {
	a1Notation,
	abs,
	area,
	cell,
	columnIndex,
	columnLetter,
	quoteSheet,
	range,
	sheetRef,
} from "../../src/plan/a1";

describe("A1 notation", () => {
	it.each([
		[0, "A"],
		[25, "Z"],
		[26, "AA"],
		[51, "AZ"],
		[52, "BA"],
		[701, "ZZ"],
		[702, "AAA"],
	])("column %i is written %s, and reads back", (index, letters) => {
		expect(columnLetter(index)).toBe(letters);
		expect(columnIndex(letters)).toBe(index);
		expect(columnIndex(letters.toLowerCase())).toBe(index);
	});

	it("rejects a negative or fractional column", () => {
		expect(() => columnLetter(-1)).toThrow(RangeError);
		expect(() => columnLetter(1.5)).toThrow(RangeError);
	});

	it("writes cells relative, absolute or mixed", () => {
		expect(cell(0, 0)).toBe("A1");
		expect(abs(4, 1)).toBe("$B$5");
		expect(cell(4, 7, { absoluteColumn: true })).toBe("$H5");
		expect(cell(4, 7, { absoluteRow: true })).toBe("H$5");
	});

	it("writes a range from an area", () => {
		expect(range(area(4, 3, 12, 2))).toBe("D5:E16");
		expect(range(area(4, 3, 12, 2), true)).toBe("$D$5:$E$16");
		expect(range(area(2, 1))).toBe("B3:B3");
	});

	it("writes single cells without a colon, like Range.getA1Notation", () => {
		expect(a1Notation(area(1, 1))).toBe("B2");
		expect(a1Notation(area(0, 0, 2, 7))).toBe("A1:G2");
	});

	it.each([
		["Settings", "'Settings'"],
		["Vue d'ensemble", "'Vue d''ensemble'"],
		["Segments & ICP", "'Segments & ICP'"],
		["it's 'quoted'", "'it''s ''quoted'''"],
	])("quotes the sheet name %s as %s", (name, quoted) => {
		expect(quoteSheet(name)).toBe(quoted);
		expect(sheetRef(name, "$B$6")).toBe(`${quoted}!$B$6`);
	});
});
