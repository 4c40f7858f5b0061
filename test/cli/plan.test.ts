import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultStart, main } from "../../src/cli/plan";
import type { Output } from "../../src/cli/run-command";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type { Language, PlanKind } from "../../src/plan/types";
import { removeTempDirs, tempDir } from "../export/helpers";

afterAll(removeTempDirs);

interface Run {
	readonly status: number;
	readonly stdout: string;
	readonly stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
	let stdout = "";
	let stderr = "";
	const output: Output = {
		out: (text) => (stdout += text),
		err: (text) => (stderr += text),
	};
	const status = await main(argv, output);
	return { status, stdout, stderr };
}

const kinds: PlanKind[] = ["annual", "quarterly", "30-60-90", "90-day"];
const languages: Language[] = ["fr", "en"];
const every = kinds.flatMap((kind) =>
	languages.map((lang) => [kind, lang] as const),
);
const CUSTOM = /WEIGHTED_FORECAST|FUNNEL_TARGETS|HEADCOUNT_NEEDED|HIRING_PLAN/;

const dir = tempDir("plan-cli-");

describe.each(every)("npm run plan -- --kind %s --lang %s", (kind, lang) => {
	const expected = buildPlan(
		{ ...defaultChoices(kind, lang, "2027-01-01"), examples: true },
		defaultTabNames(lang),
	);
	const xlsx = join(dir, `${kind}-${lang}.xlsx`);
	const json = join(dir, `${kind}-${lang}.json`);
	const workbook = new ExcelJS.Workbook();

	beforeAll(async () => {
		for (const out of [xlsx, json]) {
			const result = await run(
				"--kind",
				kind,
				"--lang",
				lang,
				"--start",
				"2027-01-01",
				"--examples",
				"--out",
				out,
			);
			expect(result.stderr).toBe("");
			expect(result.status).toBe(0);
		}
		await workbook.xlsx.readFile(xlsx);
	});

	it("writes every tab of the plan, in order", () => {
		const names = workbook.worksheets
			.filter((sheet) => sheet.state !== "hidden")
			.map((sheet) => sheet.name);
		expect(names).toEqual(expected.tabs.map((tab) => tab.name));
	});

	it("writes native formulas only: no custom function name remains", () => {
		let formulas = 0;
		for (const sheet of workbook.worksheets) {
			sheet.eachRow((row) =>
				row.eachCell((cell) => {
					const formula = (cell.value as { formula?: string } | null)?.formula;
					if (formula === undefined) return;
					formulas++;
					expect(formula, `${sheet.name}!${cell.address}`).not.toMatch(CUSTOM);
				}),
			);
		}
		expect(formulas).toBeGreaterThan(0);
	});

	it("keeps each tab's frozen header rows, dropdowns and alert rules", () => {
		for (const tab of expected.tabs) {
			const sheet = workbook.getWorksheet(tab.name) as ExcelJS.Worksheet;
			if (tab.frozenRows > 0)
				expect(sheet.views[0], tab.name).toMatchObject({
					state: "frozen",
					ySplit: tab.frozenRows,
				});
			for (const validation of tab.validations) {
				const at = sheet.getCell(
					validation.area.row + 1,
					validation.area.column + 1,
				);
				expect(
					at.dataValidation?.type,
					`${tab.name}!${at.address} (${validation.kind})`,
				).toBeDefined();
			}
			const formattings = (
				sheet as unknown as { conditionalFormattings: unknown[] }
			).conditionalFormattings;
			expect(formattings.length, tab.name).toBe(tab.rules.length);
		}
	});

	it("writes the JSON with every tab's values and the add-in's formulas", () => {
		const written = JSON.parse(readFileSync(json, "utf8")) as {
			sheets: {
				name: string;
				values: unknown[][];
				formulas: (string | null)[][];
			}[];
		};
		expect(written.sheets.map((sheet) => sheet.name)).toEqual(
			expected.tabs.map((tab) => tab.name),
		);
		const values = written.sheets.flatMap((sheet) => sheet.values.flat());
		expect(
			values.filter(
				(value) => typeof value === "string" && /^#[A-Z/0!?]+/.test(value),
			),
		).toEqual([]);
		const formulas = written.sheets
			.flatMap((sheet) => sheet.formulas.flat())
			.filter((formula) => formula !== null);
		expect(formulas.every((formula) => formula.startsWith("="))).toBe(true);
	});
});

describe("bad options", () => {
	const out = join(dir, "bad.xlsx");
	it.each([
		[
			"an unknown option",
			["--kind", "annual", "--lang", "fr", "--out", out, "--colour", "red"],
			/Unknown option '--colour'/,
		],
		[
			"a stray argument",
			["--kind", "annual", "--lang", "fr", "--out", out, "extra"],
			/extra/,
		],
		["no --kind", ["--lang", "fr", "--out", out], /--kind is required/],
		[
			"an unknown kind",
			["--kind", "monthly", "--lang", "fr", "--out", out],
			/--kind must be one of annual, quarterly, 30-60-90, 90-day; got "monthly"/,
		],
		[
			"an unknown language",
			["--kind", "annual", "--lang", "de", "--out", out],
			/--lang must be one of fr, en/,
		],
		[
			"no --out",
			["--kind", "annual", "--lang", "fr"],
			/--out FILE is required/,
		],
		[
			"a date that does not exist",
			[
				"--kind",
				"annual",
				"--lang",
				"fr",
				"--start",
				"2027-02-30",
				"--out",
				out,
			],
			/--start must be a calendar date/,
		],
		[
			"a date in another format",
			[
				"--kind",
				"annual",
				"--lang",
				"fr",
				"--start",
				"01/01/2027",
				"--out",
				out,
			],
			/--start must be a calendar date/,
		],
		[
			"a currency that is not ISO 4217",
			["--kind", "annual", "--lang", "fr", "--currency", "EURO", "--out", out],
			/--currency must be an ISO 4217 code/,
		],
		[
			"an unknown currency code",
			["--kind", "annual", "--lang", "fr", "--currency", "XYZ", "--out", out],
			/--currency must be an ISO 4217 code/,
		],
		[
			"an unknown extension",
			["--kind", "annual", "--lang", "fr", "--out", join(dir, "plan.csv")],
			/--out must end in .xlsx or .json/,
		],
		[
			"a folder that does not exist",
			[
				"--kind",
				"annual",
				"--lang",
				"fr",
				"--out",
				join(dir, "missing", "plan.xlsx"),
			],
			/does not exist/,
		],
	])("reject %s with exit status 2 and a message", async (_, argv, message) => {
		const result = await run(...argv);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).toMatch(/--help/);
		expect(existsSync(out)).toBe(false);
	});

	it("leave an existing file untouched without --force, and overwrite it with --force", async () => {
		const file = join(dir, "existing.json");
		writeFileSync(file, "keep me");
		const refused = await run(
			"--kind",
			"90-day",
			"--lang",
			"en",
			"--out",
			file,
		);
		expect(refused.status).toBe(2);
		expect(refused.stderr).toMatch(
			/already exists; use --force to overwrite it/,
		);
		expect(readFileSync(file, "utf8")).toBe("keep me");
		const forced = await run(
			"--kind",
			"90-day",
			"--lang",
			"en",
			"--out",
			file,
			"--force",
		);
		expect(forced.status).toBe(0);
		expect(
			JSON.parse(readFileSync(file, "utf8")).sheets.length,
		).toBeGreaterThan(0);
	});
});

describe("the command", () => {
	it("prints its usage with --help and exits 0", async () => {
		const result = await run("--help");
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/--kind KIND/);
		expect(result.stdout).toMatch(
			/first day of next year for an\s+annual plan, of next month for the others/,
		);
	});

	it.each([
		["annual", "2026-06-15", "2027-01-01"],
		["annual", "2026-12-31", "2027-01-01"],
		["quarterly", "2026-06-15", "2026-07-01"],
		["90-day", "2026-12-15", "2027-01-01"],
		["30-60-90", "2027-01-01", "2027-02-01"],
	] as const)(
		"starts a %s plan made on %s on %s by default",
		(kind, today, start) => {
			const [y, m, d] = today.split("-").map(Number) as [
				number,
				number,
				number,
			];
			expect(defaultStart(kind, new Date(y, m - 1, d))).toBe(start);
		},
	);

	it("applies --currency and leaves example rows out without --examples", async () => {
		const file = join(dir, "usd.json");
		expect(
			(
				await run(
					"--kind",
					"annual",
					"--lang",
					"en",
					"--currency",
					"usd",
					"--out",
					file,
				)
			).status,
		).toBe(0);
		const sheets = JSON.parse(readFileSync(file, "utf8")).sheets as {
			name: string;
			values: unknown[][];
		}[];
		expect(
			sheets.find((sheet) => sheet.name === "Settings")?.values.flat(),
		).toContain("USD");
		const cells = sheets.flatMap((sheet) => sheet.values.flat());
		expect(
			cells.some(
				(value) => typeof value === "string" && value.startsWith("Example – "),
			),
		).toBe(false);
	});

	it("runs end to end as npm run plan does, with exit status 0 on success and 2 on a bad option", () => {
		const file = join(dir, "spawned.xlsx");
		const ok = spawnSync(
			"npx",
			[
				"tsx",
				"src/cli/plan.ts",
				"--kind",
				"30-60-90",
				"--lang",
				"fr",
				"--out",
				file,
			],
			{ encoding: "utf8" },
		);
		expect(ok.status, ok.stderr).toBe(0);
		expect(ok.stdout).toContain(`Wrote ${file}`);
		expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
		const bad = spawnSync(
			"npx",
			[
				"tsx",
				"src/cli/plan.ts",
				"--kind",
				"weekly",
				"--lang",
				"fr",
				"--out",
				file,
			],
			{ encoding: "utf8" },
		);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/--kind must be one of/);
	}, 30_000);
});
