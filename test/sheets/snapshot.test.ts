// The cells a spilling formula filled, found from what Apps Script reads: up to the data range's edge, not past it.

import { describe, expect, it } from "vitest";
import { spilledCells } from "../../src/sheets/snapshot";

describe("spilledCells", () => {
	it("stops at the data range's last column and row when a spill reaches them", () => {
		// FORECAST_CATEGORIES in the last column spilled down to the last row; the label beside it is typed.
		const formulas = [
			["", "=FORECAST_CATEGORIES(A1:A9,B1:B9)"],
			["", ""],
			["", ""],
		];
		const values = [
			["Closed", 100],
			["Commit", 250],
			["Best case", 400],
		];
		expect(spilledCells(formulas, values)).toEqual([
			[false, false],
			[false, true],
			[false, true],
		]);
	});

	it("marks the row a FORECAST_BY_MONTH spilled to its right, up to the edge", () => {
		expect(
			spilledCells(
				[["=FORECAST_BY_MONTH(A2:A9,B2:B9,,C2:C9,D1)", "", ""]],
				[[10, 20, 30]],
			),
		).toEqual([[false, true, true]]);
	});
});
