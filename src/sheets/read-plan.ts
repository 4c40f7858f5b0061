// Reads the plan's tabs for the health check: one getValues per tab, dates turned into serial days.

import type { CellValue, Grid, PlanCells } from "../health/plan-cells";
import { serialOfDay } from "../health/plan-cells";
import { planLanguage } from "../health/recognise";
import { allTabs } from "../plan/catalogue";
import type { TabKey } from "../plan/types";
import { readTabIds } from "./record";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** Sheets hands a date cell as a Date at midnight in the script's time zone: its local fields are the day. */
function cellValue(value: unknown): CellValue {
	if (typeof value === "string" || typeof value === "boolean") return value;
	if (typeof value === "number") return Number.isFinite(value) ? value : null;
	if (Object.prototype.toString.call(value) === "[object Date]") {
		const date = value as Date;
		return Number.isNaN(date.getTime())
			? null
			: serialOfDay(date.getFullYear(), date.getMonth(), date.getDate());
	}
	return null;
}

/** The plan's tabs that still exist, by the ids the plan recorded; undefined when there is no plan or no Settings. */
export function readPlanCells(
	spreadsheet: Spreadsheet,
	properties: Properties,
): PlanCells | undefined {
	const ids = readTabIds(properties);
	const tabs: Partial<Record<TabKey, { name: string; values: Grid }>> = {};
	for (const key of allTabs) {
		const id = ids[key];
		const sheet = id === undefined ? null : spreadsheet.getSheetById(id);
		if (!sheet) continue;
		const values = sheet
			.getDataRange()
			.getValues()
			.map((line) => line.map(cellValue));
		tabs[key] = { name: sheet.getName(), values };
	}
	const language = tabs.settings && planLanguage(tabs.settings.values);
	return language ? { language, tabs } : undefined;
}
