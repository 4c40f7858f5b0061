// The sidebar's server calls: strict input checks with plain messages, then the work, against the fake spreadsheet.

import { beforeEach, describe, expect, it } from "vitest";
import type { GenerateRequest } from "../../src/api";
import { defaultChoices } from "../../src/plan/defaults";
import { server } from "../../src/server";
import { type Fakes, install } from "../fakes/services";

let fakes: Fakes;
beforeEach(() => {
	fakes = install();
});

const choices = defaultChoices("annual", "en", "2027-01-01");
const valid: GenerateRequest = { choices, replace: [] };
const withChoices = (patch: Record<string, unknown>): unknown => ({
	choices: { ...choices, ...patch },
	replace: [],
});
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
			request: undefined,
			message: "request: is missing",
		},
		{
			case: "a string instead of an object",
			request: "annual",
			message: "request: must be an object",
		},
		{
			case: "no choices",
			request: { replace: [] },
			message: "choices: is missing",
		},
		{
			case: "an extra key",
			request: { ...valid, admin: true },
			message: 'request: unexpected field "admin"',
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
				"choices.kind: must be one of: annual, quarterly, 30-60-90, 90-day",
		},
		{
			case: "an unknown language",
			request: withChoices({ language: "de" }),
			message: "choices.language: must be one of: fr, en",
		},
		{
			case: "a day that does not exist",
			request: withChoices({ start: "2027-02-30" }),
			message: "choices.start: is not a real date",
		},
		{
			case: "a date in another format",
			request: withChoices({ start: "01/02/2027" }),
			message: "choices.start: must be a date written like 2027-01-01",
		},
		{
			case: "a date object turned into text",
			request: withChoices({ start: "2027-01-01T00:00:00.000Z" }),
			message: "choices.start: must be a date written like",
		},
		{
			case: "a far-off year",
			request: withChoices({ start: "1999-12-01" }),
			message: "choices.start: must be between 2000 and 2100",
		},
		{
			case: "a lower-case currency",
			request: withChoices({ currency: "eur" }),
			message: "choices.currency: must be a 3-letter currency code",
		},
		{
			case: "a probability of 150%",
			request: stage({ probability: 1.5 }, 2),
			message: "choices.stages[2].probability: must be between 0 and 1",
		},
		{
			case: "a negative conversion rate",
			request: stage({ conversionRate: -0.1 }),
			message: "choices.stages[1].conversionRate: must be between 0 and 1",
		},
		{
			case: "a probability sent as text",
			request: stage({ probability: "0.5" }),
			message: "choices.stages[1].probability: must be a number",
		},
		{
			case: "a probability that is not a number",
			request: stage({ probability: Number.NaN }),
			message: "choices.stages[1].probability: must be a number",
		},
		{
			case: "an empty stage name",
			request: stage({ name: "   " }),
			message: "choices.stages[1].name: must not be empty",
		},
		{
			case: "a stage name that is a formula",
			request: stage({ name: '=IMPORTXML("http://x","//a")' }),
			message: 'choices.stages[1].name: must not start with "=" or "+"',
		},
		{
			case: "a 61-character stage name",
			request: stage({ name: "x".repeat(61) }),
			message: "choices.stages[1].name: must be at most 60 characters",
		},
		{
			case: "an extra key in a stage",
			request: stage({ weight: 2 }),
			message: 'choices.stages[1]: unexpected field "weight"',
		},
		{
			case: "a single stage",
			request: withChoices({ stages: choices.stages.slice(0, 1) }),
			message: "choices.stages: must have at least 2 stages",
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
			message: "choices.stages: must have at most 12 stages",
		},
		{
			case: "two stages with the same name",
			request: stage({ name: "lead" }),
			message: "choices.stages: must have different names",
		},
		{
			case: "no role",
			request: withChoices({ roles: [] }),
			message: "choices.roles: must name at least 1 role",
		},
		{
			case: "21 roles",
			request: withChoices({
				roles: Array.from({ length: 21 }, (_, i) => `Role ${i}`),
			}),
			message: "choices.roles: must have at most 20 roles",
		},
		{
			case: "a 10,000-character role",
			request: withChoices({ roles: ["x".repeat(10_000)] }),
			message: "choices.roles[0]: must be at most 60 characters",
		},
		{
			case: "examples as text",
			request: withChoices({ examples: "yes" }),
			message: "choices.examples: must be true or false",
		},
		{
			case: "an unknown tab to replace",
			request: { choices, replace: ["everything"] },
			message: "replace[0]: must be one of: overview",
		},
		{
			case: "a huge replace list",
			request: {
				choices,
				replace: Array.from({ length: 5000 }, () => "pipeline"),
			},
			message: "replace: must have at most 12 tabs",
		},
	])("previewPlan and generatePlan refuse $case", ({ request, message }) => {
		for (const name of ["previewPlan", "generatePlan"] as const) {
			expect(call(name, request)).toThrow(message);
			expect(call(name, request)).toThrow(/^Invalid request: /);
		}
		expect(fakes.spreadsheet.names).toEqual(["Sheet1"]);
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
		const preview = server.previewPlan(
			stage({ name: "<b>Demo</b> & <i>trial</i>" }) as GenerateRequest,
		);
		expect(preview).toHaveLength(12);
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
			expect(context).toMatchObject({ language, currency });
			expect(context.start).toMatch(/^\d{4}-\d{2}-01$/);
			expect(context.kinds.map((k) => k.kind)).toEqual([
				"annual",
				"quarterly",
				"30-60-90",
				"90-day",
			]);
			expect(context.defaults.fr.stages.length).toBeGreaterThanOrEqual(2);
		},
	);

	it("previews without writing anything", () => {
		fakes.spreadsheet.addSheet("Pipeline").type("A1", "My deals");
		fakes.spreadsheet.addSheet("Funnel");
		fakes.calls.reset();
		const preview = server.previewPlan(valid);
		expect(preview.find((t) => t.key === "pipeline")).toEqual({
			key: "pipeline",
			name: "Pipeline (2)",
			action: "rename",
			existing: "Pipeline",
		});
		expect(preview.find((t) => t.key === "funnel")).toEqual({
			key: "funnel",
			name: "Funnel",
			action: "fill",
		});
		expect(preview.find((t) => t.key === "kpis")).toEqual({
			key: "kpis",
			name: "KPIs",
			action: "create",
		});
		const writes = [...fakes.calls.byMethod.keys()].filter((m) =>
			/\.(set|insert|delete|clear|protect)/.test(m),
		);
		expect(writes).toEqual([]);
	});

	it("generates the plan once, and a second click keeps every tab", () => {
		const first = server.generatePlan(valid);
		expect(first.tabs.map((t) => t.action)).toEqual(Array(12).fill("create"));
		const second = server.generatePlan(valid);
		expect(second.tabs.map((t) => t.action)).toEqual(Array(12).fill("keep"));
		expect(second.tabs.map((t) => t.sheetId)).toEqual(
			first.tabs.map((t) => t.sheetId),
		);
		expect(fakes.spreadsheet.sheets).toHaveLength(13);
		expect(fakes.lock.held).toBe(false);
	});

	it("says a teammate is busy when the document lock cannot be had, and writes nothing", () => {
		fakes.lock.busy = true;
		expect(() => server.generatePlan(valid)).toThrow(
			"A teammate is creating or updating the plan in this spreadsheet right now",
		);
		expect(() => server.applyKpiAlerts({ target: "kpis" })).toThrow(
			"A teammate is creating",
		);
		expect(fakes.spreadsheet.names).toEqual(["Sheet1"]);
	});

	it("releases the lock when generation fails", () => {
		fakes.calls.failAt(30);
		expect(() => server.generatePlan(valid)).toThrow(
			/^The plan could not be created: /,
		);
		expect(fakes.lock.held).toBe(false);
		expect(fakes.spreadsheet.names).toEqual(["Sheet1"]);
	});

	it("opens a tab by id, and says so plainly when it is gone", () => {
		const { tabs } = server.generatePlan(valid);
		const funnel = tabs.find((t) => t.key === "funnel");
		server.openTab({ sheetId: funnel?.sheetId ?? -1 });
		expect(fakes.spreadsheet.active?.name).toBe("Funnel");
		expect(() => server.openTab({ sheetId: 4242 })).toThrow(
			"That tab no longer exists",
		);
	});
});

describe("KPI alerts", () => {
	function kpiTable() {
		const sheet = fakes.spreadsheet.addSheet("My KPIs");
		const rows = [
			["KPI", "Actual", "Target", "Threshold", "Direction"],
			["Revenue", 80, 100, 90, "higher"],
			["Churn", 3, 2, 4, "lower"],
			["Meetings", 40, 30, 20, "higher"],
		];
		rows.forEach((row, r) => {
			row.forEach((value, c) => {
				sheet.type(`${"ABCDE"[c]}${r + 3}`, value);
			});
		});
		fakes.spreadsheet.select(sheet, "B4");
		return sheet;
	}
	const columns = {
		actual: "B",
		target: "C",
		threshold: "D",
		direction: { column: "E" },
	};

	it("colours the table around the selection, below its header, and keeps the person's own rules", () => {
		const sheet = kpiTable();
		const own = sheet.addUserRule('=$A4="Churn"', "A4:A6");
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
		server.generatePlan(valid);
		const kpis = fakes.spreadsheet.sheet("KPIs");
		if (!kpis) throw new Error("no KPI tab");
		const before = kpis.rules.map((r) => r.formula);
		expect(before.length).toBeGreaterThan(0);
		kpis.type("A200", "Late extra KPI");
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
