// Strict input schemas for every sidebar call (anyone can call them from a browser console), with plain-words errors.

import * as z from "zod/mini";
import {
	type AlertsRequest,
	type CheckRequest,
	type GenerateRequest,
	type ImportDealsRequest,
	type OpenTabRequest,
	type PipelineField,
	type PipelineIdsRequest,
	type PreviewRequest,
	pipelineFields,
	type SelectCellRequest,
} from "../api";
import { nameKey } from "../functions/sheets-input";
import { allTabs, planKinds } from "../plan/catalogue";
import { isCalendarDate } from "../plan/dates";
import { choiceLimits } from "../plan/limits";
import type { PlanKind, TabKey } from "../plan/types";

const NAME_MAX = choiceLimits.nameLength;
/** Sheets refuses a tab name longer than this. */
const SHEET_NAME_MAX = 100;

// zod/mini pulls each kind of check it is asked for into Code.js, which Apps Script evaluates on every
// custom-function call: plain refinements share one mechanism and keep about 4 KB out.
const maxLength = <T extends { length: number }>(
	max: number,
	message = `must be at most ${max} long`,
) => z.refine<T>((value) => value.length <= max, message);
const minLength = <T extends { length: number }>(
	min: number,
	message: string,
) => z.refine<T>((value) => value.length >= min, message);
const gte = (min: number, message: string) =>
	z.refine<number>((value) => value >= min, message);
const lte = (max: number, message: string) =>
	z.refine<number>((value) => value <= max, message);
const matches = (pattern: RegExp, message: string) =>
	z.refine<string>((value) => pattern.test(value), message);
const int = (message: string) =>
	z.number(message).check(z.refine(Number.isInteger, message));

function text(max: number) {
	return z.string("must be text").check(
		maxLength(max, `must be at most ${max} characters`),
		z.refine((value) => value.trim().length > 0, "must not be empty"),
		// setValues turns a leading "=" into a formula: a name must stay a name.
		z.refine(
			(value) => !/^\s*[=+]/.test(value),
			'must not start with "=" or "+"',
		),
	);
}

function fraction() {
	return z
		.number("must be a number")
		.check(
			gte(0, "must be between 0 and 1"),
			lte(1, "must be between 0 and 1"),
		);
}

function isoDate() {
	return z.string("must be a date written like 2027-01-01").check(
		matches(/^\d{4}-\d{2}-\d{2}$/, "must be a date written like 2027-01-01"),
		z.refine(isCalendarDate, "is not a real date"),
		z.refine(
			(iso) => iso >= choiceLimits.firstDay && iso <= choiceLimits.lastDay,
			`must be between ${choiceLimits.firstDay.slice(0, 4)} and ${choiceLimits.lastDay.slice(0, 4)}`,
		),
	);
}

/** What a sheet just inserted holds; the writer relies on a plan fitting in it. */
const MAX_ROWS = 1000;
const MAX_COLUMNS = 26;

function whole(min: number, max: number) {
	return int("must be a whole number").check(
		gte(min, `must be between ${min} and ${max}`),
		lte(max, `must be between ${min} and ${max}`),
	);
}

function listOf<T extends z.ZodMiniType>(item: T, max: number) {
	return z
		.array(item, "must be a list")
		.check(maxLength(max, `must have at most ${max} items`));
}

/** The plan the sidebar built: bounded in every dimension, and every area inside the sheet. */
function planSchema<Choices extends z.ZodMiniType, Key extends z.ZodMiniType>(
	choices: Choices,
	tabKey: Key,
) {
	const area = z
		.strictObject(
			{
				row: whole(0, MAX_ROWS - 1),
				column: whole(0, MAX_COLUMNS - 1),
				rows: whole(1, MAX_ROWS),
				columns: whole(1, MAX_COLUMNS),
			},
			"must be an area",
		)
		.check(
			z.refine(
				(a) =>
					a.row + a.rows <= MAX_ROWS && a.column + a.columns <= MAX_COLUMNS,
				`must fit in ${MAX_ROWS} rows and ${MAX_COLUMNS} columns`,
			),
		);
	const formula = z
		.string("must be text")
		.check(maxLength(2000, "must be at most 2000 characters"));
	const cell = z.union(
		[
			z.null(),
			z.boolean(),
			z.number().check(z.refine(Number.isFinite, "must be a finite number")),
			z.string().check(maxLength(5000, "must be at most 5000 characters")),
			// A formula's known result (file exports use it) may come along; the writer writes the formula.
			z.strictObject({
				formula,
				figures: z.optional(
					z.array(
						z.array(
							z
								.number()
								.check(z.refine(Number.isFinite, "must be a finite number")),
						),
					),
				),
				value: z.optional(
					z.union([
						z
							.number()
							.check(z.refine(Number.isFinite, "must be a finite number")),
						z
							.string()
							.check(maxLength(5000, "must be at most 5000 characters")),
					]),
				),
			}),
		],
		"must be a value or { formula }",
	);
	const validation = z.union(
		[
			z.strictObject({
				area,
				kind: z.literal("list"),
				values: listOf(z.string().check(maxLength(100)), 50),
			}),
			z.strictObject({
				area,
				kind: z.literal("range"),
				tab: tabKey,
				source: area,
			}),
			z.strictObject({ area, kind: z.literal("date") }),
			z.strictObject({ area, kind: z.literal("percent") }),
			z.strictObject({ area, kind: z.literal("number"), minimum: z.number() }),
			z.strictObject({ area, kind: z.literal("unique") }),
		],
		"must be a validation",
	);
	const chart = z.strictObject(
		{
			key: z.string().check(maxLength(100)),
			kind: z.enum(["column", "bar", "line", "combo"]),
			title: z.string().check(maxLength(200)),
			axes: z.strictObject({
				category: z.string().check(maxLength(200)),
				value: z.string().check(maxLength(200)),
			}),
			categories: area,
			series: listOf(
				z.strictObject({ values: area, line: z.optional(z.boolean()) }),
				10,
			).check(minLength(1, "must have a series")),
			numberFormat: z.string().check(maxLength(100)),
			position: z.strictObject({
				row: whole(0, MAX_ROWS - 1),
				column: whole(0, MAX_COLUMNS - 1),
				width: whole(50, 2000),
				height: whole(50, 2000),
			}),
		},
		"must be a chart",
	);
	const tab = z.strictObject(
		{
			key: tabKey,
			name: z
				.string("must be text")
				.check(minLength(1, "must not be empty"), maxLength(100)),
			cells: listOf(listOf(cell, MAX_COLUMNS), MAX_ROWS),
			frozenRows: whole(0, 20),
			columnWidths: listOf(whole(10, 2000), MAX_COLUMNS),
			boldRows: listOf(whole(0, MAX_ROWS - 1), MAX_ROWS),
			formats: listOf(
				z.strictObject({
					area,
					pattern: z.string().check(maxLength(100)),
				}),
				500,
			),
			validations: listOf(validation, 500),
			rules: listOf(
				z.strictObject({
					area,
					formula,
					color: z.enum(["red", "amber", "green"]),
				}),
				50,
			),
			protectedAreas: listOf(area, 50),
			charts: z.optional(listOf(chart, 10)),
		},
		"must be a tab",
	);
	return z.strictObject(
		{
			choices,
			tabs: listOf(tab, allTabs.length).check(minLength(1, "must have a tab")),
		},
		"must be a plan",
	);
}

const oneOf = (values: readonly string[]): string =>
	`must be one of: ${values.join(", ")}`;

function build() {
	const { stages: stageCount, roles: roleCount } = choiceLimits;
	const kinds = planKinds.map((info) => info.kind) as [PlanKind, ...PlanKind[]];
	const tabKey = z.enum(allTabs as [TabKey, ...TabKey[]], oneOf(allTabs));
	const stage = z.strictObject(
		{
			name: text(NAME_MAX),
			probability: fraction(),
			conversionRate: fraction(),
		},
		"must be a stage",
	);
	const language = z.enum(["fr", "en"], oneOf(["fr", "en"]));
	const choices = z.strictObject(
		{
			kind: z.enum(kinds, oneOf(kinds)),
			language,
			start: isoDate(),
			currency: z
				.string("must be text")
				.check(
					matches(/^[A-Z]{3}$/, "must be a 3-letter currency code such as EUR"),
				),
			stages: z.array(stage, "must be a list of stages").check(
				minLength(
					stageCount.min,
					`must have at least ${stageCount.min} stages`,
				),
				maxLength(stageCount.max, `must have at most ${stageCount.max} stages`),
				z.refine(
					(stages) =>
						new Set(stages.map((s) => nameKey(s.name))).size === stages.length,
					"must have different names",
				),
			),
			roles: z
				.array(text(NAME_MAX), "must be a list of names")
				.check(
					minLength(roleCount.min, `must name at least ${roleCount.min} role`),
					maxLength(roleCount.max, `must have at most ${roleCount.max} roles`),
				),
			examples: z.boolean("must be true or false"),
		},
		"must be an object",
	);
	const replace = z
		.array(tabKey, "must be a list of tabs")
		.check(
			maxLength(allTabs.length, `must have at most ${allTabs.length} tabs`),
		);
	const preview = z.strictObject(
		{
			kind: z.enum(kinds, oneOf(kinds)),
			language,
			replace,
		},
		"must be an object",
	);
	const generate = z.strictObject(
		{ plan: planSchema(choices, tabKey), replace },
		"must be an object",
	);
	const letter = z
		.string("must be a column letter such as C")
		.check(matches(/^[A-Za-z]{1,3}$/, "must be a column letter such as C"));
	const alerts = z.strictObject(
		{
			target: z.enum(["kpis", "selection"], oneOf(["kpis", "selection"])),
			language: z.optional(language),
			columns: z.optional(
				z.strictObject(
					{
						actual: letter,
						target: letter,
						threshold: letter,
						direction: z.union(
							[z.enum(["higher", "lower"]), z.strictObject({ column: letter })],
							'must be "higher", "lower" or { column: "E" }',
						),
					},
					"must be an object",
				),
			),
		},
		"must be an object",
	);
	const openTab = z.strictObject(
		{
			sheetId: int("must be a whole number").check(gte(0, "must be 0 or more")),
			language: z.optional(language),
		},
		"must be an object",
	);
	const check = z.strictObject(
		{ today: isoDate(), language: z.optional(language) },
		"must be an object",
	);
	const selectCell = z.strictObject(
		{
			tab: text(SHEET_NAME_MAX),
			cell: z
				.string("must be a cell such as C7")
				.check(
					matches(/^[A-Z]{1,3}[1-9][0-9]{0,6}$/, "must be a cell such as C7"),
				),
			language: z.optional(language),
		},
		"must be an object",
	);
	const { pipelineIds, importDeals } = importSchemas(language);
	return {
		preview,
		generate,
		alerts,
		openTab,
		check,
		selectCell,
		pipelineIds,
		importDeals,
	};
}

/** Deals per import call: the sidebar sends fewer, sized well under what google.script.run carries. */
export const MAX_DEALS_PER_CALL = 5000;

function importSchemas<LanguageSchema extends z.ZodMiniType>(
	language: LanguageSchema,
) {
	const field = z.enum(
		pipelineFields as unknown as [PipelineField, ...PipelineField[]],
		oneOf(pipelineFields),
	);
	const column = whole(0, MAX_COLUMNS - 1);
	const table = z.strictObject(
		{
			headerRow: whole(0, 50),
			width: whole(1, MAX_COLUMNS),
			columns: z.partialRecord(field, column),
			inputColumns: listOf(column, MAX_COLUMNS),
			formulaColumns: listOf(column, MAX_COLUMNS).check(
				minLength(1, "must have a formula column"),
			),
		},
		"must be the Pipeline table",
	);
	const cell = z.union(
		[
			z.null(),
			z.number().check(z.refine(Number.isFinite, "must be a finite number")),
			z.string().check(maxLength(5000, "must be at most 5000 characters")),
		],
		"must be text, a number or null",
	);
	const deals = listOf(listOf(cell, pipelineFields.length), MAX_DEALS_PER_CALL);
	const stage = z.strictObject(
		{ name: text(NAME_MAX), probability: fraction() },
		"must be a stage",
	);
	const importDeals = z
		.strictObject(
			{
				language: z.optional(language),
				table,
				fields: listOf(field, pipelineFields.length),
				deals,
				stages: z.optional(listOf(stage, 100)),
				stageTable: z.optional(
					z.strictObject({
						row: whole(0, MAX_ROWS - 1),
						column: whole(0, MAX_COLUMNS - 2),
						rows: whole(1, 100),
					}),
				),
				owners: z.optional(listOf(text(NAME_MAX), MAX_DEALS_PER_CALL)),
				teamTable: z.optional(
					z.strictObject({
						row: whole(0, MAX_ROWS - 1),
						column: whole(0, MAX_COLUMNS - 2),
						rows: whole(1, 100),
					}),
				),
			},
			"must be an object",
		)
		.check(
			z.refine(
				(r) => r.deals.every((deal) => deal.length === r.fields.length),
				"deals: each deal must have one cell per field",
			),
			z.refine(
				(r) => !r.stages?.length || r.stageTable !== undefined,
				"stageTable: is missing",
			),
			z.refine(
				(r) => !r.owners?.length || r.teamTable !== undefined,
				"teamTable: is missing",
			),
			z.refine(
				(r) =>
					Object.values(r.table.columns).every(
						(c) => c < r.table.width && !r.table.formulaColumns.includes(c),
					),
				"table.columns: must be input columns of the table",
			),
		);
	const pipelineIds = z.strictObject(
		{ language: z.optional(language), table },
		"must be an object",
	);
	return { importDeals, pipelineIds };
}

type Schemas = ReturnType<typeof build>;
/** What each schema lets through, as zod infers it: test/server/schema-types.test.ts holds it to the API's types. */
export type Parsed = { [Name in keyof Schemas]: z.infer<Schemas[Name]> };

let schemas: Schemas | undefined;
/** Built on first use: nothing runs when Apps Script evaluates the bundle for a custom function. */
const get = (): Schemas => {
	schemas ??= build();
	return schemas;
};

function where(path: readonly PropertyKey[]): string {
	let out = "request";
	for (const key of path)
		out += typeof key === "number" ? `[${key}]` : `.${String(key)}`;
	return out;
}

interface Issue {
	readonly code: string;
	readonly path: readonly PropertyKey[];
	readonly message: string;
	readonly keys?: readonly string[];
	readonly input?: unknown;
}

function describe(issue: Issue): string {
	const at = where(issue.path).replace(/^request\./, "");
	if (issue.code === "unrecognized_keys") {
		const keys = (issue.keys ?? [])
			.slice(0, 5)
			.map((key) => `"${key.slice(0, 40)}"`);
		return `${at}: unexpected field${keys.length > 1 ? "s" : ""} ${keys.join(", ")}`;
	}
	if (issue.input === undefined && issue.code !== "unrecognized_keys")
		return `${at}: is missing`;
	return `${at}: ${issue.message}`;
}

/** Parses or throws an Error listing the first problems, e.g. "choices.stages[2].probability: must be between 0 and 1". */
function parse<T>(schema: z.ZodMiniType<T>, input: unknown): T {
	const result = schema.safeParse(input, { reportInput: true });
	if (result.success) return result.data;
	const issues = result.error.issues as unknown as Issue[];
	const shown = issues.slice(0, 3).map(describe);
	const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
	throw new Error(`Invalid request: ${shown.join("; ")}${more}.`);
}

export const parsePreviewRequest = (input: unknown): PreviewRequest =>
	parse(get().preview, input);
export const parseGenerateRequest = (input: unknown): GenerateRequest =>
	parse(get().generate, input);
export const parseAlertsRequest = (input: unknown): AlertsRequest =>
	parse(get().alerts, input);
export const parseOpenTab = (input: unknown): OpenTabRequest =>
	parse(get().openTab, input);

export const parseImportDeals = (input: unknown): ImportDealsRequest =>
	parse(get().importDeals, input);
export const parsePipelineIds = (input: unknown): PipelineIdsRequest =>
	parse(get().pipelineIds, input);
export const parseCheckRequest = (input: unknown): CheckRequest =>
	parse(get().check, input);
export const parseSelectCell = (input: unknown): SelectCellRequest =>
	parse(get().selectCell, input);

export function parseNoArgument(input: unknown): void {
	if (input !== undefined && input !== null)
		throw new Error("Invalid request: this call takes no argument.");
}
