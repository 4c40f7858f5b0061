// The preview's charts in headless Chromium: each tab with charts shows them as canvases with the plan's series,
// and a chart redraws when a person edits a cell it reads.

import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type { Plan } from "../../src/plan/types";
import { previewInChromium, screenshotPath } from "../support/preview-page";

const SCREENSHOT = screenshotPath("preview-chart.png");
const OVERVIEW_SCREENSHOT = screenshotPath("preview-overview-chart.png");

const plan: Plan = buildPlan(
	{ ...defaultChoices("annual", "en", "2027-01-01"), examples: true },
	defaultTabNames("en"),
);

// The sidebar's own call, made directly: these tests are about what the page draws.
const preview = previewInChromium("en_US", (server) => {
	server.workbook.call({
		name: "generatePlan",
		args: [{ plan, replace: [] }],
	});
});
let page: Page;
beforeAll(async () => {
	page = preview.page;
	await page.goto(preview.preview.url);
}, 60_000);

interface Drawn {
	readonly title: string;
	readonly labels: readonly string[];
	readonly datasets: readonly {
		readonly label: string;
		readonly type: string;
		readonly data: readonly (number | null)[];
	}[];
}

/** What Chart.js holds for each chart drawn on the page. */
const drawn = (): Promise<Drawn[]> =>
	page.evaluate(() => {
		const library = (
			window as unknown as {
				Chart: { getChart(c: HTMLCanvasElement): unknown };
			}
		).Chart;
		return [
			...document.querySelectorAll<HTMLCanvasElement>("#grid .chart canvas"),
		].map((canvas) => {
			const chart = library.getChart(canvas) as {
				options: { plugins: { title: { text: string } } };
				data: {
					labels: string[];
					datasets: { label: string; type: string; data: (number | null)[] }[];
				};
			};
			return {
				title: chart.options.plugins.title.text,
				labels: chart.data.labels,
				datasets: chart.data.datasets.map((d) => ({
					label: d.label,
					type: d.type,
					data: d.data,
				})),
			};
		});
	});

async function openTab(name: string): Promise<void> {
	await page.locator("#tabs button", { hasText: name }).first().click();
	await expect
		.poll(() =>
			page.locator('#tabs button[aria-selected="true"]').textContent(),
		)
		.toBe(name);
}

const { cell } = preview;

describe("the preview's charts", () => {
	it.each(
		plan.tabs
			.filter((tab) => (tab.charts ?? []).length > 0)
			.map((tab) => [tab.name, tab] as const),
	)(
		"the %s tab shows its chart: one canvas, the plan's title and series, computed numbers",
		async (name, tab) => {
			await openTab(name);
			const charts = tab.charts ?? [];
			await expect.poll(async () => (await drawn()).length).toBe(charts.length);
			const shown = await drawn();
			charts.forEach((chart, i) => {
				const view = shown[i] as Drawn;
				expect(view.title).toBe(chart.title);
				expect(view.datasets).toHaveLength(chart.series.length);
				expect(view.datasets.map((d) => d.type)).toEqual(
					chart.series.map((s) => (s.line ? "line" : "bar")),
				);
				expect(view.labels).toHaveLength(chart.categories.rows - 1);
				expect(view.datasets[0]?.data.some((v) => typeof v === "number")).toBe(
					true,
				);
			});
		},
		20_000,
	);

	it("redraws the KPI chart when a KPI's target is edited", async () => {
		const kpis = plan.tabs.find((tab) => tab.key === "kpis");
		await openTab(kpis?.name as string);
		const name = page.locator('#grid td[data-column="1"]', {
			hasText: "Sales cycle (days)",
		});
		const row = Number(await name.getAttribute("data-row"));
		const share = async () => {
			const [chart] = await drawn();
			const at = chart?.labels.findIndex((label) =>
				label.includes("Sales cycle"),
			);
			return chart?.datasets[0]?.data[at ?? -1];
		};
		// 66 days against a target of 60.
		expect(await share()).toBeCloseTo(1.1, 9);
		await cell(row, 6).click();
		const input = page.locator("#grid input.editor");
		await input.fill("66");
		await input.press("Enter");
		await expect.poll(share, { timeout: 10_000 }).toBeCloseTo(1, 9);
	}, 20_000);

	it("draws the Funnel's chart beside its table: screenshot in test-output/preview-chart.png", async () => {
		const funnel = plan.tabs.find((tab) => tab.key === "funnel");
		await openTab(funnel?.name as string);
		const chart = page.locator("#grid .chart").first();
		await chart.scrollIntoViewIfNeeded();
		await chart.screenshot({ path: SCREENSHOT });
		expect((await chart.boundingBox())?.width).toBeGreaterThan(500);
	}, 20_000);

	it("draws the Overview's target, won and forecast of each period: screenshot in test-output/preview-overview-chart.png", async () => {
		const overview = plan.tabs.find((tab) => tab.key === "overview");
		await openTab(overview?.name as string);
		const [shown] = await drawn();
		const forecast = shown?.datasets[2];
		expect(forecast?.type).toBe("line");
		expect(forecast?.data).toHaveLength(12);
		// The example deals close within the year: some period has a forecast above zero.
		expect(forecast?.data.some((value) => (value ?? 0) > 0)).toBe(true);
		const chart = page.locator("#grid .chart").first();
		await chart.scrollIntoViewIfNeeded();
		// Back to column A, which an earlier test may have scrolled past: the chart starts there, beside the row numbers.
		await page.locator("#grid").evaluate((grid) => {
			grid.scrollLeft = 0;
		});
		// The page's view of the chart's box: an element screenshot would scroll the grid under its row numbers.
		const box = await chart.boundingBox();
		expect(box?.width).toBeGreaterThan(500);
		if (box) await page.screenshot({ path: OVERVIEW_SCREENSHOT, clip: box });
	}, 20_000);
});
