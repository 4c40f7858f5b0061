import { describe, expect, it } from "vitest";
import { healthLayout } from "../../src/health/layout";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { actionColumns, actionsLayout } from "../../src/plan/tabs/actions";
import { kpiColumns, kpisLayout } from "../../src/plan/tabs/kpis";
import {
	objectiveColumns,
	objectivesLayout,
} from "../../src/plan/tabs/objectives";
import { pipelineColumns } from "../../src/plan/tabs/pipeline";
import { pipelineLayout } from "../../src/plan/tabs/pipeline-layout";
import { settingRows, settingsAreas } from "../../src/plan/tabs/settings";

describe("the health check reads the cells the tab builders write", () => {
	it.each([
		{
			name: "Actions",
			read: healthLayout.actions,
			built: {
				firstRow: actionsLayout.firstRow,
				initiative: actionColumns.initiative,
				owner: actionColumns.owner,
				deadline: actionColumns.deadline,
				status: actionColumns.status,
				kpi: actionColumns.kpi,
			},
		},
		{
			name: "KPIs",
			read: healthLayout.kpis,
			built: {
				firstRow: kpisLayout.firstRow,
				kpi: kpiColumns.kpi,
				target: kpiColumns.target,
				threshold: kpiColumns.threshold,
			},
		},
		{
			name: "Pipeline",
			read: healthLayout.pipeline,
			built: {
				firstRow: pipelineLayout.firstRow,
				deal: pipelineColumns.deal,
				stage: pipelineColumns.stage,
				closeDate: pipelineColumns.closeDate,
				nextStep: pipelineColumns.nextStep,
			},
		},
		{
			name: "Objectives",
			read: healthLayout.objectives,
			built: {
				firstRow: objectivesLayout.firstRow,
				period: objectiveColumns.period,
				weight: objectiveColumns.weight,
			},
		},
		{
			name: "Settings",
			read: healthLayout.settings,
			built: {
				language: { row: settingRows.language, column: 1 },
				stageTable: settingsAreas.stageTable,
			},
		},
	])("$name", ({ read, built }) => {
		expect(read).toEqual(built);
	});

	it.each(["fr", "en"] as const)(
		"finds the Overview's priorities and check-in headers in %s",
		(language) => {
			const plan = buildPlan(
				defaultChoices("annual", language, "2027-01-01"),
				defaultTabNames(language),
			);
			const overview = plan.tabs.find((tab) => tab.key === "overview");
			const rows = overview?.cells.map((line) => line.slice(0, 4)) ?? [];
			const { priorities, review, what } = healthLayout.overview;
			const heading = rows.findIndex(
				(line) => line.join("|") === priorities[language].join("|"),
			);
			expect(heading).toBeGreaterThan(0);
			expect(rows[heading + 1]?.[what]).toBeTypeOf("string");
			expect(
				rows.some(
					(line) => line.slice(0, 2).join("|") === review[language].join("|"),
				),
			).toBe(true);
		},
	);
});
