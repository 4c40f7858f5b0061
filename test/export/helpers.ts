// Small hand-made plans and a LibreOffice runner shared by the export and CLI tests.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import type {
	Cell,
	Plan,
	PlanChoices,
	Tab,
	TabKey,
} from "../../src/plan/types";

export const choices: PlanChoices = {
	kind: "quarterly",
	language: "en",
	start: "2027-01-01",
	currency: "EUR",
	stages: [],
	roles: [],
	examples: false,
};

export function tab(
	key: TabKey,
	name: string,
	cells: Cell[][],
	extra: Partial<Tab> = {},
): Tab {
	const width = Math.max(0, ...cells.map((row) => row.length));
	return {
		key,
		name,
		cells: cells.map((row) => [
			...row,
			...Array<Cell>(width - row.length).fill(null),
		]),
		frozenRows: 0,
		columnWidths: Array<number>(width).fill(120),
		boldRows: [],
		formats: [],
		validations: [],
		rules: [],
		protectedAreas: [],
		...extra,
	};
}

export const plan = (...tabs: Tab[]): Plan => ({ choices, tabs });

const tempDirs: string[] = [];

export function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	tempDirs.push(dir);
	return dir;
}

/** For afterAll: the files a test file wrote, and LibreOffice's profiles, go with it. */
export function removeTempDirs(): void {
	for (const dir of tempDirs.splice(0))
		rmSync(dir, { recursive: true, force: true });
}

/** Fails, never skips, when LibreOffice is missing: the export promises files that open there. */
export function requireSoffice(): void {
	const found = spawnSync("soffice", ["--version"], { encoding: "utf8" });
	if (found.error || found.status !== 0) {
		throw new Error(
			"LibreOffice is needed for this test: install it (apt-get install libreoffice-calc) so `soffice` is on the PATH",
		);
	}
}

/** A tiny RFC 4180 reader: LibreOffice quotes fields holding commas, quotes or line breaks. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = "";
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i] as string;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ",") {
			row.push(field);
			field = "";
		} else if (char === "\n") {
			row.push(field);
			rows.push(row);
			row = [];
			field = "";
		} else if (char !== "\r") field += char;
	}
	if (field !== "" || row.length > 0) rows.push([...row, field]);
	return rows;
}

/**
 * Opens each workbook in headless LibreOffice with a fresh profile (stock settings) and saves every sheet as CSV,
 * in en-US conventions; returns, per workbook file, each sheet's rows as LibreOffice computed them.
 */
export function libreOfficeSheets(
	files: readonly string[],
	sheetNames: Readonly<Record<string, readonly string[]>>,
): Record<string, Record<string, string[][]>> {
	requireSoffice();
	const out = tempDir("lo-csv-");
	const profile = tempDir("lo-profile-");
	// Field separator, text delimiter, UTF-8, first line, no column formats, en-US, then "-1": one CSV per sheet.
	const filter =
		"csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1";
	execFileSync(
		"soffice",
		[
			`-env:UserInstallation=file://${profile}`,
			"--headless",
			"--convert-to",
			filter,
			"--outdir",
			out,
			...files,
		],
		{
			stdio: "pipe",
			timeout: 120_000,
		},
	);
	const written = new Set(readdirSync(out));
	const result: Record<string, Record<string, string[][]>> = {};
	for (const file of files) {
		const base = basename(file, extname(file));
		result[file] = {};
		for (const sheet of sheetNames[file] ?? []) {
			const csv = `${base}-${sheet}.csv`;
			if (!written.has(csv))
				throw new Error(
					`LibreOffice wrote no ${csv}; it wrote ${[...written].join(", ")}`,
				);
			(result[file] as Record<string, string[][]>)[sheet] = parseCsv(
				readFileSync(join(out, csv), "utf8"),
			);
		}
	}
	return result;
}

/** One workbook's sheets as LibreOffice computes them, by name. */
export const libreOfficeSheetsOf = (
	file: string,
	sheetNames: readonly string[],
): Record<string, string[][]> =>
	libreOfficeSheets([file], { [file]: sheetNames })[file] ?? {};

export const ERROR_TEXT =
	/^(#VALUE!|#REF!|#NAME\?|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)$/;

/** Every cell LibreOffice shows as an error, as "Sheet R3C2: #N/A": what a person opening the file would see. */
export function errorCells(
	sheets: Readonly<Record<string, readonly (readonly string[])[]>>,
): string[] {
	const errors: string[] = [];
	for (const [sheet, rows] of Object.entries(sheets))
		for (const [r, row] of rows.entries())
			for (const [c, text] of row.entries())
				if (ERROR_TEXT.test(text))
					errors.push(`${sheet} R${r + 1}C${c + 1}: ${text}`);
	return errors;
}

/** A CSV field as a value: numbers, percentages and dates (m/d/yyyy or yyyy-mm-dd, as serials) are read back to numbers. */
export function csvValue(text: string): string | number | boolean | null {
	if (text === "") return null;
	if (/^-?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(text)) return Number(text);
	const percent = /^(-?\d+(?:\.\d+)?(?:E[-+]?\d+)?)%$/i.exec(text);
	if (percent) return Number(percent[1]) / 100;
	const serial = (y: string, m: string, d: string) =>
		Math.round(
			(Date.UTC(Number(y), Number(m) - 1, Number(d)) - Date.UTC(1899, 11, 30)) /
				86_400_000,
		);
	const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
	if (us) return serial(us[3] as string, us[1] as string, us[2] as string);
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (iso) return serial(iso[1] as string, iso[2] as string, iso[3] as string);
	if (text === "TRUE" || text === "FALSE") return text === "TRUE";
	return text;
}
