// The sidebar's server calls: strict input checks with plain messages, then the work, against the fake spreadsheet.

import { beforeEach, describe, expect, it } from "vitest";
import type { GenerateRequest, PreviewRequest } from "../../src/api";
import { buildPlan } from "../../src/plan/build-plan";
import { tabsOf } from "../../src/plan/catalogue";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type {
	Language,
	Plan,
	PlanKind,
	Tab,
	TabKey,
} from "../../src/plan/types";
import {
	addSheet,
	addUserRule,
	select,
	sheetNamed,
	sheetNames,
	type,
} from "../../src/preview/fakes/person";
import { type Fakes, install } from "../../src/preview/fakes/services";
import { server } from "../../src/server";

let fakes: Fakes;
beforeEach(() => {
	fakes = install();
});

/** What the sidebar does: preview, then build the plan with the preview's names. */
function request(
	kind: PlanKind = "annual",
	language: Language = "en",
	replace: readonly TabKey[] = [],
): GenerateRequest {
	const { names } = server.previewPlan({ kind, language, replace });
	return {
		plan: buildPlan(defaultChoices(kind, language, "2027-01-01"), names),
		replace,
	};
}

const previewRequest: PreviewRequest = {
	kind: "annual",
	language: "en",
	replace: [],
};
const choices = defaultChoices("annual", "en", "2027-01-01");
/** For the refusals, which come before the spreadsheet is read: an empty spreadsheet's names. */
const plan = buildPlan(choices, defaultTabNames("en"));
const valid: GenerateRequest = { plan, replace: [] };
const withChoices = (patch: Record<string, unknown>): unknown => ({
	plan: { ...plan, choices: { ...choices, ...patch } },
	replace: [],
});
/** The plan with its first tab (Overview) changed. */
const withTab = (patch: (tab: Tab) => Record<string, unknown>): unknown => ({
	plan: {
		...plan,
		tabs: plan.tabs.map((tab, i) =>
			i === 0 ? { ...tab, ...patch(tab) } : tab,
		),
	},
	replace: [],
});
const withCell = (cell: unknown): unknown =>
	withTab((tab) => ({
		cells: tab.cells.map((row, r) =>
			r === 0 ? row.map((c, i) => (i === 0 ? cell : c)) : row,
		),
	}));
const stage = (patch: Record<string, unknown>, index = 1): unknown =>
	withChoices({
		stages: choices.stages.map((s, i) =>
			i === index ? { ...s, ...patch } : s,
		),
	});
const call = (name: keyof typeof server, request: unknown) => () =>
	(server[name] as (r: unknown) => unknown)(request);

describe("every call rejects a bad payload with a message that says what and where", () => {
	it.each([
		{
			case: "no request at all",
			preview: undefined,
			generate: undefined,
			message: "request: is missing",
		},
		{
			case: "a string instead of an object",
			preview: "annual",
			generate: "annual",
			message: "request: must be an object",
		},
		{
			case: "an extra key",
			preview: { ...previewRequest, admin: true },
			generate: { ...valid, admin: true },
			message: 'request: unexpected field "admin"',
		},
		{
			case: "an unknown tab to replace",
			preview: { ...previewRequest, replace: ["everything"] },
			generate: { plan, replace: ["everything"] },
			message: "replace[0]: must be one of: overview",
		},
		{
			case: "a huge replace list",
			preview: {
				...previewRequest,
				replace: Array.from({ length: 5000 }, () => "pipeline"),
			},
			generate: {
				plan,
				replace: Array.from({ length: 5000 }, () => "pipeline"),
			},
			message: "replace: must have at most 12 tabs",
		},
	])(
		"previewPlan and generatePlan refuse $case",
		({ preview, generate, message }) => {
			expect(call("previewPlan", preview)).toThrow(message);
			expect(call("previewPlan", preview)).toThrow(/^Invalid request: /);
			expect(call("generatePlan", generate)).toThrow(message);
			expect(call("generatePlan", generate)).toThrow(/^Invalid request: /);
			expect(sheetNames(fakes.spreadsheet)).toEqual(["Sheet1"]);
		},
	);

	it.each([
		{
			case: "no kind",
			request: { language: "en", replace: [] },
			message: "kind: is missing",
		},
		{
			case: "an unknown plan kind",
			request: { ...previewRequest, kind: "weekly" },
			message: "kind: must be one of: annual, quarterly, 30-60-90, 90-day",
		},
		{
			case: "an unknown language",
			request: { ...previewRequest, language: "de" },
			message: "language: must be one of: fr, en",
		},
		{
			case: "the former request, with choices",
			request: { choices, replace: [] },
			message: 'request: unexpected field "choices"',
		},
	])("previewPlan refuses $case", ({ request, message }) => {
		expect(call("previewPlan", request)).toThrow(message);
		expect(call("previewPlan", request)).toThrow(/^Invalid request: /);
	});

	it.each([
		{
			case: "no plan",
			request: { replace: [] },
			message: "plan: is missing",
		},
		{
			case: "the former request, with choices instead of a plan",
			request: { choices, replace: [] },
			message: 'request: unexpected field "choices"',
		},
		{
			case: "a plan without tabs",
			request: { plan: { choices, tabs: [] }, replace: [] },
			message: "plan.tabs: must have a tab",
		},
		{
			case: "an extra key in the plan",
			request: { plan: { ...plan, owner: "me" }, replace: [] },
			message: 'plan: unexpected field "owner"',
		},
		{
			case: "an extra key in the choices",
			request: withChoices({ colour: "red" }),
			message: 'choices: unexpected field "colour"',
		},
		{
			case: "an unknown plan kind",
			request: withChoices({ kind: "weekly" }),
			message:
				"plan.choices.kind: must be one of: annual, quarterly, 30-60-90, 90-day",
		},
		{
			case: "an unknown language",
			request: withChoices({ language: "de" }),
			message: "plan.choices.language: must be one of: fr, en",
		},
		{
			case: "a day that does not exist",
			request: withChoices({ start: "2027-02-30" }),
			message: "plan.choices.start: is not a real date",
		},
		{
			case: "a date in another format",
			request: withChoices({ start: "01/02/2027" }),
			message: "plan.choices.start: must be a date written like 2027-01-01",
		},
		{
			case: "a date object turned into text",
			request: withChoices({ start: "2027-01-01T00:00:00.000Z" }),
			message: "plan.choices.start: must be a date written like",
		},
		{
			case: "a far-off year",
			request: withChoices({ start: "1999-12-01" }),
			message: "plan.choices.start: must be between 2000 and 2100",
		},
		{
			case: "a lower-case currency",
			request: withChoices({ currency: "eur" }),
			message: "plan.choices.currency: must be a 3-letter currency code",
		},
		{
			case: "a probability of 150%",
			request: stage({ probability: 1.5 }, 2),
			message: "plan.choices.stages[2].probability: must be between 0 and 1",
		},
		{
			case: "a negative conversion rate",
			request: stage({ conversionRate: -0.1 }),
			message: "plan.choices.stages[1].conversionRate: must be between 0 and 1",
		},
		{
			case: "a probability sent as text",
			request: stage({ probability: "0.5" }),
			message: "plan.choices.stages[1].probability: must be a number",
		},
		{
			case: "a probability that is not a number",
			request: stage({ probability: Number.NaN }),
			message: "plan.choices.stages[1].probability: must be a number",
		},
		{
			case: "an empty stage name",
			request: stage({ name: "   " }),
			message: "plan.choices.stages[1].name: must not be empty",
		},
		{
			case: "a stage name that is a formula",
			request: stage({ name: '=IMPORTXML("http://x","//a")' }),
			message: 'plan.choices.stages[1].name: must not start with "=" or "+"',
		},
		{
			case: "a 61-character stage name",
			request: stage({ name: "x".repeat(61) }),
			message: "plan.choices.stages[1].name: must be at most 60 characters",
		},
		{
			case: "an extra key in a stage",
			request: stage({ weight: 2 }),
			message: 'plan.choices.stages[1]: unexpected field "weight"',
		},
		{
			case: "a single stage",
			request: withChoices({ stages: choices.stages.slice(0, 1) }),
			message: "plan.choices.stages: must have at least 2 stages",
		},
		{
			case: "13 stages",
			request: withChoices({
				stages: Array.from({ length: 13 }, (_, i) => ({
					name: `S${i}`,
					probability: 0.5,
					conversionRate: 0.5,
				})),
			}),
			message: "plan.choices.stages: must have at most 12 stages",
		},
		{
			case: "two stages with the same name",
			request: stage({ name: "lead" }),
			message: "plan.choices.stages: must have different names",
		},
		{
			case: "two stages whose names differ by the spaces inside",
			request: stage({ name: "Qualified  MEETING" }, 3),
			message: "plan.choices.stages: must have different names",
		},
		{
			case: "no role",
			request: withChoices({ roles: [] }),
			message: "plan.choices.roles: must name at least 1 role",
		},
		{
			case: "21 roles",
			request: withChoices({
				roles: Array.from({ length: 21 }, (_, i) => `Role ${i}`),
			}),
			message: "plan.choices.roles: must have at most 20 roles",
		},
		{
			case: "a 10,000-character role",
			request: withChoices({ roles: ["x".repeat(10_000)] }),
			message: "plan.choices.roles[0]: must be at most 60 characters",
		},
		{
			case: "examples as text",
			request: withChoices({ examples: "yes" }),
			message: "plan.choices.examples: must be true or false",
		},
		{
			case: "a cell of 6000 characters",
			request: withCell("x".repeat(6000)),
			message: "plan.tabs[0].cells[0][0]: must be at most 5000 characters",
		},
		{
			case: "a formula object with an extra key",
			request: withCell({ formula: "=1+1", note: "x" }),
			message: 'plan.tabs[0].cells[0][0]: unexpected field "note"',
		},
		{
			case: "a formula of 2001 characters",
			request: withCell({ formula: `=${"1+".repeat(1000)}1` }),
			message:
				"plan.tabs[0].cells[0][0].formula: must be at most 2000 characters",
		},
		{
			case: "a date object",
			request: withCell({ date: "2027-01-01" }),
			message: "plan.tabs[0].cells[0][0]: must be a value or { formula }",
		},
		{
			case: "1001 rows",
			request: withTab(() => ({
				cells: Array.from({ length: 1001 }, () => ["x"]),
			})),
			message: "plan.tabs[0].cells: must have at most 1000 items",
		},
		{
			case: "27 columns",
			request: withTab(() => ({ cells: [Array(27).fill("x")] })),
			message: "plan.tabs[0].cells[0]: must have at most 26 items",
		},
		{
			case: "an area outside 26 columns",
			request: withTab(() => ({
				formats: [
					{
						area: { row: 0, column: 20, rows: 1, columns: 10 },
						pattern: "0%",
					},
				],
			})),
			message:
				"plan.tabs[0].formats[0].area: must fit in 1000 rows and 26 columns",
		},
		{
			case: "an area below row 1000",
			request: withTab(() => ({
				protectedAreas: [{ row: 990, column: 0, rows: 20, columns: 1 }],
			})),
			message:
				"plan.tabs[0].protectedAreas[0]: must fit in 1000 rows and 26 columns",
		},
		{
			case: "an unknown key in a tab",
			request: withTab(() => ({ script: "alert(1)" })),
			message: 'plan.tabs[0]: unexpected field "script"',
		},
		{
			case: "an unknown tab key",
			request: withTab(() => ({ key: "macros" })),
			message: "plan.tabs[0].key: must be one of: overview",
		},
		{
			case: "an empty tab name",
			request: withTab(() => ({ name: "" })),
			message: "plan.tabs[0].name: must not be empty",
		},
	])("generatePlan refuses $case", ({ request, message }) => {
		expect(call("generatePlan", request)).toThrow(message);
		expect(call("generatePlan", request)).toThrow(/^Invalid request: /);
		expect(sheetNames(fakes.spreadsheet)).toEqual(["Sheet1"]);
	});

	it("generatePlan refuses a tab that is not in the plan kind, or missing, or out of order", () => {
		const ninety = request("90-day");
		const pipeline = request("annual").plan.tabs.find(
			(tab) => tab.key === "pipeline",
		);
		if (!pipeline) throw new Error("no pipeline tab");
		const wrong: Plan[] = [
			{ ...ninety.plan, tabs: [...ninety.plan.tabs, pipeline] },
			{ ...ninety.plan, tabs: ninety.plan.tabs.slice(1) },
			{ ...ninety.plan, tabs: [...ninety.plan.tabs].reverse() },
		];
		for (const plan of wrong) {
			expect(() => server.generatePlan({ plan, replace: [] })).toThrow(
				"Invalid request: plan.tabs must be overview, actions, kpis, channels, budget, settings for the 90-day plan.",
			);
		}
		expect(sheetNames(fakes.spreadsheet)).toEqual(["Sheet1"]);
		expect(fakes.lock.held).toBe(false);
	});

	it("generatePlan refuses a plan whose tab names no longer match the spreadsheet", () => {
		const built = request("quarterly", "en");
		// A teammate starts a "Funnel" tab of their own between the preview and the click.
		type(addSheet(fakes.spreadsheet, "Funnel"), "A1", "Our funnel");
		expect(() => server.generatePlan(built)).toThrow(
			'The spreadsheet changed since the preview (the funnel tab would now be "Funnel (2)", not "Funnel"). Preview again, then create the plan.',
		);
		expect(sheetNames(fakes.spreadsheet)).toEqual(["Sheet1", "Funnel"]);
		expect(fakes.lock.held).toBe(false);
		// Previewing again gives the name the plan must use, and then it goes through.
		const again = request("quarterly", "en");
		expect(again.plan.tabs.find((tab) => tab.key === "funnel")?.name).toBe(
			"Funnel (2)",
		);
		expect(server.generatePlan(again).tabs.map((tab) => tab.name)).toContain(
			"Funnel (2)",
		);
	});

	it("generatePlan refuses a renamed tab too", () => {
		const built = request("90-day", "fr");
		const renamed = {
			...built.plan,
			tabs: built.plan.tabs.map((tab) =>
				tab.key === "kpis" ? { ...tab, name: "Mes KPI" } : tab,
			),
		};
		expect(() => server.generatePlan({ plan: renamed, replace: [] })).toThrow(
			"Le classeur a changé depuis l'aperçu (l'onglet « Mes KPI » s'appellerait maintenant « KPI »).",
		);
		expect(sheetNames(fakes.spreadsheet)).toEqual(["Sheet1"]);
	});

	it.each([
		{
			case: "an unknown target",
			request: { target: "all" },
			message: "target: must be one of: kpis, selection",
		},
		{
			case: "a column given as a number",
			request: {
				target: "selection",
				columns: {
					actual: 3,
					target: "D",
					threshold: "E",
					direction: "higher",
				},
			},
			message: "columns.actual: must be a column letter such as C",
		},
		{
			case: "a column given as a cell",
			request: {
				target: "selection",
				columns: {
					actual: "C3",
					target: "D",
					threshold: "E",
					direction: "higher",
				},
			},
			message: "columns.actual: must be a column letter such as C",
		},
		{
			case: "an unknown direction",
			request: {
				target: "selection",
				columns: { actual: "C", target: "D", threshold: "E", direction: "up" },
			},
			message:
				'columns.direction: must be "higher", "lower" or { column: "E" }',
		},
		{
			case: "an extra key",
			request: { target: "kpis", sheet: "KPIs" },
			message: 'request: unexpected field "sheet"',
		},
		{
			case: "an unknown language",
			request: { target: "kpis", language: "de" },
			message: "language: must be one of: fr, en",
		},
	])("applyKpiAlerts refuses $case", ({ request, message }) => {
		expect(call("applyKpiAlerts", request)).toThrow(message);
	});

	it.each([
		{
			case: "an id as text",
			request: { sheetId: "0" },
			message: "sheetId: must be a whole number",
		},
		{
			case: "a fractional id",
			request: { sheetId: 1.5 },
			message: "sheetId: must be a whole number",
		},
		{
			case: "a negative id",
			request: { sheetId: -1 },
			message: "sheetId: must be 0 or more",
		},
		{
			case: "an extra key",
			request: { sheetId: 0, name: "x" },
			message: 'request: unexpected field "name"',
		},
		{
			case: "an unknown language",
			request: { sheetId: 0, language: "de" },
			message: "language: must be one of: fr, en",
		},
	])("openTab refuses $case", ({ request, message }) => {
		expect(call("openTab", request)).toThrow(message);
	});

	it("getSidebarContext refuses an argument", () => {
		expect(call("getSidebarContext", { language: "fr" })).toThrow(
			"Invalid request: this call takes no argument.",
		);
	});
});

describe("valid payloads", () => {
	it("accepts HTML in a name as plain text", () => {
		const { names } = server.previewPlan(previewRequest);
		const html = "<b>Demo</b> & <i>trial</i>";
		const plan = buildPlan(
			{
				...choices,
				stages: choices.stages.map((s, i) =>
					i === 1 ? { ...s, name: html } : s,
				),
			},
			names,
		);
		server.generatePlan({ plan, replace: [] });
		const settings = sheetNamed(fakes.spreadsheet, "Settings");
		expect(
			[...(settings?.cells.values() ?? [])].map((cell) => cell.value),
		).toContain(html);
	});

	it("previews every tab of the kind, and the names of all twelve", () => {
		for (const kind of ["annual", "quarterly", "30-60-90", "90-day"] as const) {
			const preview = server.previewPlan({ kind, language: "fr", replace: [] });
			expect(preview.tabs.map((tab) => tab.key)).toEqual(tabsOf(kind));
			expect(preview.names).toEqual(defaultTabNames("fr"));
		}
	});

	it.each([
		{ locale: "fr_FR", language: "fr", currency: "EUR" },
		{ locale: "fr_CA", language: "fr", currency: "CAD" },
		{ locale: "en_US", language: "en", currency: "USD" },
		{ locale: "en_GB", language: "en", currency: "GBP" },
		{ locale: "de_DE", language: "en", currency: "EUR" },
	])(
		"speaks $language and counts in $currency for a $locale spreadsheet",
		({ locale, language, currency }) => {
			fakes.spreadsheet.locale = locale;
			const context = server.getSidebarContext();
			expect(Object.keys(context).sort()).toEqual([
				"currency",
				"language",
				"start",
			]);
			expect(context).toMatchObject({ language, currency });
			expect(context.start).toMatch(/^\d{4}-\d{2}-01$/);
		},
	);

	it("previews without writing anything", () => {
		type(addSheet(fakes.spreadsheet, "Pipeline"), "A1", "My deals");
		addSheet(fakes.spreadsheet, "Funnel");
		fakes.calls.reset();
		const { tabs, names } = server.previewPlan(previewRequest);
		expect(tabs.find((t) => t.key === "pipeline")).toEqual({
			key: "pipeline",
			name: "Pipeline (2)",
			action: "rename",
			existing: "Pipeline",
		});
		expect(tabs.find((t) => t.key === "funnel")).toEqual({
			key: "funnel",
			name: "Funnel",
			action: "fill",
		});
		expect(tabs.find((t) => t.key === "kpis")).toEqual({
			key: "kpis",
			name: "KPIs",
			action: "create",
		});
		// The names to build the plan with: every tab's, the renamed one included.
		expect(names).toEqual({
			...defaultTabNames("en"),
			pipeline: "Pipeline (2)",
		});
		const writes = [...fakes.calls.byMethod.keys()].filter((m) =>
			/\.(set|insert|delete|clear|protect)/.test(m),
		);
		expect(writes).toEqual([]);
	});

	it("generates the plan once, and a second click keeps every tab", () => {
		const first = server.generatePlan(request());
		expect(first.tabs.map((t) => t.action)).toEqual(Array(12).fill("create"));
		const second = server.generatePlan(request());
		expect(second.tabs.map((t) => t.action)).toEqual(Array(12).fill("keep"));
		expect(second.tabs.map((t) => t.sheetId)).toEqual(
			first.tabs.map((t) => t.sheetId),
		);
		expect(fakes.spreadsheet.sheets).toHaveLength(13);
		expect(fakes.lock.held).toBe(false);
	});

	it("says a teammate is busy when the document lock cannot be had, and writes nothing", () => {
		const built = request();
		fakes.lock.busy = true;
		expect(() => server.generatePlan(built)).toThrow(
			"A teammate is creating or updating the plan in this spreadsheet right now",
		);
		expect(() => server.applyKpiAlerts({ target: "kpis" })).toThrow(
			"A teammate is creating",
		);
		expect(sheetNames(fakes.spreadsheet)).toEqual(["Sheet1"]);
	});

	it("waits up to 30 seconds for a teammate's run to end, then generates", () => {
		const built = request();
		fakes.lock.heldElsewhereMs = 20_000;
		expect(server.generatePlan(built).tabs).toHaveLength(12);
		expect(fakes.lock.waitedMs).toBe(20_000);
		fakes.lock.heldElsewhereMs = 31_000;
		expect(() => server.generatePlan(request())).toThrow("A teammate is");
	});

	it("sends every write before it releases the lock, so a teammate's run never starts on half-written tabs", () => {
		server.generatePlan(request());
		server.applyKpiAlerts({ target: "kpis" });
		expect(fakes.lock.releasedWithPendingWrites).toBe(0);
		expect(fakes.calls.byMethod.get("SpreadsheetApp.flush")).toBe(2);
	});

	it("releases the lock when generation fails, its undo sent first", () => {
		const built = request();
		fakes.calls.failAt(30);
		expect(() => server.generatePlan(built)).toThrow(
			/^The plan could not be created: /,
		);
		expect(fakes.lock.held).toBe(false);
		expect(fakes.lock.releasedWithPendingWrites).toBe(0);
		expect(sheetNames(fakes.spreadsheet)).toEqual(["Sheet1"]);
	});

	it("opens a tab by id, and says so plainly when it is gone", () => {
		const { tabs } = server.generatePlan(request());
		const funnel = tabs.find((t) => t.key === "funnel");
		server.openTab({ sheetId: funnel?.sheetId ?? -1 });
		expect(fakes.spreadsheet.active?.name).toBe("Funnel");
		expect(() => server.openTab({ sheetId: 4242 })).toThrow(
			"That tab no longer exists",
		);
	});
});

/** A KPI table at A3:E6, header included, with B4 selected. */
function kpiTable() {
	const sheet = addSheet(fakes.spreadsheet, "My KPIs");
	const rows = [
		["KPI", "Actual", "Target", "Threshold", "Direction"],
		["Revenue", 80, 100, 90, "higher"],
		["Churn", 3, 2, 4, "lower"],
		["Meetings", 40, 30, 20, "higher"],
	];
	rows.forEach((row, r) => {
		row.forEach((value, c) => {
			type(sheet, `${"ABCDE"[c]}${r + 3}`, value);
		});
	});
	select(fakes.spreadsheet, sheet, "B4");
	return sheet;
}
const columns = {
	actual: "B",
	target: "C",
	threshold: "D",
	direction: { column: "E" },
};

describe("KPI alerts", () => {
	it("colours the table around the selection, below its header, and keeps the person's own rules", () => {
		const sheet = kpiTable();
		const own = addUserRule(sheet, '=$A4="Churn"', "A4:A6");
		const result = server.applyKpiAlerts({ target: "selection", columns });
		expect(result).toEqual({ sheetName: "My KPIs", range: "A4:E6", rules: 3 });
		expect(sheet.rules[0]).toBe(own);
		expect(
			sheet.rules.slice(1).map((r) => [r.a1.join(), r.background]),
		).toEqual([
			["A4:E6", "#f4c7c3"],
			["A4:E6", "#fce8b2"],
			["A4:E6", "#b7e1cd"],
		]);
	});

	it.each(["My KPIs", "KPI's 2027", "Ventes!Q1"])(
		"writes rules on a selected table of %s that refer to that sheet only, as Sheets requires",
		(name) => {
			const sheet = kpiTable();
			sheet.name = name;
			server.applyKpiAlerts({ target: "selection", columns });
			expect(sheet.rules).toHaveLength(3);
			for (const rule of sheet.rules) {
				expect(rule.formula.startsWith("=")).toBe(true);
				expect(rule.formula).not.toMatch(/!|INDIRECT/i);
			}
		},
	);

	it("reads the table and the sheet before it writes the rules, never after", () => {
		kpiTable();
		fakes.calls.reset();
		server.applyKpiAlerts({ target: "selection", columns });
		expect(fakes.calls.readsAfterWritesMethods).toEqual([]);
	});

	it("replaces its own alerts when applied again, rather than stacking them", () => {
		const sheet = kpiTable();
		server.applyKpiAlerts({ target: "selection", columns });
		server.applyKpiAlerts({
			target: "selection",
			columns: { ...columns, direction: "higher" },
		});
		expect(sheet.rules).toHaveLength(3);
		expect(sheet.rules.every((r) => !r.formula.includes("$E"))).toBe(true);
	});

	it("says plainly when a column is outside the table", () => {
		kpiTable();
		expect(() =>
			server.applyKpiAlerts({
				target: "selection",
				columns: { ...columns, actual: "H" },
			}),
		).toThrow(
			"The actual column H is outside the table, which spans columns A to E.",
		);
	});

	it("asks for the columns of a selected table", () => {
		kpiTable();
		expect(() => server.applyKpiAlerts({ target: "selection" })).toThrow(
			"Say which columns hold the actual value",
		);
	});

	it("asks to generate the plan first when there is no KPI tab", () => {
		expect(() => server.applyKpiAlerts({ target: "kpis" })).toThrow(
			"There is no KPI tab from this add-in here yet",
		);
	});

	it("refreshes the KPI tab's alerts down to the last row the team filled in", () => {
		server.generatePlan(request());
		const kpis = sheetNamed(fakes.spreadsheet, "KPIs");
		if (!kpis) throw new Error("no KPI tab");
		const before = kpis.rules.map((r) => r.formula);
		expect(before.length).toBeGreaterThan(0);
		type(kpis, "A200", "Late extra KPI");
		const result = server.applyKpiAlerts({ target: "kpis" });
		expect(result.sheetName).toBe("KPIs");
		expect(kpis.rules.map((r) => r.formula)).toEqual(before);
		expect(
			kpis.rules.every((r) =>
				r.ranges.every((range) => range.row + range.rows - 1 >= 200),
			),
		).toBe(true);
	});
});

describe("the server's own refusals, in the language of the request", () => {
	const { funnel } = defaultTabNames("fr");
	/** Where each refusal comes from, and what it says in each language. */
	const refusals: {
		refusal: string;
		act: (language: Language) => unknown;
		fr: string;
		en: string;
	}[] = [
		{
			refusal: "a teammate holds the lock while the plan is generated",
			act: (language) => {
				const built = request("annual", language);
				fakes.lock.busy = true;
				return server.generatePlan(built);
			},
			fr: "Un collègue crée ou met à jour le plan dans ce classeur en ce moment. Patientez un instant, puis réessayez.",
			en: "A teammate is creating or updating the plan in this spreadsheet right now. Wait a moment, then try again.",
		},
		{
			refusal: "a teammate holds the lock while alerts are applied",
			act: (language) => {
				fakes.lock.busy = true;
				return server.applyKpiAlerts({ target: "kpis", language });
			},
			fr: "Un collègue crée ou met à jour le plan dans ce classeur en ce moment. Patientez un instant, puis réessayez.",
			en: "A teammate is creating or updating the plan in this spreadsheet right now. Wait a moment, then try again.",
		},
		{
			refusal: "the spreadsheet has no lock to give",
			act: (language) => {
				Object.assign(globalThis, {
					LockService: { getDocumentLock: () => null },
				});
				return server.applyKpiAlerts({ target: "kpis", language });
			},
			fr: "Ce classeur ne peut pas être verrouillé pour le moment : rechargez-le et réessayez.",
			en: "This spreadsheet cannot be locked right now: reload it and try again.",
		},
		{
			refusal: "the spreadsheet changed since the preview",
			act: (language) => {
				const built = request("quarterly", language);
				const name = language === "fr" ? funnel : "Funnel";
				type(addSheet(fakes.spreadsheet, name), "A1", "Our funnel");
				return server.generatePlan(built);
			},
			fr: `Le classeur a changé depuis l'aperçu (l'onglet « ${funnel} » s'appellerait maintenant « ${funnel} (2) »). Refaites l'aperçu, puis créez le plan.`,
			en: 'The spreadsheet changed since the preview (the funnel tab would now be "Funnel (2)", not "Funnel"). Preview again, then create the plan.',
		},
		{
			refusal: "the plan fails midway and is rolled back",
			act: (language) => {
				const built = request("annual", language);
				fakes.calls.failAt(30, "Service Spreadsheets failed");
				return server.generatePlan(built);
			},
			fr: "Le plan n'a pas pu être créé : Service Spreadsheets failed. Les onglets ajoutés par cette tentative ont été supprimés ; vos propres onglets n'ont pas été modifiés.",
			en: "The plan could not be created: Service Spreadsheets failed. The tabs this attempt had added were removed; your own tabs were not changed.",
		},
		{
			refusal: "there is no KPI tab yet",
			act: (language) => server.applyKpiAlerts({ target: "kpis", language }),
			fr: "Ce classeur n'a pas encore d'onglet d'indicateurs créé par ce module : créez d'abord le plan, ou sélectionnez un tableau et choisissez « Le tableau sélectionné ».",
			en: "There is no KPI tab from this add-in here yet: generate the plan first, or select a table and choose the selection.",
		},
		{
			refusal: "nothing is selected",
			act: (language) =>
				server.applyKpiAlerts({ target: "selection", columns, language }),
			fr: "Sélectionnez d'abord une cellule du tableau des indicateurs.",
			en: "Select a cell inside the KPI table first.",
		},
		{
			refusal: "the selected table has a header only",
			act: (language) => {
				const sheet = addSheet(fakes.spreadsheet, "My KPIs");
				type(sheet, "A1", "KPI");
				type(sheet, "B1", "Actual");
				select(fakes.spreadsheet, sheet, "A1");
				return server.applyKpiAlerts({
					target: "selection",
					columns,
					language,
				});
			},
			fr: "Le tableau a un en-tête mais pas encore de lignes : ajoutez d'abord les indicateurs.",
			en: "The table has a header but no rows yet: add the KPIs first.",
		},
		{
			refusal: "the columns of a selected table are not given",
			act: (language) => {
				kpiTable();
				return server.applyKpiAlerts({ target: "selection", language });
			},
			fr: "Indiquez les colonnes du réalisé, de l'objectif et du seuil d'alerte.",
			en: "Say which columns hold the actual value, the target and the alert threshold.",
		},
		{
			refusal: "a column is outside the table",
			act: (language) => {
				kpiTable();
				return server.applyKpiAlerts({
					target: "selection",
					columns: { ...columns, threshold: "h" },
					language,
				});
			},
			fr: "La colonne du seuil, H, est en dehors du tableau, qui va de la colonne A à la colonne E.",
			en: "The threshold column H is outside the table, which spans columns A to E.",
		},
		{
			refusal: "the tab to open is gone",
			act: (language) => server.openTab({ sheetId: 4242, language }),
			fr: "Cet onglet n'existe plus : il a peut-être été supprimé, ou le plan a été créé à nouveau.",
			en: "That tab no longer exists: it may have been deleted or the plan generated again.",
		},
	];

	it.each(
		refusals.flatMap((refusal) =>
			(["fr", "en"] as const).map((language) => ({
				...refusal,
				language,
				said: refusal[language],
			})),
		),
	)("$refusal: said in $language", ({ act, language, said }) => {
		expect(() => act(language)).toThrow(said);
	});

	it("alerts and links to tabs answer in English when the request names no language", () => {
		expect(() => server.applyKpiAlerts({ target: "kpis" })).toThrow(
			/^There is no KPI tab/,
		);
		expect(() => server.openTab({ sheetId: 4242 })).toThrow(
			/^That tab no longer exists/,
		);
	});

	it("opens a tab whatever the language of the request", () => {
		const { tabs } = server.generatePlan(request("annual", "fr"));
		const funnel = tabs.find((t) => t.key === "funnel");
		server.openTab({ sheetId: funnel?.sheetId ?? -1, language: "fr" });
		expect(fakes.spreadsheet.active?.name).toBe(funnel?.name);
	});
});
