// A stage name typed twice, in any case or with spaces, is found by the formula Settings' validation and rule share.

import { join } from "node:path";
import ExcelJS from "exceljs";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeXlsx } from "../../src/export/xlsx";
import type { Area, Cell } from "../../src/plan/types";
import { uniqueNameFormula } from "../../src/plan/unique-names";
import {
	csvValue,
	libreOfficeSheetsOf,
	plan,
	removeTempDirs,
	tab,
	tempDir,
} from "../export/helpers";
import { runsWith } from "../support/engines";

afterAll(removeTempDirs);

/** Each typed name and whether the validation lets it stand: a repeat, however written, is refused on every row. */
const typed: readonly (readonly [Cell, boolean])[] = [
	["Proposal", false],
	["Won", false],
	["Won", false],
	["PROPOSAL", false],
	[" Lead ", false],
	["lead", false],
	["Negotiation", true],
	["Won signed", true],
	[null, true],
	["  ", true],
];
const names: Area = { row: 1, column: 0, rows: typed.length, columns: 1 };
const SHEET = "Names";

/** Names in column A from row 2, and beside each the validation's formula for that cell. */
const cells: Cell[][] = [
	["Stage", "Stands"],
	...typed.map(([name], i): Cell[] => [
		name,
		{ formula: uniqueNameFormula(names, names.row + i) },
	]),
];
const expected = typed.map(([, stands]) => stands);

describe("the unique-name formula", () => {
	it("names each cell itself and the whole column anchored", () => {
		expect(uniqueNameFormula(names, 3)).toBe(
			'=NOT(AND(TRIM($A4)<>"",SUMPRODUCT((TRIM($A$2:$A$11)=TRIM($A4))*1)>1))',
		);
	});

	it("refuses a repeat, whatever its case and spaces, in HyperFormula", () => {
		const engine = HyperFormula.buildFromSheets(
			{
				[SHEET]: cells.map((line) =>
					line.map((cell) =>
						cell !== null && typeof cell === "object" ? cell.formula : cell,
					),
				),
			},
			{ licenseKey: "gpl-v3", useArrayArithmetic: true },
		);
		const stands = typed.map((_, i) => {
			const value = engine.getCellValue({ sheet: 0, row: i + 1, col: 1 });
			return value instanceof DetailedCellError ? value.value : value;
		});
		engine.destroy();
		expect(stands).toEqual(expected);
	});

	describe("in the .xlsx", () => {
		const file = join(tempDir("unique-names-"), "names.xlsx");
		beforeAll(() =>
			writeXlsx(
				plan(
					tab("settings", SHEET, cells, {
						validations: [{ area: names, kind: "unique" }],
					}),
				),
				file,
			),
		);

		describe.runIf(runsWith("libreoffice"))("in LibreOffice", () => {
			it("refuses a repeat, whatever its case and spaces", () => {
				const rows = libreOfficeSheetsOf(file, [SHEET])[SHEET];
				const stands = (rows ?? [])
					.slice(1)
					.map((row) => csvValue(row[1] ?? ""));
				expect(stands).toEqual(expected);
			}, 120_000);
		});

		it("is a custom validation on the names, rejecting input", async () => {
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.readFile(file);
			const sheet = workbook.getWorksheet(SHEET) as ExcelJS.Worksheet;
			for (const address of ["A2", "A11"])
				expect(sheet.getCell(address).dataValidation).toMatchObject({
					type: "custom",
					allowBlank: true,
					showErrorMessage: true,
					formulae: [uniqueNameFormula(names).slice(1)],
				});
			expect(sheet.getCell("A12").dataValidation).toBeUndefined();
		});
	});
});
