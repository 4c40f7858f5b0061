// `npm run check` on .xlsx plans: fresh plans pass, each broken rule is found at its cell, other files exit 2.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { main, USAGE } from "../../src/cli/check";
import type { Output } from "../../src/cli/run-command";
import { writeXlsx } from "../../src/export/xlsx";
import { healthRules } from "../../src/health/rules";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type { Language, PlanKind } from "../../src/plan/types";
import { removeTempDirs, tempDir } from "../export/helpers";
import { breaks } from "../health/breaks";

afterAll(removeTempDirs);

const START = "2027-01-01";
const dir = tempDir("check-cli-");

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

async function planFile(
	kind: PlanKind,
	language: Language,
	examples: boolean,
	name = `${kind}-${language}-${examples}.xlsx`,
) {
	const plan = buildPlan(
		{ ...defaultChoices(kind, language, START), examples },
		defaultTabNames(language),
	);
	const file = join(dir, name);
	await writeXlsx(plan, file);
	return { plan, file };
}

const kinds: PlanKind[] = ["annual", "quarterly", "30-60-90", "90-day"];
const fresh = kinds.flatMap((kind) =>
	(["fr", "en"] as const).flatMap((language) =>
		[true, false].map((examples) => ({ kind, language, examples })),
	),
);

describe("npm run check on a freshly generated plan", () => {
	it.each(fresh)(
		"$kind in $language, examples $examples: no finding, exit 0",
		async ({ kind, language, examples }) => {
			const { file } = await planFile(kind, language, examples);
			expect(await run(file, "--today", START)).toEqual({
				status: 0,
				stdout: "",
				stderr: `check: ${file}: no finding, every rule holds.\n`,
			});
			expect(await run(file, "--today", START, "--json")).toEqual({
				status: 0,
				stdout: "[]\n",
				stderr: "",
			});
		},
	);
});

describe("npm run check finds each broken rule at its cell", () => {
	it.each(breaks)(
		"$rule on $tab",
		async ({ rule, tab, cell, value, found }) => {
			const { plan, file } = await planFile(
				"annual",
				"en",
				true,
				`${rule}.xlsx`,
			);
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.readFile(file);
			const edited = cell(plan);
			const target = workbook.getWorksheet(tab)?.getCell(edited);
			if (!target) throw new Error(`no ${tab}!${edited}`);
			target.value = value === "" ? null : value;
			await workbook.xlsx.writeFile(file);

			const message = healthRules.find((r) => r.id === rule)?.message.en;
			const at = found ?? edited;
			expect(await run(file, "--today", START)).toEqual({
				status: 1,
				stdout: `${tab}!${at}: ${message}\n`,
				stderr: `check: ${file}: 1 finding.\n`,
			});
			const json = await run(file, "--today", START, "--json");
			expect(json.status).toBe(1);
			expect(JSON.parse(json.stdout)).toEqual([
				{ tab, cell: at, rule, message },
			]);
		},
	);

	it("judges deadlines against --today, and today by default", async () => {
		const { file } = await planFile("annual", "fr", true, "late.xlsx");
		const late = await run(file, "--today", "2027-12-31");
		expect(late.status).toBe(1);
		const lines = late.stdout.trimEnd().split("\n");
		expect(late.stderr).toBe(`check: ${file}: ${lines.length} findings.\n`);
		expect(late.stdout).toContain(
			"Actions!E5: action en retard : échéance passée, action non terminée\n",
		);
		expect(late.stdout).toContain(
			"Pipeline!G5: affaire ouverte dont la signature prévue est passée\n",
		);
		expect((await run(file)).status).toBeLessThanOrEqual(1);
	});
});

describe("npm run check on something else", () => {
	it("says in one sentence that a workbook without the add-in's Settings is not a plan, exit 2", async () => {
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet("Budget 2027").getCell("A1").value = "Rent";
		const file = join(dir, "other.xlsx");
		await workbook.xlsx.writeFile(file);
		expect(await run(file)).toEqual({
			status: 2,
			stdout: "",
			stderr: `check: ${file} is not a plan of this add-in: it has no Settings tab as the add-in writes it.\n`,
		});
	});

	it("says a file that is not a workbook is not a plan, exit 2", async () => {
		const file = join(dir, "notes.xlsx");
		writeFileSync(file, "just some notes\n");
		expect(await run(file)).toEqual({
			status: 2,
			stdout: "",
			stderr: `check: ${file} is not a plan of this add-in: it cannot be read as an .xlsx workbook.\n`,
		});
	});

	it.each([
		{ argv: [], message: "FILE.xlsx is required" },
		{ argv: ["a.xlsx", "b.xlsx"], message: "one file at a time; got 2" },
		{
			argv: ["a.xlsx", "--today", "2027-02-30"],
			message:
				'--today must be a calendar date as YYYY-MM-DD, such as 2027-03-31; got "2027-02-30"',
		},
	])("refuses $argv with exit 2", async ({ argv, message }) => {
		expect(await run(...argv)).toEqual({
			status: 2,
			stdout: "",
			stderr: `check: ${message}\nRun with --help for usage.\n`,
		});
	});

	it("says a missing file does not exist, exit 2", async () => {
		const file = join(dir, "missing.xlsx");
		expect(await run(file)).toEqual({
			status: 2,
			stdout: "",
			stderr: `check: ${file} does not exist.\n`,
		});
	});

	it("prints its usage with --help", async () => {
		expect(await run("--help")).toEqual({
			status: 0,
			stdout: USAGE,
			stderr: "",
		});
	});
});
