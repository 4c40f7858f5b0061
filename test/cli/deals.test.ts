// `npm run plan -- --deals FILE`: the export's deals on the Pipeline tab, or one clear message, exit 2 and no file.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { parseStageProbability } from "../../src/cli/deals";
import { main } from "../../src/cli/plan";
import type { Output } from "../../src/cli/run-command";
import { pipelineColumns } from "../../src/plan/tabs/pipeline";
import { pipelineLayout } from "../../src/plan/tabs/pipeline-layout";
import { removeTempDirs, tempDir } from "../export/helpers";
import { dealsPlanArgs } from "../support/deals-plan";

afterAll(removeTempDirs);

const dir = tempDir("plan-deals-");
const fixtures = new URL("../import/fixtures/", import.meta.url).pathname;

async function run(...argv: string[]) {
	let stdout = "";
	let stderr = "";
	const output: Output = {
		out: (text) => (stdout += text),
		err: (text) => (stderr += text),
	};
	const status = await main(argv, output);
	return { status, stdout, stderr };
}

let files = 0;
function file(name: string, content: string | Uint8Array): string {
	const path = join(dir, `${files++}-${name}`);
	writeFileSync(path, content);
	return path;
}

const plan = (deals: string, out: string, ...more: string[]) =>
	run(...dealsPlanArgs(deals, out, ...more));

interface JsonPlan {
	sheets: {
		name: string;
		values: unknown[][];
		formulas: (string | null)[][];
	}[];
}
const sheet = (json: JsonPlan, name: string) => {
	const found = json.sheets.find((s) => s.name === name);
	if (!found) throw new Error(`no ${name}`);
	return found;
};

describe("a Salesforce report to a plan file", () => {
	const out = join(dir, "salesforce.json");

	it("writes each deal as one Pipeline row with its probability and weighted amount", async () => {
		const result = await plan(join(fixtures, "salesforce-report.csv"), out);
		expect(result.stderr).toBe("");
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			"Salesforce report, comma-separated, UTF-8",
		);
		expect(result.stdout).toContain("6 deals");
		const json = JSON.parse(readFileSync(out, "utf8")) as JsonPlan;
		const pipeline = sheet(json, "Pipeline");
		const rows = pipeline.values.slice(
			pipelineLayout.firstRow,
			pipelineLayout.firstRow + 7,
		);
		const c = pipelineColumns;
		expect(rows.map((row) => row[c.deal])).toEqual([
			"Northwind - 200 seats",
			'Contoso "Phase 2" rollout',
			"Fabrikam renewal",
			"Adventure Works pilot",
			"Litware expansion",
			"Tailspin - 3 sites",
			null,
		]);
		expect(rows.slice(0, 6).map((row) => row[c.probability])).toEqual([
			0.1, 0.75, 0.9, 1, 0, 0.75,
		]);
		expect(rows[1]?.[c.weighted]).toBe(36000);
		expect(rows[0]?.[c.crmId]).toBe("0065g00000AbCdEAA1");
		// The stages join the Settings stage table, so the stage dropdown and lookups know them.
		const stages = sheet(json, "Settings").values.map((row) => row[3]);
		expect(stages).toEqual(
			expect.arrayContaining([
				"Prospecting",
				"Negotiation/Review",
				"Closed Lost",
			]),
		);
	});
});

describe("record ids made of digits", () => {
	const csv = [
		"Record ID,Deal Name,Deal Stage,Close Date,Deal owner,Amount",
		"0012,Globex onboarding,Closed won,2027-03-15,Ana Silva,12500",
		"9001234502,Initech platform,Closed won,2027-04-01,Ana Silva,30000",
	].join("\n");
	const ids = ["0012", "9001234502"];

	it("stay text in the .json, leading zeros kept", async () => {
		const out = join(dir, "ids.json");
		expect((await plan(file("ids.csv", csv), out)).status).toBe(0);
		const pipeline = sheet(JSON.parse(readFileSync(out, "utf8")), "Pipeline");
		const written = pipeline.values
			.slice(pipelineLayout.firstRow, pipelineLayout.firstRow + 2)
			.map((row) => row[pipelineColumns.crmId]);
		expect(written).toEqual(ids);
	});

	it("stay text in the .xlsx, leading zeros kept", async () => {
		const out = join(dir, "ids.xlsx");
		expect((await plan(file("ids.csv", csv), out)).status).toBe(0);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(out);
		const pipeline = workbook.getWorksheet("Pipeline");
		const written = [0, 1].map(
			(i) =>
				pipeline?.getCell(
					pipelineLayout.firstRow + i + 1,
					pipelineColumns.crmId + 1,
				).value,
		);
		expect(written).toEqual(ids);
	});
});

describe("the export's owners", () => {
	it("join the Settings team list, each once, so every deal's owner is one the owner dropdown lists", async () => {
		const out = join(dir, "owners.json");
		const result = await plan(join(fixtures, "salesforce-report.csv"), out);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			"Owners added to the team list on Settings: Maya Lopez, Sam Chen",
		);
		const json = JSON.parse(readFileSync(out, "utf8")) as JsonPlan;
		const settings = sheet(json, "Settings");
		const ownerColumn = settings.values[3]?.indexOf("Owner (dropdowns)") ?? -1;
		const listed = settings.values
			.slice(4)
			.map((row) => row[ownerColumn])
			.filter((owner) => owner !== "" && owner !== null);
		const pipeline = sheet(json, "Pipeline");
		const owners = pipeline.values
			.slice(pipelineLayout.firstRow)
			.map((row) => row[pipelineColumns.owner])
			.filter((owner) => owner !== null && owner !== "");
		expect(owners.length).toBe(6);
		for (const owner of owners) expect(listed).toContain(owner);
		expect(listed.filter((owner) => owner === "Maya Lopez")).toHaveLength(1);
	});

	it("that do not fit the team list are named, and the plan is still written", async () => {
		const rows = Array.from(
			{ length: 40 },
			(_, i) => `Deal ${i},Rep ${i},Closed won,100,2027-02-01`,
		);
		const out = join(dir, "owners-full.json");
		const result = await plan(
			file(
				"owners.csv",
				`Deal,Owner,Stage,Amount,Close date\n${rows.join("\n")}\n`,
			),
			out,
			"--stage-probability",
			"Closed won=100",
		);
		expect(result.stderr).toBe("");
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/The team list on Settings holds 30 people; these owners did not fit, and the owner dropdown flags their deals: .*Rep 39/,
		);
		expect(existsSync(out)).toBe(true);
	});
});

describe("stages without a probability", () => {
	const csv =
		"Deal,Stage,Amount,Close date\nA,Demo done,1000,2027-02-01\nB,Pilot,500,2027-03-01\n";

	it("stop the command, naming each one, and write nothing", async () => {
		const out = join(dir, "stages.json");
		const result = await plan(file("stages.csv", csv), out);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('"Demo done", "Pilot"');
		expect(result.stderr).toContain('--stage-probability "Demo done=30"');
		expect(existsSync(out)).toBe(false);
	});

	it("are given with --stage-probability, repeated", async () => {
		const out = join(dir, "stages-given.json");
		const result = await plan(
			file("stages.csv", csv),
			out,
			"--stage-probability",
			"Demo done=30",
			"--stage-probability",
			"pilot=60%",
		);
		expect(result.stderr).toBe("");
		expect(result.status).toBe(0);
		const pipeline = sheet(
			JSON.parse(readFileSync(out, "utf8")) as JsonPlan,
			"Pipeline",
		);
		const first = pipeline.values[pipelineLayout.firstRow] ?? [];
		expect(first[pipelineColumns.probability]).toBe(0.3);
		expect(first[pipelineColumns.weighted]).toBe(300);
	});

	it.each([["Demo done"], ["=30"], ["Demo=abc"], ["Demo=130"]])(
		"%s is refused",
		(option) => {
			expect(parseStageProbability(option)).toMatch(
				/^--stage-probability must be/,
			);
		},
	);
});

describe("problem rows", () => {
	const csv =
		"Deal,Stage,Amount,Close date\nGood,Lead,1000,2027-02-01\nBad,Lead,12k,2027-02-01\nUndated,Lead,500,\n";

	it("stop the command with each line and reason, writing nothing", async () => {
		const out = join(dir, "problems.xlsx");
		const result = await plan(file("problems.csv", csv), out);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('line 3: the amount "12k" is not a number');
		expect(result.stderr).toContain(
			"line 4: the deal has an amount but no close date",
		);
		expect(result.stderr).toContain("--skip-bad-rows");
		expect(existsSync(out)).toBe(false);
	});

	it("are left out with --skip-bad-rows, and listed", async () => {
		const out = join(dir, "skipped.json");
		const result = await plan(
			file("problems.csv", csv),
			out,
			"--skip-bad-rows",
		);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Left out 2 rows:");
		expect(result.stdout).toContain("line 3:");
		const pipeline = sheet(
			JSON.parse(readFileSync(out, "utf8")) as JsonPlan,
			"Pipeline",
		);
		const names = pipeline.values
			.slice(pipelineLayout.firstRow)
			.map((row) => row[pipelineColumns.deal])
			.filter(Boolean);
		expect(names).toEqual(["Good"]);
	});
});

describe("files that cannot be imported: one sentence, exit 2, nothing written", () => {
	it.each([
		["an empty file", "", /is empty/],
		["no amount column", "Deal,Stage\nA,Lead\n", /No amount column/],
		[
			"a workbook",
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]),
			/Excel workbook, not text/,
		],
		["a binary file", new Uint8Array([1, 2, 3, 0, 0, 7]), /not text/],
	])("%s", async (_name, content, message) => {
		const out = join(dir, `bad-${files}.xlsx`);
		const result = await plan(file("bad.csv", content), out);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stderr.trim().split("\n")).toHaveLength(1);
		expect(existsSync(out)).toBe(false);
	});

	it("a file that does not exist", async () => {
		const result = await plan(
			join(dir, "missing.csv"),
			join(dir, "never.json"),
		);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain("cannot read");
	});
});
