// Importing deals through the server, on the fake: chunks written in one setValues each, re-imports that keep what was typed.

import { beforeEach, describe, expect, it } from "vitest";
import { planImport, readInput } from "../../src/import/index";
import { importRequests } from "../../src/import/requests";
import { buildPlan } from "../../src/plan/build-plan";
import { normalizeStages } from "../../src/plan/context";
import { defaultChoices } from "../../src/plan/defaults";
import { pipelineColumns } from "../../src/plan/tabs/pipeline";
import { pipelineLayout } from "../../src/plan/tabs/pipeline-layout";
import { settingsAreas } from "../../src/plan/tabs/settings";
import {
	at,
	contents,
	protectionAt,
	sheetNamed,
	type,
} from "../../src/preview/fakes/person";
import { type Fakes, install } from "../../src/preview/fakes/services";
import { server } from "../../src/server";
import { fixture } from "../import/helpers";

let fakes: Fakes;
const choices = defaultChoices("annual", "en", "2027-01-01");

beforeEach(() => {
	fakes = install();
	const { names } = server.previewPlan({
		kind: "annual",
		language: "en",
		replace: [],
	});
	server.generatePlan({
		plan: buildPlan({ ...choices, examples: false }, names),
		replace: [],
	});
});

const pipeline = () => sheetNamed(fakes.spreadsheet, "Pipeline");
const settings = () => sheetNamed(fakes.spreadsheet, "Settings");
const overview = () => sheetNamed(fakes.spreadsheet, "Overview");
const first = pipelineLayout.firstRow + 1;
const letter = (key: keyof typeof pipelineColumns) =>
	String.fromCharCode(65 + pipelineColumns[key]);

/** What the sidebar does with a file: read it, then send each chunk. */
function importFile(input: Uint8Array | string) {
	const table = readInput(input);
	if ("kind" in table) throw new Error(table.kind);
	const outcome = planImport(table, {
		language: "en",
		planStages: normalizeStages(choices).pipeline,
	});
	if (!outcome.ok) throw new Error(outcome.error.kind);
	const requests = importRequests({
		language: "en",
		mapping: outcome.mapping,
		deals: outcome.deals,
		stages: outcome.stages.map((s) => ({
			name: s.stage,
			probability: s.probability ?? 0,
		})),
	});
	return requests.map((request) => server.importDeals(request));
}

const csv = (rows: string[][]) => rows.map((row) => row.join(",")).join("\n");
const header = ["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date"];
/** A HubSpot export of `count` deals won, 100 each, closing on 1 February 2027. */
const wonDeals = (count: number) =>
	csv([
		header,
		...Array.from({ length: count }, (_, i) => [
			`ID${i}`,
			`Deal ${i}`,
			"Closed won",
			"100",
			"2027-02-01",
		]),
	]);

describe("importing deals on the Pipeline tab", () => {
	it("writes each deal on its row, with the stage table grown, in one setValues per chunk", () => {
		const setValues = () => fakes.calls.byMethod.get("Range.setValues") ?? 0;
		const before = setValues();
		// Each server call is its own execution: the plan's writes were sent when it ended.
		fakes.app.flush();
		const waits = fakes.calls.readsAfterWrites;
		const results = importFile(fixture("hubspot-deals.csv"));
		expect(results).toHaveLength(1);
		expect(results[0]).toMatchObject({ added: 7, updated: 0 });
		expect(at(pipeline(), `${letter("deal")}${first}`)).toBe(
			"Globex onboarding",
		);
		expect(at(pipeline(), `${letter("amount")}${first + 6}`)).toBe(7000);
		expect(at(pipeline(), `${letter("probability")}${first}`)).toMatch(
			/^=IF\(/,
		);
		const stageNames = contents(settings()).map((row) => row[3]);
		expect(stageNames).toEqual(
			expect.arrayContaining(["Appointment scheduled", "Closed lost"]),
		);
		// One for the new stages, one for the new owners, one for the deals; and no read waits on a write.
		expect(setValues()).toBe(before + 3);
		expect(fakes.calls.readsAfterWritesMethods.slice(waits)).toEqual([]);
	});

	it("updates a re-imported deal, keeps the next step typed on it, and duplicates nothing", () => {
		importFile(
			csv([
				header,
				["A1", "Alpha", "Qualified to buy", "1000", "2027-02-01"],
				["B2", "Beta", "Contract sent", "2000", "2027-03-01"],
			]),
		);
		type(pipeline(), `${letter("nextStep")}${first}`, "Call the CFO");
		const [result] = importFile(
			csv([
				header,
				["A1", "Alpha", "Contract sent", "1500", "2027-02-15"],
				["C3", "Gamma", "Closed won", "900", "2027-01-20"],
			]),
		);
		expect(result).toMatchObject({ added: 1, updated: 1 });
		const rows = contents(pipeline()).slice(first - 1, first + 3);
		const deal = pipelineColumns.deal;
		expect(rows.map((row) => row[deal])).toEqual([
			"Alpha",
			"Beta",
			"Gamma",
			"",
		]);
		expect(rows[0]?.[pipelineColumns.amount]).toBe(1500);
		expect(rows[0]?.[pipelineColumns.stage]).toBe("Contract sent");
		expect(rows[0]?.[pipelineColumns.nextStep]).toBe("Call the CFO");
		expect(rows[1]?.[pipelineColumns.amount]).toBe(2000);
	});

	it("fills the CRM's forecast category, updates it on a re-import, and keeps the override typed on a deal", () => {
		const withCategory = [...header, "Forecast category"];
		importFile(
			csv([
				withCategory,
				["A1", "Alpha", "Qualified to buy", "1000", "2027-02-01", "Commit"],
				["B2", "Beta", "Contract sent", "2000", "2027-03-01", "Pipeline"],
			]),
		);
		type(pipeline(), `${letter("categoryOverride")}${first + 1}`, "Best case");
		importFile(
			csv([
				withCategory,
				["A1", "Alpha", "Contract sent", "1500", "2027-02-15", "Best case"],
				["B2", "Beta", "Contract sent", "2000", "2027-03-01", "Commit"],
			]),
		);
		const rows = contents(pipeline()).slice(first - 1, first + 1);
		expect(rows.map((row) => row[pipelineColumns.forecastCategory])).toEqual([
			"Best case",
			"Commit",
		]);
		expect(rows.map((row) => row[pipelineColumns.categoryOverride])).toEqual([
			"",
			"Best case",
		]);
		// The category column's formula, on every row, reads the override first, then the CRM's.
		expect(rows[1]?.[pipelineColumns.category]).toMatch(
			new RegExp(`^=IF\\(TRIM\\(${letter("categoryOverride")}${first + 1}\\)`),
		);
	});

	it("grows the table past its rows: formulas on every new row, totals over all of them", () => {
		const many = [
			header,
			...Array.from({ length: 450 }, (_, i) => [
				`ID${i}`,
				`Deal ${i}`,
				"Closed won",
				"100",
				"2027-02-01",
			]),
		];
		importFile(csv(many));
		const last = first + 449;
		expect(at(pipeline(), `${letter("deal")}${last}`)).toBe("Deal 449");
		expect(at(pipeline(), `${letter("weighted")}${last}`)).toContain(
			`${letter("amount")}${last}`,
		);
		expect(String(at(pipeline(), "B3"))).toContain(
			`:${letter("amount")}${last}`,
		);
	});

	it("grows the Overview's forecast of each period with the table, and changes nothing else there", () => {
		const before = contents(overview());
		const forecastCells = before
			.flatMap((row, r) => row.map((cell, c) => ({ cell, r, c })))
			.filter(({ cell }) => String(cell).includes("WEIGHTED_FORECAST"));
		// One formula per Objectives month, each reading the 200 rows of a plan without an import.
		expect(forecastCells).toHaveLength(12);
		const deals = 450;
		importFile(wonDeals(deals));
		const after = contents(overview());
		const last = first + deals - 1;
		for (const { cell, r, c } of forecastCells) {
			const grown = String(after[r]?.[c]);
			for (const key of ["amount", "stage", "closeDate"] as const)
				expect(grown).toContain(
					`'Pipeline'!$${letter(key)}$${first}:$${letter(key)}$${last}`,
				);
			expect(grown).toBe(
				String(cell).replaceAll(`$${pipelineLayout.lastRow + 1}`, `$${last}`),
			);
			// The stage table on Settings is not the deal table: it keeps its rows.
			expect(grown).toContain("'Settings'!$D$5:$E$34");
		}
		const elsewhere = (grid: typeof before) =>
			grid.map((row) =>
				row.map((cell) =>
					String(cell).includes("WEIGHTED_FORECAST") ? "" : cell,
				),
			);
		expect(elsewhere(after)).toEqual(elsewhere(before));
	});

	it("keeps the Overview reading every deal when it is made again over a grown Pipeline", () => {
		const deals = 450;
		importFile(wonDeals(deals));
		const replace = ["overview" as const];
		const { names } = server.previewPlan({
			kind: "annual",
			language: "en",
			replace,
		});
		server.generatePlan({
			plan: buildPlan({ ...choices, examples: false }, names),
			replace,
		});
		const last = first + deals - 1;
		const forecasts = contents(overview())
			.flat()
			.map(String)
			.filter((cell) => cell.includes("WEIGHTED_FORECAST"));
		expect(forecasts).toHaveLength(12);
		for (const formula of forecasts)
			expect(formula).toContain(
				`'Pipeline'!$${letter("amount")}$${first}:$${letter("amount")}$${last},`,
			);
		// The kept Pipeline is as the import left it.
		expect(String(at(pipeline(), "B3"))).toContain(
			`:${letter("amount")}${last},`,
		);
	});
});

describe("the export's owners on the Settings team list", () => {
	const team = settingsAreas.teamRoles;
	const cellOf = (row: number, column: number) =>
		`${String.fromCharCode(65 + column)}${row + 1}`;
	const teamRows = () =>
		contents(settings())
			.slice(team.row, team.row + team.rows)
			.map((row) => [
				row[team.column],
				row[team.column + 1],
				row[team.column + 2],
			]);

	it("join it once each, as names on free rows that list them in the owner dropdown", () => {
		const [first] = importFile(fixture("hubspot-deals.csv"));
		const again = importFile(fixture("hubspot-deals.csv"));
		const owners = [
			...new Set(
				contents(pipeline())
					.slice(pipelineLayout.firstRow)
					.map((row) => row[pipelineColumns.owner])
					.filter((owner) => owner !== ""),
			),
		];
		expect(owners.length).toBeGreaterThan(1);
		expect(first?.ownersAdded).toEqual(owners);
		expect(again[0]?.ownersAdded).toEqual([]);
		const rows = teamRows();
		for (const owner of owners) {
			const onRows = rows.filter(([, name]) => name === owner);
			expect(onRows, String(owner)).toHaveLength(1);
			// The row's dropdown label is its name: the same formula as the plan's own rows.
			expect(String(onRows[0]?.[2])).toMatch(/^=IF\(/);
			expect(onRows[0]?.[0]).toBe("");
		}
	});

	it("names the owners a full list has no room for, and imports their deals", () => {
		for (let r = team.row; r < team.row + team.rows; r++)
			if (teamRows()[r - team.row]?.[0] === "")
				type(settings(), cellOf(r, team.column), `Role ${r}`);
		const [result] = importFile(fixture("hubspot-deals.csv"));
		expect(result?.added).toBe(7);
		expect(result?.ownersAdded).toEqual([]);
		expect(result?.ownersLeftOut.length).toBeGreaterThan(1);
	});
});

describe("the warning on the Pipeline's formula columns", () => {
	it("covers every imported row, in each chunk, past the sheet's first 1000 rows; typed columns stay free", () => {
		const deals = 2500;
		const results = importFile(wonDeals(deals));
		expect(results.length).toBeGreaterThan(1);
		const last = first + deals - 1;
		for (const row of [first, first + 199, first + 200, 1000, 1001, last]) {
			for (const key of ["probability", "weighted"] as const)
				expect(
					protectionAt(pipeline(), `${letter(key)}${row}`),
					`${key} ${row}`,
				).toBe("warning");
			for (const key of ["deal", "amount", "nextStep", "crmId"] as const)
				expect(
					protectionAt(pipeline(), `${letter(key)}${row}`),
					`${key} ${row}`,
				).toBe("none");
		}
		expect(
			protectionAt(
				pipeline(),
				`${letter("deal")}${pipelineLayout.headerRow + 1}`,
			),
		).toBe("warning");
	});
});

describe("what the server refuses changes nothing", () => {
	it.each([
		[
			"a deal with fewer cells than fields",
			(r: Record<string, unknown>) => ({ ...r, deals: [["only one"]] }),
		],
		[
			"an unknown field",
			(r: Record<string, unknown>) => ({ ...r, fields: ["password"] }),
		],
		[
			"a formula column as target",
			(r: Record<string, unknown>) => ({
				...r,
				table: {
					...(r.table as object),
					columns: { deal: pipelineColumns.probability },
				},
			}),
		],
	])("%s", (_name, patch) => {
		const table = readInput(fixture("hubspot-deals.csv"));
		if ("kind" in table) throw new Error(table.kind);
		const outcome = planImport(table, { language: "en", planStages: [] });
		if (!outcome.ok) throw new Error(outcome.error.kind);
		const [request] = importRequests({
			language: "en",
			mapping: outcome.mapping,
			deals: outcome.deals,
			stages: [],
		});
		const before = contents(pipeline());
		expect(() => server.importDeals(patch(request as never) as never)).toThrow(
			/^Invalid request/,
		);
		expect(contents(pipeline())).toEqual(before);
	});
});
