// Undoing a failed run: inserted sheets go first, filled tabs are emptied next, the person's replaced tabs restored last.

import { describe, expect, it } from "vitest";
import type { SheetState } from "../../src/sheets/sheet-state";
import type { Snapshot } from "../../src/sheets/snapshot";
import { type JournalEntry, undoOrder } from "../../src/sheets/undo-journal";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A journal entry on a stand-in sheet named `name`: undoOrder looks at the kind only. */
function entry(kind: JournalEntry["kind"], name: string): JournalEntry {
	const sheet = { getName: () => name } as unknown as Sheet;
	const state = {} as SheetState;
	if (kind === "inserted") return { kind, sheet };
	if (kind === "filled") return { kind, sheet, state };
	return { kind, sheet, state, snapshot: {} as Snapshot };
}

const names = (entries: readonly JournalEntry[]) =>
	entries.map((item) => `${item.kind} ${item.sheet.getName()}`);

describe("the undo order", () => {
	it("restores the replaced tabs last, after the inserted and filled ones, each kind in the order it was done", () => {
		const done = [
			entry("replaced", "Budget"),
			entry("inserted", "Pipeline"),
			entry("filled", "Funnel"),
			entry("replaced", "KPIs"),
			entry("inserted", "Settings"),
			entry("filled", "Actions"),
		];
		expect(names(undoOrder(done))).toEqual([
			"inserted Pipeline",
			"inserted Settings",
			"filled Funnel",
			"filled Actions",
			"replaced Budget",
			"replaced KPIs",
		]);
	});

	it("leaves the journal itself in the order things were done", () => {
		const done = [entry("replaced", "Budget"), entry("inserted", "Pipeline")];
		undoOrder(done);
		expect(names(done)).toEqual(["replaced Budget", "inserted Pipeline"]);
	});
});
