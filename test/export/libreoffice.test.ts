import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/plan";
import type { JsonPlan, JsonSheet } from "../../src/export/json";
import type { Language, PlanKind } from "../../src/plan/types";
import { runsWith } from "../support/engines";
import {
	csvValue,
	errorCells,
	libreOfficeSheets,
	removeTempDirs,
	requireSoffice,
	tempDir,
} from "./helpers";

afterAll(removeTempDirs);

const kinds: PlanKind[] = ["annual", "quarterly", "30-60-90", "90-day"];
const languages: Language[] = ["fr", "en"];
const every = kinds.flatMap((kind) =>
	languages.map((lang) => [kind, lang] as const),
);
/** What the CLI says on failure, kept for the assertion message rather than printed. */
let cliErrors = "";
const silent = {
	out: () => {},
	err: (text: string) => {
		cliErrors += text;
	},
};
const CUSTOM = /WEIGHTED_FORECAST|FUNNEL_TARGETS|HEADCOUNT_NEEDED|HIRING_PLAN/;

const dir = tempDir("plan-lo-");
const files = Object.fromEntries(
	every.map(([kind, lang]) => [
		`${kind}-${lang}`,
		join(dir, `${kind}-${lang}`),
	]),
);
let json: Record<string, JsonPlan> = {};
let computed: Record<string, Record<string, string[][]>> = {};

/** Cells that hold a custom function in Sheets, and every cell a FUNNEL_TARGETS or HIRING_PLAN spill fills. */
function keyFigures(sheet: JsonSheet): [number, number][] {
	const cells: [number, number][] = [];
	for (const [r, row] of sheet.formulas.entries()) {
		for (const [c, formula] of row.entries()) {
			if (!formula || !CUSTOM.test(formula)) continue;
			if (formula.includes("HIRING_PLAN")) {
				// Five rows, one column per month: as far right as the first row is filled.
				for (let j = c; typeof sheet.values[r]?.[j] === "number"; j++)
					for (let k = r; k < r + 5; k++) cells.push([k, j]);
				continue;
			}
			if (!formula.includes("FUNNEL_TARGETS")) {
				cells.push([r, c]);
				continue;
			}
			for (
				let k = r;
				sheet.values[k]?.[c] !== "" &&
				sheet.values[k]?.[c] !== null &&
				k < sheet.values.length;
				k++
			) {
				for (let j = c; j < c + 3; j++) cells.push([k, j]);
			}
		}
	}
	return cells;
}

const same = (expected: unknown, actual: unknown): boolean => {
	const a = expected === "" ? null : expected;
	const b = actual === "" ? null : actual;
	if (typeof a === "number" && typeof b === "number")
		return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
	return a === b;
};

beforeAll(async () => {
	requireSoffice();
	for (const [kind, lang] of every) {
		for (const ext of [".xlsx", ".json"]) {
			const status = await main(
				[
					"--kind",
					kind,
					"--lang",
					lang,
					"--start",
					"2027-01-01",
					"--examples",
					"--out",
					`${files[`${kind}-${lang}`]}${ext}`,
				],
				silent,
			);
			expect(status, cliErrors).toBe(0);
		}
	}
	json = Object.fromEntries(
		Object.entries(files).map(([key, base]) => [
			key,
			JSON.parse(readFileSync(`${base}.json`, "utf8")) as JsonPlan,
		]),
	);
	const xlsx = Object.values(files).map((base) => `${base}.xlsx`);
	const names = Object.fromEntries(
		Object.entries(files).map(([key, base]) => [
			`${base}.xlsx`,
			(json[key] as JsonPlan).sheets.map((s) => s.name),
		]),
	);
	const sheets = libreOfficeSheets(xlsx, names);
	computed = Object.fromEntries(
		Object.entries(files).map(([key, base]) => [
			key,
			sheets[`${base}.xlsx`] ?? {},
		]),
	);
}, 180_000);

describe.runIf(runsWith("libreoffice")).each(every)(
	"the %s %s workbook opened in LibreOffice Calc",
	(kind, lang) => {
		const key = `${kind}-${lang}`;

		it("shows no error in any cell", () => {
			expect(errorCells(computed[key] ?? {})).toEqual([]);
		});

		it("computes the weighted forecast, funnel volumes, headcount and hiring calendar the add-in computes", () => {
			let checked = 0;
			for (const sheet of (json[key] as JsonPlan).sheets) {
				const rows = computed[key]?.[sheet.name] ?? [];
				for (const [r, c] of keyFigures(sheet)) {
					const expected = sheet.values[r]?.[c];
					const actual = csvValue(rows[r]?.[c] ?? "");
					expect(
						same(expected, actual),
						`${sheet.name} R${r + 1}C${c + 1}: add-in ${expected}, LibreOffice ${actual}`,
					).toBe(true);
					if (typeof expected === "number") checked++;
				}
			}
			// A forecast and a headcount at least, and a funnel wherever the plan has one.
			expect(checked).toBeGreaterThanOrEqual(kind === "90-day" ? 0 : 5);
		});

		it("computes every other cell as HyperFormula does too", () => {
			const differences: string[] = [];
			for (const sheet of (json[key] as JsonPlan).sheets) {
				const rows = computed[key]?.[sheet.name] ?? [];
				for (const [r, row] of sheet.values.entries()) {
					for (const [c, expected] of row.entries()) {
						// Text is compared as text: a CSV cannot tell the text "1" from the number 1.
						const text = rows[r]?.[c] ?? "";
						const actual = typeof expected === "string" ? text : csvValue(text);
						if (!same(expected, actual))
							differences.push(
								`${sheet.name} R${r + 1}C${c + 1}: ${JSON.stringify(expected)} vs ${JSON.stringify(actual)}`,
							);
					}
				}
			}
			expect(differences).toEqual([]);
		});
	},
);
