import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { customFunctions } from "../src/functions/registry";
import { isoToSerial } from "../src/plan/dates";
import { dateAsPassed } from "../src/preview/fakes/time-zones";
import { server } from "../src/server";
import { readBuilt } from "./support/built";

const SERVICES = [
	"SpreadsheetApp",
	"HtmlService",
	"Session",
	"LockService",
	"PropertiesService",
	"CacheService",
	"Utilities",
	"Logger",
	"ScriptApp",
	"UrlFetchApp",
	"DriveApp",
];

/** A service that throws on any use, so the test fails if code touches it when it should not. */
function forbidden(name: string): unknown {
	return new Proxy(() => undefined, {
		get: (_, property) => {
			throw new Error(`${name}.${String(property)} was used`);
		},
		apply: () => {
			throw new Error(`${name} was called`);
		},
	});
}

/**
 * SpreadsheetApp as a custom function may use it: the stubs of month-counting functions read the spreadsheet's
 * time zone, and anything else throws. The zone is this machine's unless a test moves the spreadsheet.
 */
let spreadsheetZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
function zoneOnlySpreadsheetApp(): unknown {
	const spreadsheet = new Proxy(
		{},
		{
			get: (_, property) => {
				if (property === "getSpreadsheetTimeZone") return () => spreadsheetZone;
				throw new Error(`Spreadsheet.${String(property)} was used`);
			},
		},
	);
	return new Proxy(
		{},
		{
			get: (_, property) => {
				if (property === "getActiveSpreadsheet") return () => spreadsheet;
				throw new Error(`SpreadsheetApp.${String(property)} was used`);
			},
		},
	);
}

let code: string;
let context: vm.Context;

/** Runs an expression inside the Apps Script-like context, so Dates and arrays come from that realm as in Sheets. */
const run = (expression: string): unknown =>
	vm.runInContext(expression, context);

beforeAll(() => {
	code = readBuilt("Code.js");
	context = vm.createContext({
		...Object.fromEntries(SERVICES.map((name) => [name, forbidden(name)])),
		SpreadsheetApp: zoneOnlySpreadsheetApp(),
	});
	vm.runInContext(code, context, { filename: "Code.js" });
});

describe("dist/Code.js, loaded as Apps Script loads it", () => {
	it("is one classic script, without import or export", () => {
		expect(code).not.toMatch(/^\s*(import|export)\s/m);
	});

	it.each([
		"onOpen",
		"onInstall",
		"showSidebar",
		...customFunctions.map((spec) => spec.name),
		...Object.keys(server),
	])("declares %s at top level", (name) => {
		expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
		expect(run(`typeof ${name}`)).toBe("function");
	});

	it.each([
		["WEIGHTED_FORECAST(100, 0.5)", 50],
		[
			'WEIGHTED_FORECAST([[1000],[2000],[""],[""]], [["Lead"],[" WON "],[""],[""]], [["lead", 10],["Won", 100]])',
			2100,
		],
		[
			'WEIGHTED_FORECAST([[1000],[2000]], [[0.5],[0.5]], "", [[new Date(2027,0,31)],[new Date(2027,1,1)]], new Date(2027,0,1), new Date(2027,0,31))',
			500,
		],
		[
			"WEIGHTED_FORECAST([[1000, 2000]], [[0.5, 0.25]], undefined, undefined, undefined, undefined)",
			1000,
		],
		[
			'FORECAST_CATEGORIES([[1000],[2000],[4000],[""]], [["Won"],[" commit "],["Best-case"],[""]])',
			[[1000], [3000], [7000], [6000]],
		],
		[
			'FORECAST_BY_MONTH([[100],[200]], [["Lead"],[1]], [["Lead", 0.5]], [[new Date(2027,0,31,18)],[new Date(2027,1,1)]], new Date(2027,0,15), 3)',
			[[50, 200, 0]],
		],
		["FORECAST_RANGE([[1000],[3000]], [[0.5],[0.5]])", [[0, 2000, 4000]]],
		[
			'FORECAST_RANGE([[1000],[3000]], [[50],[50]], "", "", "", "", 0.5)',
			[[0, 2000, 3000]],
		],
		["FUNNEL_TARGETS(120000, 6000, 0.25)", [[80], [20]]],
		[
			'FUNNEL_TARGETS(120000, 6000, [[0.5],[0.25],[""]], [["Meeting"],["Proposal"],["Won"],[""]], 4)',
			[
				["Meeting", 160, 40],
				["Proposal", 80, 20],
				["Won", 20, 5],
			],
		],
		["HEADCOUNT_NEEDED(200, 20)", 10],
		["HEADCOUNT_NEEDED(21, 1, 0.7)", 30],
		["HEADCOUNT_NEEDED(1200000, 100000, 0.8, 3, 12, 10)", 16],
		[
			"HIRING_PLAN([[0, 0, 0, 300]], 100, '', 3)",
			[
				[0, 3, 0, 0],
				[0, 3, 3, 3],
				[0, 1, 2, 3],
				[0, 100, 200, 300],
				[0, 100, 200, 0],
			],
		],
		[
			"HIRING_PLAN([[0],[0],[0],[0],[0],[0],[50]], 10, '', '', 0.75, 10)[0]",
			[0, 0, 0, 0, 0, 0, 0],
		],
	])("computes =%s like Sheets", (call, expected) => {
		expect(JSON.parse(JSON.stringify(run(call)))).toEqual(expected);
	});

	it.each([
		[
			"WEIGHTED_FORECAST([[100],[200]], [[0.5],[150]])",
			"WEIGHTED_FORECAST: probabilities, row 2: 150 is outside 0–100%",
		],
		[
			"FUNNEL_TARGETS(120000, 0, 0.25)",
			"FUNNEL_TARGETS: avg_deal_size: must be more than 0, got 0",
		],
		['HEADCOUNT_NEEDED("", 20)', "HEADCOUNT_NEEDED: workload is required"],
		[
			'FORECAST_CATEGORIES([[100],[200]], [["Won"],["Maybe"]])',
			'FORECAST_CATEGORIES: categories, row 2: "Maybe" is not a forecast category',
		],
		[
			'FORECAST_BY_MONTH([[100],[200]], [[0.5],[0.5]], "", [[new Date(2027,0,1)],[""]], new Date(2027,0,1))',
			"FORECAST_BY_MONTH: close_dates, row 2: a date is missing",
		],
		[
			"FORECAST_RANGE(100, 0.5, '', '', '', '', 2)",
			"FORECAST_RANGE: confidence: must be between 50% and 99%, got 2",
		],
		[
			"HIRING_PLAN([[100, 'soon']], 10)",
			'HIRING_PLAN: monthly_targets, column 2: "soon" is text, not a number',
		],
	])("throws a message that names the function for =%s", (call, message) => {
		expect(() => run(call)).toThrow(message);
	});

	it.each([
		[
			"previewPlan({ kind: 'yearly', language: 'fr', replace: [] })",
			"kind: must be one of",
		],
		[
			"generatePlan({ plan: {}, replace: [], extra: 1 })",
			'unexpected field "extra"',
		],
		[
			"applyKpiAlerts({ target: 'kpis', columns: { actual: '1' } })",
			"columns.actual",
		],
		["openTab({ sheetId: -1 })", "sheetId: must be 0 or more"],
		["checkPlan({ today: '2027-13-01' })", "today:"],
		["selectCell({ tab: 'Actions', cell: 'C5:D9' })", "cell: must be a cell"],
	])(
		"refuses the console call %s before touching the spreadsheet",
		(call, message) => {
			expect(() => run(call)).toThrow(message);
		},
	);

	it("never touches an Apps Script service while computing", () => {
		// The context's services throw on any use: reaching here means none was touched.
		expect(run("HEADCOUNT_NEEDED(10, 1)")).toBe(10);
	});

	it.each([
		["Asia/Tokyo", "2027-06-30", "2027-07-01"],
		["Pacific/Kiritimati", "2027-06-30", "2027-07-01"],
		["America/Los_Angeles", "2027-03-31", "2027-04-01"],
	])(
		"counts calendar months in a spreadsheet in %s, the script in Europe/Paris",
		(zone, lastDay, firstDay) => {
			const machineZone = process.env.TZ;
			process.env.TZ = "Europe/Paris";
			spreadsheetZone = zone;
			try {
				// Midnights in the spreadsheet's zone, as Sheets passes date cells.
				const midnight = (iso: string) =>
					`new Date(${dateAsPassed(isoToSerial(iso), zone).getTime()})`;
				expect(
					JSON.parse(
						JSON.stringify(
							run(
								`FORECAST_BY_MONTH([[100],[200]], [[1],[1]], "", [[${midnight(lastDay)}],[${midnight(firstDay)}]], ${midnight(firstDay)}, 2)`,
							),
						),
					),
				).toEqual([[200, 0]]);
			} finally {
				spreadsheetZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
				if (machineZone === undefined) delete process.env.TZ;
				else process.env.TZ = machineZone;
			}
		},
	);

	it.each(customFunctions.map((spec) => [spec.name, spec] as const))(
		"documents %s for Sheets' autocomplete",
		(name, spec) => {
			const doc = code.match(
				new RegExp(`/\\*\\*\\n((?: \\*.*\\n)+) \\*/\\nfunction ${name}\\(`),
			)?.[1];
			expect(doc).toBeDefined();
			const lines = (doc ?? "")
				.split("\n")
				.map((line) => line.replace(/^ \* ?/, ""));
			expect(lines[0]).toBe(spec.summary);
			for (const parameter of spec.parameters) {
				expect(lines).toContainEqual(
					expect.stringMatching(
						new RegExp(`^@param \\{[^}]+\\} ${parameter.name} .+ Example: \\S`),
					),
				);
			}
			expect(lines).toContainEqual(
				expect.stringMatching(/^@return \{[^}]+\} \S/),
			);
			expect(lines).toContain("@customfunction");
		},
	);

	it("adds the add-on menu on open, calling only the UI service", () => {
		const calls: string[] = [];
		const menu = {
			addItem(label: string, handler: string) {
				calls.push(`addItem ${label} -> ${handler}`);
				return menu;
			},
			addToUi: () => calls.push("addToUi"),
		};
		const ui = {
			createAddonMenu() {
				calls.push("createAddonMenu");
				return menu;
			},
		};
		const isolated = vm.createContext({
			...Object.fromEntries(SERVICES.map((name) => [name, forbidden(name)])),
			SpreadsheetApp: { getUi: () => ui },
			Session: { getActiveUserLocale: () => "fr_FR" },
		});
		vm.runInContext(`${code}\nonInstall({ authMode: "FULL" });`, isolated);
		expect(calls).toEqual([
			"createAddonMenu",
			"addItem Ouvrir le plan commercial -> showSidebar",
			"addToUi",
		]);
	});
});
