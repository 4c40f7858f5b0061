// Decides what happens to each tab (create, keep, fill, rename, replace) and applies a Plan, undoing its own work on failure.

import type { TabAction, TabPreview } from "../api";
import { rolledBack } from "../messages";
import { a1Notation as a1 } from "../plan/a1";
import type {
	Area,
	ConditionalRule,
	Language,
	Plan,
	TabKey,
	TabNames,
} from "../plan/types";
import {
	readRules,
	readTabIds,
	type TabIds,
	writeRules,
	writeTabIds,
} from "./record";
import { removeOurProtections, writeTab } from "./writer";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Properties = GoogleAppsScript.Properties.Properties;

export interface Placement extends TabPreview {
	/** The existing sheet for keep, fill and replace. */
	readonly sheet?: Sheet;
	readonly sheetId?: number;
}

export interface Placements {
	readonly tabs: readonly Placement[];
	/** Every tab's final name, for the plan's cross-tab formulas: this run's names, then earlier runs' tabs as they are now named. */
	readonly names: TabNames;
}

interface Existing {
	readonly sheet: Sheet;
	readonly name: string;
	readonly id: number | undefined;
}

/** Reads the spreadsheet's tabs (no writes) and decides each plan tab's action and final name. */
export function placeTabs(
	spreadsheet: Spreadsheet,
	keys: readonly TabKey[],
	defaults: TabNames,
	replace: readonly TabKey[],
	recorded: TabIds,
): Placements {
	const needIds = Object.keys(recorded).length > 0;
	const existing: Existing[] = spreadsheet.getSheets().map((sheet) => ({
		sheet,
		name: sheet.getName(),
		id: needIds ? sheet.getSheetId() : undefined,
	}));
	const byId = new Map(
		existing.filter((e) => e.id !== undefined).map((e) => [e.id, e]),
	);
	const recordedIds = new Set(Object.values(recorded));
	// Sheets' tab names are unique regardless of case.
	const taken = new Set(existing.map((e) => e.name.toLowerCase()));
	const tabs: Placement[] = [];
	const names: Record<string, string> = { ...defaults };
	for (const [key, id] of Object.entries(recorded)) {
		const mine = byId.get(id);
		if (mine) names[key] = mine.name;
	}

	for (const key of keys) {
		const wanted = replace.includes(key);
		const id = recorded[key];
		const mine = id === undefined ? undefined : byId.get(id);
		if (mine) {
			tabs.push({
				key,
				name: mine.name,
				action: wanted ? "replace" : "keep",
				sheet: mine.sheet,
				sheetId: id,
				...(wanted ? { existing: mine.name } : {}),
			});
			continue;
		}
		const name = defaults[key];
		const clash = existing.find(
			(e) => e.name.toLowerCase() === name.toLowerCase(),
		);
		// Another plan tab of an earlier run, renamed by the team to this name: never filled nor replaced.
		const ours = clash?.id !== undefined && recordedIds.has(clash.id);
		let placement: Placement;
		if (!clash) {
			placement = { key, name, action: "create" };
		} else if (!ours && clash.sheet.getLastRow() === 0) {
			placement = { key, name, action: "fill", sheet: clash.sheet };
		} else if (wanted && !ours) {
			placement = {
				key,
				name,
				action: "replace",
				existing: clash.name,
				sheet: clash.sheet,
			};
		} else {
			placement = {
				key,
				name: freeName(name, taken),
				action: "rename",
				existing: clash.name,
			};
		}
		taken.add(placement.name.toLowerCase());
		names[key] = placement.name;
		tabs.push(placement);
	}
	return { tabs, names: names as TabNames };
}

function freeName(base: string, taken: ReadonlySet<string>): string {
	for (let n = 2; ; n++) {
		const name = `${base} (${n})`;
		if (!taken.has(name.toLowerCase())) return name;
	}
}

export interface AppliedTab extends TabPreview {
	readonly sheetId: number;
}

export interface Applied {
	readonly tabs: readonly AppliedTab[];
	/** The rules written per sheet id, as recorded in the document properties. */
	readonly rules: ReadonlyMap<number, readonly ConditionalRule[]>;
}

export interface ApplyOptions {
	/** Where the decisions come from; by default each tab is placed under its plan name with no replacement. */
	readonly placements?: Placements;
	/** The document properties: read for earlier runs, updated after success. Omitted: nothing is remembered. */
	readonly properties?: Properties;
}

const creates = (action: TabAction): boolean =>
	action === "create" || action === "rename";

/**
 * Applies a plan whose tab names are already final (see placeTabs). On failure, deletes the sheets this run
 * inserted, empties the empty tabs it filled, and throws an Error saying why.
 */
export function applyPlan(
	spreadsheet: Spreadsheet,
	plan: Plan,
	options: ApplyOptions = {},
): Applied {
	const language: Language = plan.choices.language;
	const properties = options.properties;
	const recorded = properties ? readTabIds(properties) : {};
	const placements =
		options.placements ??
		placeTabs(
			spreadsheet,
			plan.tabs.map((t) => t.key),
			namesOf(plan),
			[],
			recorded,
		);
	const byKey = new Map(placements.tabs.map((p) => [p.key, p]));

	const sheets = new Map<TabKey, Sheet>();
	for (const p of placements.tabs) if (p.sheet) sheets.set(p.key, p.sheet);
	const inserted: Sheet[] = [];
	const filled: Sheet[] = [];
	const replaced: Snapshot[] = [];
	const applied: AppliedTab[] = [];
	const rules = new Map<number, readonly ConditionalRule[]>();

	try {
		let position = -1;
		for (const tab of plan.tabs) {
			const p = byKey.get(tab.key);
			if (!p || !creates(p.action)) continue;
			if (position < 0) position = spreadsheet.getNumSheets();
			const sheet = spreadsheet.insertSheet(p.name, position++);
			inserted.push(sheet);
			sheets.set(tab.key, sheet);
		}

		const sources = new Map<string, Range | null>();
		const sourceRange = (key: TabKey, area: Area): Range | null => {
			const id = `${key}!${a1(area)}`;
			if (!sources.has(id))
				sources.set(id, sheets.get(key)?.getRange(a1(area)) ?? null);
			return sources.get(id) ?? null;
		};

		const validations = new Map<
			string,
			GoogleAppsScript.Spreadsheet.DataValidation | null
		>();
		// Tabs the person agreed to replace go last, so a failure elsewhere never reaches them.
		const order = [...plan.tabs].sort(
			(a, b) =>
				Number(byKey.get(a.key)?.action === "replace") -
				Number(byKey.get(b.key)?.action === "replace"),
		);
		for (const tab of order) {
			const p = byKey.get(tab.key);
			const sheet = sheets.get(tab.key);
			if (!p || !sheet) continue;
			const sheetId = p.sheetId ?? sheet.getSheetId();
			applied.push({
				key: p.key,
				name: p.name,
				action: p.action,
				...(p.existing ? { existing: p.existing } : {}),
				sheetId,
			});
			if (p.action === "keep") continue;
			const fresh = creates(p.action);
			if (p.action === "fill") filled.push(sheet);
			if (p.action === "replace") replaced.push(snapshot(sheet));
			if (!fresh) clearSheet(sheet);
			const previousRules =
				!fresh && properties ? readRules(properties, sheetId) : [];
			const written = writeTab(sheet, tab, {
				fresh,
				language,
				sourceRange,
				previousRules,
				validations,
			});
			rules.set(sheetId, written.rules);
		}
	} catch (error) {
		undo(spreadsheet, inserted, filled, replaced);
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(rolledBack(language, reason));
	}

	if (properties) {
		const ids: Record<string, number> = { ...recorded };
		for (const tab of applied) ids[tab.key] = tab.sheetId;
		writeTabIds(properties, ids as TabIds);
		for (const [sheetId, written] of rules)
			writeRules(properties, sheetId, written);
	}
	const index = new Map(plan.tabs.map((tab, i) => [tab.key, i]));
	applied.sort((a, b) => (index.get(a.key) ?? 0) - (index.get(b.key) ?? 0));
	return { tabs: applied, rules };
}

function namesOf(plan: Plan): TabNames {
	const names: Record<string, string> = {};
	for (const tab of plan.tabs) names[tab.key] = tab.name;
	return names as TabNames;
}

/** Makes a filled or replaced tab blank again: values, formats, validations and our protections (not the person's rules). */
function clearSheet(sheet: Sheet): void {
	sheet.clear();
	sheet
		.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns())
		.clearDataValidations();
	removeOurProtections(sheet);
}

interface Snapshot {
	readonly sheet: Sheet;
	readonly contents: unknown[][];
}

/** What the person typed in a tab about to be replaced: formulas where there are, values elsewhere. */
function snapshot(sheet: Sheet): Snapshot {
	const range = sheet.getDataRange();
	const formulas = range.getFormulas();
	const values = range.getValues();
	return {
		sheet,
		contents: values.map((row, r) =>
			row.map((value, c) => formulas[r]?.[c] || value),
		),
	};
}

function undo(
	spreadsheet: Spreadsheet,
	inserted: readonly Sheet[],
	filled: readonly Sheet[],
	replaced: readonly Snapshot[],
): void {
	// Best effort: a failure while undoing must not hide the original reason.
	for (const sheet of inserted) {
		try {
			spreadsheet.deleteSheet(sheet);
		} catch {}
	}
	for (const sheet of filled) {
		try {
			clearSheet(sheet);
		} catch {}
	}
	// Only contents come back: formats and validations of a replaced tab are lost if a later step fails.
	for (const { sheet, contents } of replaced) {
		try {
			clearSheet(sheet);
			const first = contents[0];
			if (first && first.length > 0)
				sheet.getRange(1, 1, contents.length, first.length).setValues(contents);
		} catch {}
	}
}
