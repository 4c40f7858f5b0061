// Shared formulas in the .xlsx: each cell of a run means in Excel what its own formula, rewritten, would.

import { describe, expect, it } from "vitest";
import { nativeFormula } from "../../src/export/native-formulas";
import { sharedFormulaRuns } from "../../src/export/shared-formulas";
import { shiftRows } from "../../src/plan/a1-rows";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { pipelineColumns } from "../../src/plan/tabs/pipeline";
import { pipelineLayout } from "../../src/plan/tabs/pipeline-layout";
import type { Cell, PipelineDeal } from "../../src/plan/types";
import { tab } from "./helpers";

const deals: PipelineDeal[] = Array.from({ length: 260 }, (_, i) => ({
	deal: `Deal ${i}`,
	account: "Account",
	segment: "",
	owner: "",
	stage: i % 2 ? "Demo done" : "Closed Won",
	amount: 1000 + i,
	closeDate: "2027-03-15",
	nextStep: "",
	nextStepDate: null,
	channel: "",
	forecastCategory: "",
	crmId: "",
}));

const formulaOf = (cell: Cell | undefined): string =>
	cell !== null && typeof cell === "object" ? cell.formula : "";

describe("shared formulas", () => {
	const plan = buildPlan(
		defaultChoices("annual", "en", "2027-01-01"),
		defaultTabNames("en"),
		{ deals, stages: [{ name: "Demo done", probability: 0.3 }] },
	);

	it.each(plan.tabs.map((planTab) => [planTab.name, planTab] as const))(
		"%s: every cell of a run is its run's first formula moved down, rewritten or not",
		(_, planTab) => {
			const runStart = sharedFormulaRuns(planTab);
			planTab.cells.forEach((row, r) => {
				row.forEach((cell, c) => {
					const start = runStart(r, c);
					if (!start) return;
					const first = formulaOf(planTab.cells[start[0]]?.[start[1]]);
					const moved = r - start[0];
					expect(shiftRows(first, moved)).toBe(formulaOf(cell));
					expect(shiftRows(nativeFormula(first), moved)).toBe(
						nativeFormula(formulaOf(cell)),
					);
				});
			});
		},
	);

	it("writes the Pipeline's probability and weighted columns as one run each, over every deal", () => {
		const pipeline = plan.tabs.find((planTab) => planTab.key === "pipeline");
		const runStart = pipeline ? sharedFormulaRuns(pipeline) : () => undefined;
		const last = pipelineLayout.firstRow + deals.length - 1;
		for (const column of [
			pipelineColumns.probability,
			pipelineColumns.weighted,
		])
			expect(runStart(last, column)).toEqual([pipelineLayout.firstRow, column]);
	});

	it.each([
		["a text that reads like an address", '="Q1"&A1', '="Q2"&A2'],
		["a formula that is not the one above moved", "=A1*2", "=A2*3"],
		["an absolute row", "=$A$1", "=$A$2"],
	])("does not share %s", (_, above, below) => {
		const runStart = sharedFormulaRuns(
			tab("overview", "Overview", [[{ formula: above }], [{ formula: below }]]),
		);
		expect(runStart(1, 0)).toBeUndefined();
	});
});
