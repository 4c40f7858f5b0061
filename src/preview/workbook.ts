// The preview's one spreadsheet: the add-in's own server code runs against it, a person edits it, the page reads it.

import * as z from "zod/mini";
import type { GenerateRequest } from "../api";
import type { Language } from "../plan/types";
import { server } from "../server";
import { type Fakes, install } from "./fakes/services";
import type { FakeSheet } from "./fakes/sheet";
import { refusedEntry } from "./refused-entry";
import { RequestError } from "./request-body";
import {
	type ComputedTabs,
	computeTabs,
	type WorkbookView,
	workbookView,
} from "./workbook-view";

/** Sheets' limit on a cell's text. */
const CELL_TEXT_LIMIT = 50_000;

const callSchema = z.strictObject({
	name: z.string(),
	args: z.array(z.unknown()).check(z.maxLength(1)),
});

const cellSchema = z.strictObject({
	sheet: z.int(),
	row: z.int().check(z.gte(1)),
	column: z.int().check(z.gte(1)),
	value: z.string().check(z.maxLength(CELL_TEXT_LIMIT)),
});

const selectSchema = z.strictObject({
	sheet: z.int(),
	row: z.optional(z.int().check(z.gte(1))),
	column: z.optional(z.int().check(z.gte(1))),
});

function parse<T>(schema: z.ZodMiniType<T>, input: unknown): T {
	const result = schema.safeParse(input);
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new RequestError(
			400,
			`Invalid request: ${issue?.path.join(".") || "body"} ${issue?.message ?? ""}`.trim(),
		);
	}
	return result.data;
}

/** Calls that only read the spreadsheet (openTab moves the active tab, read fresh anyway): no need to compute it again. */
const READ_ONLY_CALLS = new Set([
	"getSidebarContext",
	"previewPlan",
	"openTab",
]);

/** The locale a new spreadsheet in that language gets; a locale already in that language (en_GB, fr_CA) is kept. */
export function localeFollowing(language: Language, locale: string): string {
	if (locale.toLowerCase().split(/[_-]/)[0] === language) return locale;
	return language === "fr" ? "fr_FR" : "en_US";
}

/** Every call the sidebar may make: the keys of the add-in's `server`, nothing inherited. */
export const callNames: readonly string[] = Object.keys(server);

/**
 * Installs the fakes as the Apps Script globals: one PreviewWorkbook per process, since the add-in's code reads
 * SpreadsheetApp and the other services from globalThis.
 */
export class PreviewWorkbook {
	readonly fakes: Fakes;
	/** The computed tabs, until the next change; the active tab is read fresh. */
	private computed: ComputedTabs | undefined;

	constructor(locale: string) {
		this.fakes = install();
		this.fakes.spreadsheet.locale = locale;
	}

	/** Runs a sidebar call as google.script.run would: the answer or the error the add-in threw. */
	call(body: unknown): unknown {
		const { name, args } = parse(callSchema, body);
		if (!callNames.includes(name))
			throw new RequestError(404, `The server has no function named ${name}.`);
		if (!READ_ONLY_CALLS.has(name)) this.computed = undefined;
		const run = server[name as keyof typeof server] as (
			request?: unknown,
		) => unknown;
		const answer = run.call(server, ...args);
		// The plan was written: the spreadsheet now reads as one in the plan's language (€480,000 or 480 000 €).
		if (name === "generatePlan") {
			const { language } = (args[0] as GenerateRequest).plan.choices;
			const spreadsheet = this.fakes.spreadsheet;
			spreadsheet.locale = localeFollowing(language, spreadsheet.locale);
		}
		return answer;
	}

	/** A person typing in a cell and pressing Enter. */
	edit(body: unknown): void {
		const { sheet: id, row, column, value } = parse(cellSchema, body);
		const sheet = this.sheet(id);
		if (row > sheet.maxRows || column > sheet.maxColumns)
			throw new RequestError(400, "That cell is outside the sheet.");
		this.computed = undefined;
		const key = `${row},${column}`;
		const before = sheet.cells.get(key);
		const kept = before ? { ...before } : undefined;
		// As in Sheets, setValues reads the text as typed, in the cell's format and the spreadsheet's locale.
		sheet.getRange(row, column).setValues([[value]]);
		const refusal = refusedEntry(this.fakes.spreadsheet, sheet, row, column);
		if (refusal === undefined) return;
		// Sheets keeps what the cell held and says why.
		if (kept) sheet.cells.set(key, kept);
		else sheet.cells.delete(key);
		throw new RequestError(400, refusal);
	}

	/** A person clicking a tab or a cell: the active sheet and range the add-in reads (KPI alerts on a selection). */
	select(body: unknown): void {
		const { sheet: id, row, column } = parse(selectSchema, body);
		const sheet = this.sheet(id);
		const spreadsheet = this.fakes.spreadsheet;
		spreadsheet.active = sheet;
		spreadsheet.activeRange =
			row !== undefined && column !== undefined
				? sheet.rangeOf([
						Math.min(row, sheet.maxRows),
						Math.min(column, sheet.maxColumns),
					])
				: undefined;
	}

	read(): WorkbookView {
		this.computed ??= computeTabs(this.fakes.spreadsheet);
		return workbookView(this.fakes.spreadsheet, this.computed);
	}

	private sheet(id: number): FakeSheet {
		const sheet = this.fakes.spreadsheet.sheets.find((s) => s.id === id);
		if (!sheet) throw new RequestError(404, "That tab no longer exists.");
		return sheet;
	}
}
