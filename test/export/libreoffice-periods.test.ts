// A mid-month plan's .xlsx in LibreOffice Calc: the Overview's forecast of each Objectives month, natively computed.

import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeXlsx } from "../../src/export/xlsx";
import { computePlan } from "../../src/workbook/compute-plan";
import { runsWith } from "../support/engines";
import {
	MID_MONTH_START,
	midMonthByHand,
	midMonthDeals,
	planOf,
} from "../support/period-edges";
import {
	csvValue,
	errorCells,
	libreOfficeSheetsOf,
	removeTempDirs,
	requireSoffice,
	tempDir,
} from "./helpers";

afterAll(removeTempDirs);

const plan = planOf("annual", MID_MONTH_START, midMonthDeals);
let computed: Record<string, string[][]> = {};

beforeAll(async () => {
	requireSoffice();
	const file = join(tempDir("plan-lo-periods-"), "plan.xlsx");
	await writeXlsx(plan, file, computePlan(plan, { knownValues: true }));
	computed = libreOfficeSheetsOf(
		file,
		plan.tabs.map((tab) => tab.name),
	);
}, 180_000);

describe.runIf(runsWith("libreoffice"))(
	"an annual plan from 15 January 2027 with deals on its months' edges, in LibreOffice Calc",
	() => {
		it("shows no error in any cell", () => {
			expect(errorCells(computed)).toEqual([]);
		});

		it("draws, for each Objectives month, the weighted forecast of the deals closing in it", () => {
			const overview = plan.tabs.find((tab) => tab.key === "overview");
			const chart = overview?.charts?.find(
				(c) => c.key === "overview-target-won",
			);
			const column = chart?.series[2]?.values;
			if (!overview || !column) throw new Error("no forecast line");
			const rows = computed[overview.name] ?? [];
			const forecast = midMonthByHand.map((_, i) =>
				csvValue(rows[column.row + 1 + i]?.[column.column] ?? ""),
			);
			expect(forecast).toEqual(midMonthByHand);
		});
	},
);
