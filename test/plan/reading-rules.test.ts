// The plan's own formulas and alert rules, computed on edited rows in HyperFormula: they read inputs as the custom functions do.

import { DetailedCellError, type HyperFormula } from "hyperformula";
import { afterEach, describe, expect, it } from "vitest";
import { area as areaOf, cell } from "../../src/plan/a1";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { actionColumns, actionsLayout } from "../../src/plan/tabs/actions";
import { funnelLayout } from "../../src/plan/tabs/funnel";
import { pipelineColumns } from "../../src/plan/tabs/pipeline";
import { pipelineLayout } from "../../src/plan/tabs/pipeline-layout";
import { settingRows, settingsAreas } from "../../src/plan/tabs/settings";
import type { Cell, Plan, Tab, TabKey } from "../../src/plan/types";
import { offsetReferences } from "../../src/preview/rule-colors";
import { planEngine } from "../../src/workbook/compute-plan";

/** The plan with some cells replaced: [tab, row, column, value], 0-based. */
type Edit = readonly [TabKey, number, number, Cell];

function edited(edits: readonly Edit[], examples = false): Plan {
	const plan = buildPlan(
		{ ...defaultChoices("annual", "en", "2027-01-01"), examples },
		defaultTabNames("en"),
	);
	const tabs = plan.tabs.map((tab): Tab => {
		const mine = edits.filter(([key]) => key === tab.key);
		if (mine.length === 0) return tab;
		const cells = tab.cells.map((row) => [...row]);
		for (const [, row, column, value] of mine)
			(cells[row] as Cell[])[column] = value;
		return { ...tab, cells };
	});
	return { ...plan, tabs };
}

let engine: HyperFormula | undefined;
afterEach(() => engine?.destroy());

function open(plan: Plan) {
	engine = planEngine(plan);
	const live = engine;
	const sheet = (key: TabKey) => {
		const tab = plan.tabs.find((candidate) => candidate.key === key) as Tab;
		return { tab, id: live.getSheetId(tab.name) as number };
	};
	return {
		value: (key: TabKey, row: number, column: number): unknown =>
			live.getCellValue({ sheet: sheet(key).id, row, col: column }),
		/** Whether the tab's rule of that colour holds on a row, as Sheets applies it: its formula moved to that row. */
		colours: (key: TabKey, color: string, row: number): boolean => {
			const { tab, id } = sheet(key);
			return tab.rules
				.filter((rule) => rule.color === color)
				.some((rule) => {
					const moved = offsetReferences(rule.formula, row - rule.area.row, 0);
					const result = live.calculateFormula(moved, id);
					return (
						result === true || (typeof result === "number" && result !== 0)
					);
				});
		},
	};
}

const FIRST = pipelineLayout.firstRow;
const deal = pipelineColumns;
const settingsStage = settingsAreas.stageNames;

/** Today as a serial day number, as TODAY() gives it. */
function serialToday(offset = 0): number {
	const now = new Date();
	return (
		Math.round(
			(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) -
				Date.UTC(1899, 11, 30)) /
				86_400_000,
		) + offset
	);
}

const dealRow = (
	row: number,
	stage: Cell,
	amount: number,
	close: number,
): Edit[] => [
	["pipeline", FIRST + row, deal.deal, `Deal ${row}`],
	["pipeline", FIRST + row, deal.stage, stage],
	["pipeline", FIRST + row, deal.amount, amount],
	["pipeline", FIRST + row, deal.closeDate, close],
];
const inPeriod = 46_400; // 2027-01-13

describe("the Pipeline's probability column", () => {
	it.each([
		["Proposal", 0.5],
		[" Proposal ", 0.5],
		["PROPOSAL", 0.5],
		["won", 1],
	])("reads the stage %j as WEIGHTED_FORECAST does: %d", (stage, expected) => {
		const sheet = open(edited(dealRow(0, stage, 1000, inPeriod)));
		expect(sheet.value("pipeline", FIRST, deal.probability)).toBe(expected);
		expect(sheet.value("pipeline", FIRST, deal.weighted)).toBe(1000 * expected);
	});

	it("shows an error for a stage the table does not list, as the forecast refuses it", () => {
		const sheet = open(edited(dealRow(0, "Signed", 1000, inPeriod)));
		expect(sheet.value("pipeline", FIRST, deal.probability)).toBeInstanceOf(
			DetailedCellError,
		);
		expect(
			sheet.value(
				"pipeline",
				pipelineLayout.forecast.row,
				pipelineLayout.forecast.column,
			),
		).toBeInstanceOf(DetailedCellError);
	});

	it("follows a stage table typed in whole percents: 50 is 50%, and the totals stay right", () => {
		const percents: Edit[] = [5, 25, 50, 80, 100, 0].map((percent, i) => [
			"settings",
			settingsStage.row + i,
			settingsStage.column + 1,
			percent,
		]);
		const sheet = open(
			edited([
				...percents,
				...dealRow(0, "Proposal", 18000, inPeriod),
				...dealRow(1, "Won", 6000, inPeriod),
			]),
		);
		expect(sheet.value("pipeline", FIRST, deal.probability)).toBe(0.5);
		expect(sheet.value("pipeline", FIRST, deal.weighted)).toBe(9000);
		const { forecast, openPipeline, wonInPeriod } = pipelineLayout;
		expect(sheet.value("pipeline", openPipeline.row, openPipeline.column)).toBe(
			18000,
		);
		expect(sheet.value("pipeline", wonInPeriod.row, wonInPeriod.column)).toBe(
			6000,
		);
		expect(sheet.value("pipeline", forecast.row, forecast.column)).toBe(15000);
	});

	it("counts a won deal in the period with a blank period start as no lower bound", () => {
		const sheet = open(
			edited([
				["settings", settingRows.start, 1, null],
				// The end is computed from the start; typed here so that only the start is blank.
				["settings", settingRows.end, 1, 50_000],
				...dealRow(0, "Won", 6000, 40_000),
			]),
		);
		const { forecast, wonInPeriod } = pipelineLayout;
		expect(sheet.value("pipeline", wonInPeriod.row, wonInPeriod.column)).toBe(
			6000,
		);
		expect(sheet.value("pipeline", forecast.row, forecast.column)).toBe(6000);
	});
});

describe("the Funnel's conversion column", () => {
	it("shows a whole-percent rate of Settings as its fraction", () => {
		const rates = settingsAreas.funnelRates;
		const sheet = open(
			edited(
				[20, 50, 62.5, 80].map((percent, i) => [
					"settings",
					rates.row + i,
					rates.column,
					percent,
				]),
			),
		);
		expect(sheet.value("funnel", funnelLayout.anchor.row, 3)).toBe(0.2);
		expect(sheet.value("funnel", funnelLayout.anchor.row + 2, 3)).toBe(0.625);
	});
});

describe("the Settings stage table", () => {
	it("shows a stage listed twice in red, whatever its case and spaces, and only those rows", () => {
		const names = settingsAreas.stageNames;
		const sheet = open(
			edited([["settings", names.row + 4, names.column, " proposal "]]),
		);
		expect(sheet.colours("settings", "red", names.row + 2)).toBe(true);
		expect(sheet.colours("settings", "red", names.row + 4)).toBe(true);
		expect(sheet.colours("settings", "red", names.row + 1)).toBe(false);
		expect(sheet.colours("settings", "red", names.row + 8)).toBe(false);
	});
});

describe("the alert rules on real rows", () => {
	const action = actionColumns;
	const actionRow = (row: number, deadline: number, status: string): Edit[] => [
		[
			"actions",
			actionsLayout.firstRow + row,
			action.initiative,
			`Action ${row}`,
		],
		["actions", actionsLayout.firstRow + row, action.owner, "Sales manager"],
		["actions", actionsLayout.firstRow + row, action.deadline, deadline],
		["actions", actionsLayout.firstRow + row, action.status, status],
	];

	it("marks an action overdue strictly before today, never a stopped or done one", () => {
		const sheet = open(
			edited([
				...actionRow(0, serialToday(-1), "In progress"),
				...actionRow(1, serialToday(0), "In progress"),
				...actionRow(2, serialToday(-1), "Stopped"),
				...actionRow(3, serialToday(-1), "Done"),
				...actionRow(4, serialToday(-30), "To do"),
			]),
		);
		const red = (row: number) =>
			sheet.colours("actions", "red", actionsLayout.firstRow + row);
		expect([0, 1, 2, 3, 4].map(red)).toEqual([true, false, false, false, true]);
		const { overdue } = actionsLayout;
		expect(sheet.value("actions", overdue.row, overdue.column)).toBe(2);
	});

	it("marks an open deal red past its close date, never on the day itself, never a won or lost deal", () => {
		const sheet = open(
			edited([
				...dealRow(0, "Proposal", 1000, serialToday(-1)),
				...dealRow(1, "Proposal", 1000, serialToday(0)),
				...dealRow(2, "Won", 1000, serialToday(-1)),
				...dealRow(3, "Lost", 1000, serialToday(-1)),
				...dealRow(4, "Lead", 1000, serialToday(-40)),
			]),
		);
		const red = (row: number) => sheet.colours("pipeline", "red", FIRST + row);
		expect([0, 1, 2, 3, 4].map(red)).toEqual([true, false, false, false, true]);
	});

	it("marks an open deal with no next step amber, never a won one", () => {
		const sheet = open(
			edited([
				...dealRow(0, "Proposal", 1000, serialToday(10)),
				...dealRow(1, "Won", 1000, serialToday(10)),
				["pipeline", FIRST + 2, deal.deal, "Deal 2"],
				["pipeline", FIRST + 2, deal.stage, "Proposal"],
				["pipeline", FIRST + 2, deal.nextStep, "Call the CFO"],
			]),
		);
		const amber = (row: number) =>
			sheet.colours("pipeline", "amber", FIRST + row);
		expect([0, 1, 2].map(amber)).toEqual([true, false, false]);
	});
});

describe("a reference moved to a row", () => {
	it("is the cell the rule reads there", () => {
		expect(cell(FIRST + 3, deal.stage)).toBe(
			offsetReferences(cell(FIRST, deal.stage), 3, 0),
		);
		expect(areaOf(0, 0).rows).toBe(1);
	});
});
