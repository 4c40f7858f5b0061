// Decides what happens to each tab (create, keep, fill, rename, replace) and applies a Plan, undoing its own work on failure.

import type { TabPreview } from "../api";
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
import { insertsSheet, operationOrder } from "./operation-order";
import {
	readRules,
	readTabIds,
	type TabIds,
	writeRules,
	writeTabIds,
} from "./record";
import { NEW_SHEET, readSheetState, type SheetState } from "./sheet-state";
import { type Snapshot, takeSnapshot } from "./snapshot";
import { clearTab, UndoJournal } from "./undo-journal";
import { OUR_DESCRIPTIONS, writeTab } from "./writer";

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

/**
 * Applies a plan whose tab names are already final (see placeTabs), in one write pass: everything it needs of the
 * spreadsheet is read first, then it only writes. On failure, deletes the sheets this run inserted, empties the empty
 * tabs it filled, puts back the tabs it replaced, and throws an Error saying why.
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
	const tabs = new Map(plan.tabs.map((tab) => [tab.key, tab]));
	const order = operationOrder(
		plan.tabs.map((tab) => tab.key),
		placements.tabs,
	);

	const journal = new UndoJournal();
	const applied: AppliedTab[] = [];
	const rules = new Map<number, readonly ConditionalRule[]>();
	const ids = new Map<TabKey, number>();
	const sheets = new Map<TabKey, Sheet>();
	for (const p of placements.tabs) if (p.sheet) sheets.set(p.key, p.sheet);
	const states = new Map<TabKey, SheetState>();
	const snapshots = new Map<TabKey, Snapshot>();
	let position = 0;
	try {
		// Reads, all of them before the first write.
		position = order.inserts.length > 0 ? spreadsheet.getNumSheets() : 0;
		for (const key of order.reads) {
			const sheet = sheets.get(key) as Sheet;
			states.set(key, readSheetState(sheet, OUR_DESCRIPTIONS));
			if (byKey.get(key)?.action === "replace")
				snapshots.set(key, takeSnapshot(sheet));
		}

		for (const key of order.inserts) {
			const p = byKey.get(key) as Placement;
			const sheet = spreadsheet.insertSheet(p.name, position++);
			journal.record({ kind: "inserted", sheet });
			sheets.set(key, sheet);
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

		const textAreas = dropdownSources(plan);
		for (const key of order.writes) {
			const p = byKey.get(key) as Placement;
			const tab = tabs.get(key) as Plan["tabs"][number];
			const sheet = sheets.get(key) as Sheet;
			const sheetId = p.sheetId ?? sheet.getSheetId();
			ids.set(key, sheetId);
			const fresh = insertsSheet(p.action);
			const state = states.get(key) ?? NEW_SHEET;
			if (!fresh) {
				const snapshot = snapshots.get(key);
				journal.record(
					snapshot
						? { kind: "replaced", sheet, state, snapshot }
						: { kind: "filled", sheet, state },
				);
				clearTab(sheet, state);
			}
			const previousRules =
				!fresh && properties ? readRules(properties, sheetId) : [];
			const written = writeTab(sheet, tab, {
				fresh,
				state,
				language,
				sourceRange,
				previousRules,
				validations,
				textAreas: textAreas.get(key) ?? [],
			});
			rules.set(sheetId, written.rules);
		}
		for (const p of placements.tabs) {
			const sheet = sheets.get(p.key);
			if (!sheet || !tabs.has(p.key)) continue;
			applied.push({
				key: p.key,
				name: p.name,
				action: p.action,
				...(p.existing ? { existing: p.existing } : {}),
				sheetId: ids.get(p.key) ?? p.sheetId ?? sheet.getSheetId(),
			});
		}
	} catch (error) {
		journal.undo(spreadsheet);
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

/** Per tab, the areas other tabs' dropdowns list their choices from (the stage names of Settings). */
function dropdownSources(plan: Plan): Map<TabKey, Area[]> {
	const sources = new Map<TabKey, Area[]>();
	for (const tab of plan.tabs)
		for (const validation of tab.validations)
			if (validation.kind === "range")
				sources.set(validation.tab, [
					...(sources.get(validation.tab) ?? []),
					validation.source,
				]);
	return sources;
}

function namesOf(plan: Plan): TabNames {
	const names: Record<string, string> = {};
	for (const tab of plan.tabs) names[tab.key] = tab.name;
	return names as TabNames;
}
