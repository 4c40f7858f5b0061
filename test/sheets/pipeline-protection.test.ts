// A grown deal table keeps the plan's warning: new rows protected as the table's last row is, on the fake.

import { beforeEach, describe, expect, it } from "vitest";
import { protectionAt } from "../../src/preview/fakes/person";
import { type Fakes, install } from "../../src/preview/fakes/services";
import type { FakeSheet } from "../../src/preview/fakes/sheet";
import {
	readProtections,
	unprotectedAfterGrowth,
} from "../../src/sheets/pipeline-protection";
import { PROTECTION_DESCRIPTIONS } from "../../src/sheets/writer";

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;

let fakes: Fakes;
let sheet: GSheet;
const fake = () => sheet as unknown as FakeSheet;

beforeEach(() => {
	fakes = install();
	sheet = fakes.document.getSheets()[0] as GSheet;
});

describe("a sheet protection's unprotected areas after growth", () => {
	it("frees on the new rows the columns free on the template row, and keeps the rest", () => {
		// Inputs A:B and D free on rows 1–3 (0-based), everything free from row 4; C is the formula column.
		const unprotected = [
			{ row: 1, column: 0, rows: 3, columns: 2 },
			{ row: 1, column: 3, rows: 3, columns: 1 },
			{ row: 4, column: 0, rows: 6, columns: 4 },
		];
		const after = unprotectedAfterGrowth(unprotected, 3, 4, 8, 4);
		const free = (row: number, column: number) =>
			after.some(
				(a) =>
					row >= a.row &&
					row < a.row + a.rows &&
					column >= a.column &&
					column < a.column + a.columns,
			);
		const grid = Array.from({ length: 10 }, (_, r) =>
			Array.from({ length: 4 }, (_, c) => (free(r, c) ? "." : "P")).join(""),
		);
		expect(grid).toEqual([
			"PPPP",
			"..P.",
			"..P.",
			"..P.",
			"..P.",
			"..P.",
			"..P.",
			"..P.",
			"....",
			"....",
		]);
	});
});

describe("the plan's protections of a grown table", () => {
	it("stretches a protected range that ends on the table's last row over the new rows", () => {
		const description = PROTECTION_DESCRIPTIONS.en;
		sheet
			.getRange("K5:L204")
			.protect()
			.setWarningOnly(true)
			.setDescription(description);
		sheet
			.getRange("N5:N204")
			.protect()
			.setWarningOnly(true)
			.setDescription("someone's");
		const growth = readProtections(sheet);
		sheet.insertRowsAfter(sheet.getMaxRows(), 500);
		growth.extend(203, 204, 1300);
		expect(protectionAt(fake(), "K1300")).toBe("warning");
		expect(protectionAt(fake(), "L700")).toBe("warning");
		expect(protectionAt(fake(), "K1301")).toBe("none");
		expect(protectionAt(fake(), "J700")).toBe("none");
		// A person's own protection is theirs to stretch.
		expect(protectionAt(fake(), "N700")).toBe("none");
	});

	it("protects the new rows of a protected sheet as its last row, past the sheet's first rows too", () => {
		const protection = sheet
			.protect()
			.setWarningOnly(true)
			.setDescription(PROTECTION_DESCRIPTIONS.fr);
		protection.setUnprotectedRanges([
			sheet.getRange("A5:J204"),
			sheet.getRange("A205:Z1000"),
		]);
		const growth = readProtections(sheet);
		sheet.insertRowsAfter(sheet.getMaxRows(), 300);
		growth.extend(203, 204, 1300);
		for (const row of [205, 1000, 1001, 1300]) {
			expect(protectionAt(fake(), `K${row}`)).toBe("warning");
			expect(protectionAt(fake(), `A${row}`)).toBe("none");
			expect(protectionAt(fake(), `J${row}`)).toBe("none");
		}
		expect(protectionAt(fake(), "A4")).toBe("warning");
	});
});
