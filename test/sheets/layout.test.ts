// The pure part of the writer: the grid sent in one call, width runs, and the unprotected rest of a sheet.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Area } from "../../src/plan/types";
import {
	complement,
	gridOf,
	mergeAreas,
	widthRuns,
} from "../../src/sheets/layout";
import { textTab } from "./fixtures";

describe("the grid", () => {
	it("writes formulas with their equals sign, blanks as empty strings, and pads short rows", () => {
		const tab = {
			...textTab("overview"),
			cells: [
				["Title", 3],
				[null],
				[{ formula: "SUM(B1,1)" }, { formula: "=B1" }, true],
			],
		};
		expect(gridOf(tab).values).toEqual([
			["Title", 3, ""],
			["", "", ""],
			["=SUM(B1,1)", "=B1", true],
		]);
	});

	it("grows to cover validations and formats below the cells, and marks only bold rows bold", () => {
		const tab = {
			...textTab("overview"),
			cells: [["A"]],
			boldRows: [0],
			formats: [
				{ area: { row: 0, column: 1, rows: 1, columns: 1 }, pattern: "0%" },
			],
			validations: [
				{
					area: { row: 4, column: 0, rows: 1, columns: 1 },
					kind: "date" as const,
				},
			],
		};
		const grid = gridOf(tab);
		expect([grid.rows, grid.columns]).toEqual([5, 2]);
		expect(grid.formats?.[0]).toEqual(["General", "0%"]);
		expect(grid.weights?.map((row) => row[0])).toEqual([
			"bold",
			"normal",
			"normal",
			"normal",
			"normal",
		]);
		expect(grid.validations?.[4]?.[0]).toMatchObject({ kind: "date" });
		expect(grid.validations?.[3]?.[0]).toBeNull();
	});

	it("skips the calls a tab does not need", () => {
		const grid = gridOf({
			...textTab("overview"),
			boldRows: [],
			formats: [],
			validations: [],
		});
		expect([grid.formats, grid.weights, grid.validations]).toEqual([
			null,
			null,
			null,
		]);
	});
});

describe("column widths", () => {
	it.each([
		{ widths: [200, 200, 200], skip: undefined, runs: [[1, 3, 200]] },
		{
			widths: [200, 120, 130, 300],
			skip: undefined,
			runs: [
				[1, 1, 200],
				[2, 3, 130],
			],
		},
		{ widths: [240, 100, 100, 180], skip: 100, runs: [[1, 1, 240]] },
		{ widths: [100, 160, 150, 170], skip: 100, runs: [[2, 3, 160]] },
		{ widths: [300], skip: 100, runs: [[1, 1, 300]] },
		{ widths: [], skip: 100, runs: [] },
	])(
		"sets $widths as the first column and the median of the others: $runs (default $skip left alone)",
		({ widths, skip, runs }) => {
			expect(
				widthRuns(widths, skip).map((r) => [r.start, r.count, r.width]),
			).toEqual(runs);
		},
	);
});

describe("protected areas", () => {
	it("merges areas that share a full edge", () => {
		const header = { row: 0, column: 0, rows: 2, columns: 5 };
		expect(
			mergeAreas([header, { row: 2, column: 0, rows: 3, columns: 5 }]),
		).toEqual([{ row: 0, column: 0, rows: 5, columns: 5 }]);
		expect(
			mergeAreas([header, { row: 2, column: 4, rows: 3, columns: 1 }]),
		).toHaveLength(2);
		// Two formula columns side by side, then a third beside them, in any order.
		expect(
			mergeAreas([
				{ row: 3, column: 6, rows: 20, columns: 1 },
				{ row: 3, column: 4, rows: 20, columns: 2 },
				{ row: 3, column: 7, rows: 20, columns: 1 },
			]),
		).toEqual([{ row: 3, column: 4, rows: 20, columns: 4 }]);
	});

	const area = (rows: number, columns: number) =>
		fc
			.record({
				row: fc.nat(rows - 1),
				column: fc.nat(columns - 1),
				rows: fc.integer({ min: 1, max: rows }),
				columns: fc.integer({ min: 1, max: columns }),
			})
			.map(
				(a): Area => ({
					...a,
					rows: Math.min(a.rows, rows - a.row),
					columns: Math.min(a.columns, columns - a.column),
				}),
			);

	it("leaves every other cell of the sheet unprotected, exactly once", () => {
		fc.assert(
			fc.property(fc.array(area(30, 8), { maxLength: 5 }), (areas) => {
				const rest = complement(areas, 30, 8);
				const inside = (a: Area, r: number, c: number) =>
					r >= a.row &&
					r < a.row + a.rows &&
					c >= a.column &&
					c < a.column + a.columns;
				for (let r = 0; r < 30; r++) {
					for (let c = 0; c < 8; c++) {
						const protectedCell = areas.some((a) => inside(a, r, c));
						const unprotected = rest.filter((a) => inside(a, r, c)).length;
						if (unprotected !== (protectedCell ? 0 : 1)) return false;
					}
				}
				return true;
			}),
		);
	});
});
