// A plan file holding a CRM export's deals, past the plan's 200 blank rows, opened in LibreOffice Calc: no error
// cell, and the forecast, the open pipeline and each deal's weighted amount as HyperFormula computes them.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/plan";
import type { JsonPlan } from "../../src/export/json";
import { pipelineColumns } from "../../src/plan/tabs/pipeline";
import { pipelineLayout } from "../../src/plan/tabs/pipeline-layout";
import { salesforceExport } from "../bench/import";
import { dealsPlanArgs } from "../support/deals-plan";
import { runsWith } from "../support/engines";
import {
	csvValue,
	errorCells,
	libreOfficeSheetsOf,
	removeTempDirs,
	requireSoffice,
	tempDir,
} from "./helpers";

afterAll(removeTempDirs);

const DEALS = 450;
const dir = tempDir("plan-lo-deals-");
let json: JsonPlan;
let computed: Record<string, string[][]> = {};

beforeAll(async () => {
	requireSoffice();
	const csv = join(dir, "export.csv");
	writeFileSync(csv, salesforceExport(DEALS));
	let errors = "";
	for (const ext of ["xlsx", "json"]) {
		const status = await main(dealsPlanArgs(csv, join(dir, `plan.${ext}`)), {
			out: () => {},
			err: (text) => (errors += text),
		});
		expect(status, errors).toBe(0);
	}
	json = JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")) as JsonPlan;
	const file = join(dir, "plan.xlsx");
	computed = libreOfficeSheetsOf(
		file,
		json.sheets.map((s) => s.name),
	);
}, 180_000);

describe.runIf(runsWith("libreoffice"))(
	"a plan file with 450 imported deals, in LibreOffice Calc",
	() => {
		it("shows no error in any cell", () => {
			expect(errorCells(computed)).toEqual([]);
		});

		it("computes the totals and every deal's weighted amount as HyperFormula does", () => {
			const pipeline = json.sheets.find((s) => s.name === "Pipeline");
			const rows = computed.Pipeline ?? [];
			expect(pipeline).toBeDefined();
			const { forecast, openPipeline, firstRow } = pipelineLayout;
			const cells: [number, number][] = [
				[forecast.row, forecast.column],
				[openPipeline.row, openPipeline.column],
				...Array.from(
					{ length: DEALS },
					(_, i) =>
						[firstRow + i, pipelineColumns.weighted] as [number, number],
				),
			];
			for (const [r, c] of cells) {
				const expected = pipeline?.values[r]?.[c];
				const actual = csvValue(rows[r]?.[c] ?? "");
				expect(typeof expected, `Pipeline R${r + 1}C${c + 1}`).toBe("number");
				expect(
					Math.abs((expected as number) - (actual as number)),
					`Pipeline R${r + 1}C${c + 1}: ${expected} vs ${actual}`,
				).toBeLessThan(1e-6);
			}
			// The last deal is on row 454, past the 200 rows a plan has without an import.
			expect(
				pipeline?.values[firstRow + DEALS - 1]?.[pipelineColumns.deal],
			).toBe(`Deal ${DEALS - 1}`);
		});
	},
);
