import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataRows } from "../../src/export/drawingml";
import { planWorkbook, xlsxBytes } from "../../src/export/xlsx";
import { addCharts } from "../../src/export/xlsx-charts";
import { quoteSheet, range } from "../../src/plan/a1";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type { Area, Language, Plan, PlanKind } from "../../src/plan/types";
import { computePlan } from "../../src/workbook/compute-plan";
import { runsWith } from "../support/engines";
import { removeTempDirs, requireSoffice, tempDir } from "./helpers";

afterAll(removeTempDirs);

const ROOT = new URL("../../", import.meta.url);
const SCREENSHOT = fileURLToPath(new URL("test-output/xlsx-chart.png", ROOT));

const kinds: PlanKind[] = ["annual", "quarterly", "30-60-90", "90-day"];
const languages: Language[] = ["fr", "en"];
const every = kinds.flatMap((kind) =>
	languages.map((language) => ({ kind, language })),
);

const build = (kind: PlanKind, language: Language): Plan =>
	buildPlan(
		{ ...defaultChoices(kind, language, "2027-01-01"), examples: true },
		defaultTabNames(language),
	);

const chartsOf = (plan: Plan) =>
	plan.tabs.flatMap((tab) =>
		(tab.charts ?? []).map((chart) => ({ tab, chart })),
	);

async function parts(bytes: Uint8Array, pattern: RegExp) {
	const zip = await JSZip.loadAsync(bytes);
	const names = Object.keys(zip.files)
		.filter((name) => pattern.test(name))
		.sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
	return Promise.all(
		names.map(async (name) => ({
			name,
			xml: await (zip.file(name) as JSZip.JSZipObject).async("string"),
		})),
	);
}

const chartParts = (bytes: Uint8Array) =>
	parts(bytes, /^xl\/charts\/chart\d+\.xml$/);

/** A reference with its sheet name unquoted: LibreOffice quotes only the names that need it. */
const unquoted = (reference: string): string => {
	const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(reference);
	return quoted
		? `${(quoted[1] as string).replaceAll("''", "'")}!${quoted[2]}`
		: reference;
};

/** The cell references of each chart's series values, as written in its c:val/c:f elements. */
const valueReferences = (xml: string): string[] =>
	[...xml.matchAll(/<c:val>\s*<c:numRef>\s*<c:f>([^<]+)<\/c:f>/g)].map((m) =>
		unquoted(
			(m[1] as string).replaceAll("&apos;", "'").replaceAll("&amp;", "&"),
		),
	);

const referenceOf = (name: string, area: Area): string =>
	unquoted(`${quoteSheet(name)}!${range(dataRows(area), true)}`);

/** The numbers a chart part caches for its first series. */
const firstSeriesCache = (xml: string): (number | undefined)[] => {
	const cache = /<c:val>[\s\S]*?<c:numCache>([\s\S]*?)<\/c:numCache>/.exec(xml);
	if (!cache) return [];
	const count = Number(/<c:ptCount val="(\d+)"/.exec(cache[1] as string)?.[1]);
	const values: (number | undefined)[] = new Array(count).fill(undefined);
	for (const m of (cache[1] as string).matchAll(
		/<c:pt idx="(\d+)"[^>]*>\s*<c:v>([^<]*)<\/c:v>/g,
	))
		values[Number(m[1])] = Number(m[2]);
	return values;
};

describe("the .xlsx charts", () => {
	it.each(every)(
		"the $kind plan in $language holds one Excel chart per plan chart, over its own tab's cells",
		async ({ kind, language }) => {
			const plan = build(kind, language);
			const bytes = await xlsxBytes(plan, computePlan(plan));
			const charts = await chartParts(bytes);
			const expected = chartsOf(plan);
			expect(charts.length).toBe(expected.length);
			expected.forEach(({ tab, chart }, i) => {
				expect(valueReferences((charts[i] as { xml: string }).xml)).toEqual(
					chart.series.map((series) => referenceOf(tab.name, series.values)),
				);
			});
			const drawings = await parts(bytes, /^xl\/worksheets\/sheet\d+\.xml$/);
			expect(
				drawings.filter(({ xml }) => /<drawing r:id="rId\d+"\/>/.test(xml))
					.length,
			).toBe(new Set(expected.map(({ tab }) => tab.key)).size);
			const [types] = await parts(bytes, /^\[Content_Types\]\.xml$/);
			for (const { name } of charts)
				expect(types?.xml).toContain(`PartName="/${name}"`);
		},
	);
});

/** Skipped, with a notice, where LibreOffice (and, for the picture, Poppler) is missing; required in CI. */
const describeWithLibreOffice = describe.runIf(runsWith("libreoffice"));
const describeWithDrawing = describe.runIf(runsWith("libreoffice", "poppler"));

describeWithLibreOffice("the .xlsx charts in LibreOffice Calc", () => {
	const dir = tempDir("xlsx-charts-");
	const back = join(dir, "back");
	const plans = new Map<string, Plan>();
	const files: string[] = [];

	beforeAll(async () => {
		requireSoffice();
		for (const { kind, language } of every) {
			const plan = build(kind, language);
			const file = join(dir, `${kind}-${language}.xlsx`);
			// No caches: the values LibreOffice saves back are then its own, computed from the cells.
			writeFileSync(file, await xlsxBytes(plan));
			plans.set(file, plan);
			files.push(file);
		}
		const profile = tempDir("lo-profile-");
		execFileSync(
			"soffice",
			[
				`-env:UserInstallation=file://${profile}`,
				"--headless",
				"--convert-to",
				"xlsx:Calc MS Excel 2007 XML",
				"--outdir",
				back,
				...files,
			],
			{ stdio: "pipe", timeout: 180_000 },
		);
	}, 240_000);

	it("keeps every chart when the workbook is saved back to .xlsx, over the same cells", async () => {
		for (const file of files) {
			const plan = plans.get(file) as Plan;
			const saved = readFileSync(join(back, file.split("/").pop() as string));
			const charts = await chartParts(saved);
			const expected = chartsOf(plan);
			expect(charts.length, file).toBe(expected.length);
			const written = charts.flatMap(({ xml }) => valueReferences(xml)).sort();
			const wanted = expected
				.flatMap(({ tab, chart }) =>
					chart.series.map((series) => referenceOf(tab.name, series.values)),
				)
				.sort();
			expect(written, file).toEqual(wanted);
		}
	});

	it("draws the values it computes from the cells: the funnel's needed volumes, as the add-in computes them", async () => {
		for (const file of files) {
			const plan = plans.get(file) as Plan;
			const funnel = plan.tabs.find((tab) => tab.key === "funnel");
			if (!funnel) continue;
			const chart = funnel.charts?.[0];
			const needed = chart?.series[0]?.values;
			if (!needed) throw new Error("the funnel has no chart");
			const values = computePlan(plan).find((tab) => tab.key === "funnel")
				?.values as unknown[][];
			const expected = Array.from(
				{ length: needed.rows - 1 },
				(_, i) => values[needed.row + 1 + i]?.[needed.column],
			);
			const saved = readFileSync(join(back, file.split("/").pop() as string));
			const part = (await chartParts(saved)).find(({ xml }) =>
				valueReferences(xml).some((ref) => ref.startsWith(`${funnel.name}!`)),
			);
			const cached = firstSeriesCache(part?.xml ?? "");
			expect(cached.length, file).toBe(expected.length);
			cached.forEach((value, i) => {
				expect(value, `${file} row ${i}`).toBeCloseTo(expected[i] as number, 6);
			});
		}
	});
});

/** The plan with a few actuals typed in the Funnel, as a team would after some weeks. */
function withFunnelActuals(plan: Plan, actuals: readonly number[]): Plan {
	return {
		...plan,
		tabs: plan.tabs.map((tab) => {
			const actual = tab.charts?.[0]?.series[1]?.values;
			if (tab.key !== "funnel" || !actual) return tab;
			const cells = tab.cells.map((row) => [...row]);
			actuals.forEach((value, i) => {
				(cells[actual.row + 1 + i] as unknown[])[actual.column] = value;
			});
			return { ...tab, cells };
		}),
	};
}

/** The box, in PDF points, around every word of a page: the table and the chart's titles, ticks and legend. */
function wordsBox(pdf: string, page: number) {
	const html = execFileSync(
		"pdftotext",
		["-bbox", "-f", String(page), "-l", String(page), pdf, "-"],
		{ encoding: "utf8" },
	);
	const box = { left: Infinity, top: Infinity, right: 0, bottom: 0 };
	for (const m of html.matchAll(
		/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g,
	)) {
		box.left = Math.min(box.left, Number(m[1]));
		box.top = Math.min(box.top, Number(m[2]));
		box.right = Math.max(box.right, Number(m[3]));
		box.bottom = Math.max(box.bottom, Number(m[4]));
	}
	return box;
}

describeWithDrawing("a chart as LibreOffice draws it", () => {
	it("renders the funnel's table and chart to test-output/xlsx-chart.png", async () => {
		requireSoffice();
		const plan = withFunnelActuals(
			build("quarterly", "en"),
			[420, 64, 31, 18, 12],
		);
		const funnel = plan.tabs.find((tab) => tab.key === "funnel");
		const workbook = planWorkbook(plan);
		// One landscape page for the Funnel tab, so its table and chart print side by side.
		const sheet = workbook.getWorksheet(funnel?.name as string);
		if (!sheet) throw new Error("no Funnel sheet");
		sheet.pageSetup = {
			...sheet.pageSetup,
			orientation: "landscape",
			fitToPage: true,
			fitToWidth: 1,
			fitToHeight: 1,
			printArea: "A1:N20",
		};
		const bytes = await addCharts(
			new Uint8Array(await workbook.xlsx.writeBuffer()),
			plan,
			computePlan(plan),
		);
		const dir = tempDir("xlsx-chart-png-");
		const file = join(dir, "funnel.xlsx");
		writeFileSync(file, bytes);
		const profile = tempDir("lo-profile-");
		execFileSync(
			"soffice",
			[
				`-env:UserInstallation=file://${profile}`,
				"--headless",
				"--convert-to",
				"pdf",
				"--outdir",
				dir,
				file,
			],
			{ stdio: "pipe", timeout: 120_000 },
		);
		const pdf = join(dir, "funnel.pdf");
		const title = funnel?.charts?.[0]?.title as string;
		const pages = Number(
			/Pages:\s+(\d+)/.exec(
				execFileSync("pdfinfo", [pdf], { encoding: "utf8" }),
			)?.[1],
		);
		let page = 0;
		for (let p = 1; p <= pages && page === 0; p++) {
			const text = execFileSync(
				"pdftotext",
				["-f", String(p), "-l", String(p), pdf, "-"],
				{ encoding: "utf8" },
			);
			if (text.includes(title)) page = p;
		}
		expect(page, `no page shows "${title}"`).toBeGreaterThan(0);
		const dpi = 200;
		const box = wordsBox(pdf, page);
		const pixels = (points: number) => Math.round((points * dpi) / 72);
		// The chart's frame reaches past its last tick label and legend.
		const [margin, frame] = [12, 40];
		execFileSync("pdftoppm", [
			...["-f", String(page), "-l", String(page), "-r", String(dpi)],
			...["-x", String(pixels(box.left) - margin)],
			...["-y", String(pixels(box.top) - margin)],
			...["-W", String(pixels(box.right - box.left) + margin + frame)],
			...["-H", String(pixels(box.bottom - box.top) + margin + frame)],
			...["-png", "-singlefile", pdf, join(dir, "chart")],
		]);
		mkdirSync(new URL("test-output/", ROOT), { recursive: true });
		copyFileSync(join(dir, "chart.png"), SCREENSHOT);
	}, 120_000);
});
