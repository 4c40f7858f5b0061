// What applyPlan has done so far, in a form that can be undone if a later step fails.

import { removeChartsAddedSince } from "./charts";
import type { SheetState } from "./sheet-state";
import { restoreSnapshot, type Snapshot } from "./snapshot";
import { removeOurProtections } from "./writer";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type JournalEntry =
	| { readonly kind: "inserted"; readonly sheet: Sheet }
	| {
			readonly kind: "filled";
			readonly sheet: Sheet;
			readonly state: SheetState;
	  }
	| {
			readonly kind: "replaced";
			readonly sheet: Sheet;
			readonly state: SheetState;
			readonly snapshot: Snapshot;
	  };

const RANK: Record<JournalEntry["kind"], number> = {
	inserted: 0,
	filled: 1,
	replaced: 2,
};

/**
 * The order undo runs in: inserted sheets go first (nothing of the person's is there), then filled tabs are emptied,
 * and the person's replaced tabs are restored last, so whatever fails before leaves them no worse.
 */
export function undoOrder(
	entries: readonly JournalEntry[],
): readonly JournalEntry[] {
	return [...entries].sort((a, b) => RANK[a.kind] - RANK[b.kind]);
}

/** Makes a tab blank again: values, formats, validations and our protections (not the person's rules). */
export function clearTab(sheet: Sheet, state: SheetState): void {
	sheet.clear();
	sheet.getRange(1, 1, state.rows, state.columns).clearDataValidations();
	for (const protection of state.ours) protection.remove();
}

export class UndoJournal {
	private readonly entries: JournalEntry[] = [];

	/** Call right after the change, so a failure on the next call undoes it. */
	record(entry: JournalEntry): void {
		this.entries.push(entry);
	}

	get recorded(): readonly JournalEntry[] {
		return this.entries;
	}

	/** Best effort: a failure while undoing must not hide the original reason. */
	undo(spreadsheet: Spreadsheet): void {
		for (const entry of undoOrder(this.entries)) {
			try {
				if (entry.kind === "inserted") {
					spreadsheet.deleteSheet(entry.sheet);
					continue;
				}
				// The run may have grown the sheet and protected it anew: read both again (undoing, speed matters less).
				clearTab(entry.sheet, {
					...entry.state,
					rows: entry.sheet.getMaxRows(),
					columns: entry.sheet.getMaxColumns(),
					ours: [],
				});
				removeOurProtections(entry.sheet);
				removeChartsAddedSince(entry.sheet, entry.state.charts);
				if (entry.kind === "replaced")
					restoreSnapshot(entry.sheet, entry.snapshot);
			} catch {}
		}
	}
}
