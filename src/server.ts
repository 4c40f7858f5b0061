// What the sidebar may call through google.script.run: each call checks its input, then works on the active spreadsheet.

import type {
	AlertsRequest,
	AlertsResult,
	CheckRequest,
	CheckResult,
	GenerateRequest,
	GenerateResult,
	ImportDealsRequest,
	ImportDealsResult,
	OpenTabRequest,
	PipelineIds,
	PipelineIdsRequest,
	PlanPreview,
	PreviewRequest,
	SelectCellRequest,
	ServerApi,
	SidebarContext,
	TabPreview,
} from "./api";
import { planFindings } from "./health/check";
import {
	type AlertColumn,
	changedSincePreview,
	lockBusy,
	lockUnavailable,
	noColumns,
	noKpiTab,
	noPlan,
	noRows,
	noSelection,
	outsideTable,
	tabGone,
} from "./messages";
import { tabsOf } from "./plan/catalogue";
import { isoToSerial } from "./plan/dates";
import { kpiAlertRules } from "./plan/kpi-alerts";
import { defaultTabNames } from "./plan/tab-names";
import { dealTableEnd, readingKeptDeals } from "./plan/tabs/kept-pipeline";
import { pipelineLayout } from "./plan/tabs/pipeline-layout";
import type {
	Area,
	ConditionalRule,
	Language,
	Plan,
	TabNames,
} from "./plan/types";
import { importDeals, readPipelineIds } from "./server/import-deals";
import {
	parseAlertsRequest,
	parseCheckRequest,
	parseGenerateRequest,
	parseNoArgument,
	parseOpenTab,
	parsePreviewRequest,
	parseSelectCell,
} from "./server/schemas";
import {
	a1,
	applyAlertRules,
	applyPlan,
	areaOf,
	bodyOf,
	columnIndex,
	columnLetter,
	type Placements,
	placeTabs,
	readPlanCells,
	readRules,
	readTabIds,
} from "./sheets";

/** Generating a 12-tab plan takes a while: a teammate's second click waits for it rather than failing at once. */
const LOCK_WAIT_MS = 30_000;

const CURRENCIES: Readonly<Record<string, string>> = {
	US: "USD",
	GB: "GBP",
	CH: "CHF",
	CA: "CAD",
	AU: "AUD",
	IN: "INR",
	JP: "JPY",
};

function withDocumentLock<T>(language: Language, work: () => T): T {
	const lock = LockService.getDocumentLock();
	if (!lock) throw new Error(lockUnavailable(language));
	if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(lockBusy(language));
	try {
		return work();
	} finally {
		flushThenRelease(lock);
	}
}

/**
 * Lock.releaseLock's reference asks for a flush first, or a teammate's run may start before these writes are sent.
 * A failing flush must not hide why the run itself failed; Apps Script sends what is left when the run ends.
 */
function flushThenRelease(lock: GoogleAppsScript.Lock.Lock): void {
	try {
		SpreadsheetApp.flush();
	} catch {
	} finally {
		lock.releaseLock();
	}
}

function languageOf(locale: string): Language {
	return locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** The first day of next month: plans are usually prepared a few weeks ahead. */
function nextMonth(today: Date): string {
	const year =
		today.getMonth() === 11 ? today.getFullYear() + 1 : today.getFullYear();
	const month = (today.getMonth() + 1) % 12;
	return `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

function preview(request: PreviewRequest) {
	const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
	const properties = PropertiesService.getDocumentProperties();
	const placements = placeTabs(
		spreadsheet,
		tabsOf(request.kind),
		defaultTabNames(request.language),
		request.replace,
		readTabIds(properties),
	);
	return { spreadsheet, properties, placements };
}

/**
 * A Pipeline kept from an earlier run may hold more deal rows than the plan's, grown by an import: the tabs written
 * now read its deals to its last row, as its own forecast does. One read, before applyPlan's first write.
 */
function withKeptPipeline(plan: Plan, placements: Placements): Plan {
	const kept = placements.tabs.find(
		(tab) => tab.key === "pipeline" && tab.action === "keep",
	)?.sheet;
	if (!kept) return plan;
	const { row, column } = pipelineLayout.forecast;
	const [[formula = ""] = []] = kept
		.getRange(row + 1, column + 1)
		.getFormulas();
	const keptEnd = dealTableEnd(formula);
	return keptEnd === undefined ? plan : readingKeptDeals(plan, keptEnd);
}

/** The sidebar built the plan from a preview; if a tab appeared or was renamed since, its formulas would point wrong. */
function checkPlanMatches(plan: Plan, names: TabNames): void {
	const expected = tabsOf(plan.choices.kind);
	const keys = plan.tabs.map((tab) => tab.key);
	if (keys.join() !== expected.join()) {
		throw new Error(
			`Invalid request: plan.tabs must be ${expected.join(", ")} for the ${plan.choices.kind} plan.`,
		);
	}
	const moved = plan.tabs.find((tab) => names[tab.key] !== tab.name);
	if (moved) {
		throw new Error(
			changedSincePreview(
				plan.choices.language,
				moved.key,
				names[moved.key],
				moved.name,
			),
		);
	}
}

const asPreview = ({
	key,
	name,
	action,
	existing,
}: TabPreview): TabPreview => ({
	key,
	name,
	action,
	...(existing ? { existing } : {}),
});

function kpiTable(request: AlertsRequest): {
	sheet: GoogleAppsScript.Spreadsheet.Sheet;
	table: Area;
	rules: ConditionalRule[];
} {
	const language = request.language ?? "en";
	const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
	const properties = PropertiesService.getDocumentProperties();
	let sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
	let table: Area | null;
	if (request.target === "kpis") {
		const id = readTabIds(properties).kpis;
		sheet = id === undefined ? null : spreadsheet.getSheetById(id);
		if (!sheet) throw new Error(noKpiTab(language));
		const previous = readRules(properties, id as number);
		const lastRow = sheet.getLastRow();
		if (previous.length > 0) {
			// The plan's KPI table, grown down to the last row the team filled in.
			const top = Math.min(...previous.map((r) => r.area.row));
			const left = Math.min(...previous.map((r) => r.area.column));
			const right = Math.max(
				...previous.map((r) => r.area.column + r.area.columns),
			);
			table = {
				row: top,
				column: left,
				rows: Math.max(1, lastRow - top),
				columns: right - left,
			};
			if (!request.columns) {
				const rules = previous.map((rule) => ({
					...rule,
					area: {
						...rule.area,
						rows: Math.max(rule.area.rows, lastRow - rule.area.row),
					},
				}));
				return { sheet, table, rules };
			}
		} else {
			table = bodyOf(
				areaOf(sheet.getDataRange()),
				Math.max(1, sheet.getFrozenRows()),
			);
		}
	} else {
		const range = spreadsheet.getActiveRange();
		if (!range) throw new Error(noSelection(language));
		sheet = range.getSheet();
		table = bodyOf(areaOf(range.getDataRegion()));
	}
	if (!table) throw new Error(noRows(language));
	const columns = request.columns;
	if (!columns) throw new Error(noColumns(language));
	const first = columnLetter(table.column);
	const last = columnLetter(table.column + table.columns - 1);
	const inside = (column: AlertColumn, letter: string): number => {
		const index = columnIndex(letter);
		if (index < table.column || index >= table.column + table.columns) {
			throw new Error(
				outsideTable(language, column, letter.toUpperCase(), first, last),
			);
		}
		return index;
	};
	const direction =
		typeof columns.direction === "string"
			? columns.direction
			: { column: inside("direction", columns.direction.column) };
	const rules = kpiAlertRules({
		area: table,
		actual: inside("actual", columns.actual),
		target: inside("target", columns.target),
		threshold: inside("threshold", columns.threshold),
		direction,
	});
	return { sheet, table, rules };
}

export const server: ServerApi = {
	getSidebarContext(request?: unknown): SidebarContext {
		parseNoArgument(request);
		const locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
		const region = locale.split("_")[1]?.toUpperCase() ?? "";
		return {
			language: languageOf(locale),
			currency: CURRENCIES[region] ?? "EUR",
			start: nextMonth(new Date()),
		};
	},

	previewPlan(request: PreviewRequest): PlanPreview {
		const { placements } = preview(parsePreviewRequest(request));
		return { tabs: placements.tabs.map(asPreview), names: placements.names };
	},

	generatePlan(request: GenerateRequest): GenerateResult {
		const { plan, replace } = parseGenerateRequest(request);
		const { kind, language } = plan.choices;
		return withDocumentLock(language, () => {
			const { spreadsheet, properties, placements } = preview({
				kind,
				language,
				replace,
			});
			checkPlanMatches(plan, placements.names);
			const applied = applyPlan(
				spreadsheet,
				withKeptPipeline(plan, placements),
				{
					placements,
					properties,
				},
			);
			return {
				tabs: applied.tabs.map((tab) => ({
					...asPreview(tab),
					sheetId: tab.sheetId,
				})),
			};
		});
	},

	applyKpiAlerts(request: AlertsRequest): AlertsResult {
		const valid = parseAlertsRequest(request);
		return withDocumentLock(valid.language ?? "en", () => {
			const { sheet, table, rules } = kpiTable(valid);
			// Read before writing: a read after the rules are set would wait for them to be sent.
			const sheetName = sheet.getName();
			applyAlertRules(
				sheet,
				table,
				rules,
				PropertiesService.getDocumentProperties(),
			);
			return {
				sheetName,
				range: a1(table),
				rules: rules.length,
			};
		});
	},

	openTab(request: OpenTabRequest): void {
		const { sheetId, language = "en" } = parseOpenTab(request);
		const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
		const sheet = spreadsheet.getSheetById(sheetId);
		if (!sheet) throw new Error(tabGone(language));
		spreadsheet.setActiveSheet(sheet);
	},

	checkPlan(request: CheckRequest): CheckResult {
		const { today, language = "en" } = parseCheckRequest(request);
		const plan = readPlanCells(
			SpreadsheetApp.getActiveSpreadsheet(),
			PropertiesService.getDocumentProperties(),
		);
		if (!plan) throw new Error(noPlan(language));
		return {
			language: plan.language,
			findings: planFindings(plan, isoToSerial(today)),
		};
	},

	selectCell(request: SelectCellRequest): void {
		const { tab, cell, language = "en" } = parseSelectCell(request);
		const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
		if (!sheet) throw new Error(tabGone(language));
		sheet.getRange(cell).activate();
	},

	pipelineIds: (request: PipelineIdsRequest): PipelineIds =>
		readPipelineIds(request),

	importDeals: (request: ImportDealsRequest): ImportDealsResult =>
		importDeals(request, withDocumentLock),
};
