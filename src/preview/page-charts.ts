// Draws a tab's charts over the preview's grid with Chart.js, on the cells the add-in anchored them, from computed values.

import type { ChartConfiguration, Chart as ChartJs } from "chart.js";
import type { ChartView } from "./chart-view";
import { formatValue } from "./number-format";

/** Chart.js's UMD build, served by the preview as /chart.js. */
declare const Chart: typeof ChartJs;

let drawn: ChartJs[] = [];

function configuration(view: ChartView, locale: string): ChartConfiguration {
	const horizontal = view.kind === "bar";
	const [category, value] = horizontal ? ["y", "x"] : ["x", "y"];
	const format = (n: number) => formatValue(n, view.format, locale);
	return {
		type: view.kind === "line" ? "line" : "bar",
		data: {
			labels: [...view.categories],
			datasets: view.series.map((series) => ({
				type: series.line ? "line" : "bar",
				label: series.name,
				data: [...series.values],
				backgroundColor: series.color,
				borderColor: series.color,
				// Lines are drawn over the columns.
				order: series.line ? 0 : 1,
			})),
		},
		options: {
			responsive: false,
			animation: false,
			indexAxis: horizontal ? "y" : "x",
			plugins: {
				title: { display: true, text: view.title, font: { size: 15 } },
				legend: { position: "bottom" },
				tooltip: {
					callbacks: {
						label: (item) =>
							`${item.dataset.label}: ${format(Number(item.parsed[value as "x" | "y"]))}`,
					},
				},
			},
			scales: {
				[category]: { title: { display: true, text: view.axes.category } },
				[value]: {
					beginAtZero: true,
					title: { display: true, text: view.axes.value },
					ticks: { callback: (tick) => format(Number(tick)) },
				},
			},
		},
	} as ChartConfiguration;
}

/** Replaces the charts drawn before with the tab's, each over its anchor cell. */
export function drawCharts(
	grid: HTMLElement,
	charts: readonly ChartView[],
	locale: string,
): void {
	for (const chart of drawn) chart.destroy();
	drawn = [];
	if (typeof Chart === "undefined") return;
	for (const view of charts) {
		const anchor = grid.querySelector<HTMLTableCellElement>(
			`td[data-row="${view.row}"][data-column="${view.column}"]`,
		);
		if (!anchor) continue;
		const box = document.createElement("div");
		box.className = "chart";
		box.dataset.chart = String(view.id);
		box.style.left = `${anchor.offsetLeft}px`;
		box.style.top = `${anchor.offsetTop}px`;
		const canvas = document.createElement("canvas");
		canvas.width = view.width;
		canvas.height = view.height;
		canvas.setAttribute("role", "img");
		canvas.setAttribute("aria-label", view.title);
		box.append(canvas);
		grid.append(box);
		drawn.push(new Chart(canvas, configuration(view, locale)));
	}
}
