// The preview page's grid: draws the workbook the server computed, switches tabs, and edits cells. Every value is text.

import { columnLetter } from "../plan/a1";
import type { Language } from "../plan/types";
import { drawCharts } from "./page-charts";
import { type PageText, pageLanguage, pageTexts } from "./page-text";
import type { CellView, TabView, WorkbookView } from "./workbook-view";

interface Selection {
	readonly row: number;
	readonly column: number;
}

let view: WorkbookView | undefined;
let selection: Selection | undefined;
/** Closes the open cell editor without committing. */
let closeEditor: (() => void) | undefined;
/** The sidebar's language once it has told it (the plan's language); until then, the spreadsheet locale's. */
let sidebarLanguage: Language | undefined;

const byId = <T extends HTMLElement>(id: string): T =>
	document.getElementById(id) as T;

/** 1-based, as the page numbers columns. */
const letters = (column: number): string => columnLetter(column - 1);

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

const language = (): Language =>
	sidebarLanguage ??
	pageLanguage(view?.locale ?? document.documentElement.lang);

const text = (): PageText => pageTexts[language()];

/** The page's own words, in the plan's language. */
function renderWords(): void {
	const t = text();
	document.documentElement.lang = language();
	document.title = t.title;
	byId("document-title").textContent = t.documentTitle;
	byId("document-note").textContent = t.documentNote;
	byId("sidebar-title").textContent = t.documentTitle;
	byId("open-sidebar").textContent = t.openSidebar;
	byId("close-sidebar").setAttribute("aria-label", t.closeSidebar);
	byId("sidebar").setAttribute("aria-label", t.sidebar);
	byId("sidebar-frame").setAttribute("title", t.documentTitle);
	byId("tabs").setAttribute("aria-label", t.tabs);
}

function showStatus(message: string, problem = false): void {
	const status = byId("status");
	status.textContent = message;
	status.classList.toggle("problem", problem);
}

async function post(path: string, body: unknown): Promise<void> {
	const response = await fetch(path, {
		method: "POST",
		headers: { "content-type": "application/json" },
		body: JSON.stringify(body),
	});
	if (!response.ok) {
		const answer = (await response.json().catch(() => ({}))) as {
			error?: string;
		};
		throw new Error(answer.error ?? text().serverAnswered(response.status));
	}
}

async function load(): Promise<void> {
	const response = await fetch("/api/workbook");
	if (!response.ok) throw new Error(text().serverAnswered(response.status));
	const next = (await response.json()) as WorkbookView;
	if (view?.active !== next.active) selection = undefined;
	view = next;
	render();
}

function refresh(): void {
	load().catch((error: unknown) => showStatus(String(error), true));
}

const activeTab = (): TabView | undefined =>
	view?.tabs.find((tab) => tab.id === view?.active) ?? view?.tabs[0];

function render(): void {
	closeEditor?.();
	renderWords();
	renderTabs();
	renderGrid();
	renderFormulaBar();
}

function renderTabs(): void {
	const nav = byId("tabs");
	nav.replaceChildren(
		...(view?.tabs ?? []).map((tab) => {
			const button = element("button", "tab", tab.name);
			button.type = "button";
			button.setAttribute("role", "tab");
			button.dataset.id = String(tab.id);
			button.setAttribute("aria-selected", String(tab.id === activeTab()?.id));
			button.addEventListener("click", () => void selectTab(tab.id));
			return button;
		}),
	);
}

async function selectTab(id: number): Promise<void> {
	try {
		await post("/api/select", { sheet: id });
		await load();
	} catch (error) {
		showStatus(String(error), true);
	}
}

function renderGrid(): void {
	const tab = activeTab();
	const grid = byId("grid");
	if (!tab) {
		grid.replaceChildren();
		return;
	}
	const table = element("table", "cells");
	const columns = tab.widths.length;
	const colgroup = element("colgroup");
	const numbers = element("col");
	numbers.style.width = "46px";
	colgroup.append(numbers);
	for (const width of tab.widths) {
		const col = element("col");
		col.style.width = `${width}px`;
		colgroup.append(col);
	}
	// Column letters and frozen rows live in one sticky header, as Sheets keeps them in view while scrolling.
	const head = element("thead");
	const lettersRow = element("tr", "letters");
	lettersRow.append(element("th", "corner row-number"));
	for (let c = 1; c <= columns; c++)
		lettersRow.append(element("th", "", letters(c)));
	head.append(lettersRow);
	const body = element("tbody");
	tab.rows.forEach((cells, r) => {
		const frozen = r < tab.frozenRows;
		const tr = element(
			"tr",
			frozen && r === tab.frozenRows - 1 ? "last-frozen" : "",
		);
		tr.append(element("th", "row-number", String(r + 1)));
		cells.forEach((cell, c) => {
			tr.append(cellElement(cell, spillWidth(tab, cells, c), r + 1, c + 1));
		});
		(frozen ? head : body).append(tr);
	});
	table.append(colgroup, head, body);
	table.style.width = `${46 + tab.widths.reduce((sum, w) => sum + w, 0)}px`;
	grid.replaceChildren(table);
	drawCharts(grid, tab.charts, view?.locale ?? "en_US");
}

/** How wide a text may spill: over the empty cells to its right, up to the first one holding something, as in Sheets. */
function spillWidth(
	tab: TabView,
	cells: readonly CellView[],
	column: number,
): number | undefined {
	const cell = cells[column];
	if (!cell?.text || cell.number || cells[column + 1]?.text !== "")
		return undefined;
	let width = tab.widths[column] ?? 0;
	for (let c = column + 1; c < cells.length && cells[c]?.text === ""; c++)
		width += tab.widths[c] ?? 0;
	return width;
}

function cellElement(
	cell: CellView,
	spill: number | undefined,
	row: number,
	column: number,
): HTMLTableCellElement {
	const td = element("td");
	td.dataset.row = String(row);
	td.dataset.column = String(column);
	if (spill === undefined) td.textContent = cell.text;
	else {
		const text = element("span", "spill", cell.text);
		text.style.width = `${spill - 6}px`;
		td.classList.add("overflow");
		td.append(text);
	}
	if (cell.number) td.classList.add("number");
	if (cell.bold) td.classList.add("bold");
	if (cell.error) td.classList.add("error");
	if (cell.list !== undefined) td.classList.add("list");
	if (cell.background) td.style.backgroundColor = cell.background;
	if (cell.color) td.style.color = cell.color;
	if (selection?.row === row && selection.column === column)
		td.classList.add("selected");
	td.addEventListener("click", () => void select(td, cell, row, column));
	return td;
}

function renderFormulaBar(): void {
	const tab = activeTab();
	const cell =
		selection && tab?.rows[selection.row - 1]?.[selection.column - 1];
	byId("cell-name").textContent = selection
		? `${letters(selection.column)}${selection.row}`
		: "";
	byId("cell-input").textContent = cell ? (cell.input ?? "") : "";
}

async function select(
	td: HTMLTableCellElement,
	cell: CellView,
	row: number,
	column: number,
): Promise<void> {
	const tab = activeTab();
	if (!tab) return;
	closeEditor?.();
	for (const old of document.querySelectorAll("td.selected"))
		old.classList.remove("selected");
	td.classList.add("selected");
	selection = { row, column };
	renderFormulaBar();
	openEditor(td, cell, tab.id, row, column);
	// The add-in's "KPI alerts on the selection" reads the active range.
	post("/api/select", { sheet: tab.id, row, column }).catch((error: unknown) =>
		showStatus(String(error), true),
	);
}

function openEditor(
	td: HTMLTableCellElement,
	cell: CellView,
	sheet: number,
	row: number,
	column: number,
): void {
	const grid = byId("grid");
	const choices = cell.list === undefined ? undefined : view?.lists[cell.list];
	const editor = choices
		? dropdown(choices, cell.text)
		: element("input", "editor");
	if (editor instanceof HTMLInputElement) {
		editor.type = "text";
		editor.value = cell.input ?? "";
	}
	editor.setAttribute("aria-label", `${letters(column)}${row}`);
	const cellBox = td.getBoundingClientRect();
	const gridBox = grid.getBoundingClientRect();
	editor.style.left = `${cellBox.left - gridBox.left + grid.scrollLeft}px`;
	editor.style.top = `${cellBox.top - gridBox.top + grid.scrollTop}px`;
	editor.style.minWidth = `${td.offsetWidth}px`;
	if (editor instanceof HTMLInputElement)
		editor.style.height = `${td.offsetHeight}px`;
	let done = false;
	const close = () => {
		done = true;
		closeEditor = undefined;
		editor.remove();
	};
	const commit = async () => {
		if (done) return;
		const value = editor.value;
		close();
		if (value === (cell.input ?? "")) return;
		try {
			showStatus(text().computing);
			await post("/api/cell", { sheet, row, column, value });
			selection = {
				row: Math.min(row + 1, activeTab()?.rows.length ?? row),
				column,
			};
			await load();
			showStatus("");
		} catch (error) {
			showStatus(String(error), true);
		}
	};
	editor.addEventListener("keydown", (event) => {
		const key = (event as KeyboardEvent).key;
		if (key === "Enter") {
			event.preventDefault();
			void commit();
		} else if (key === "Escape") close();
	});
	if (editor instanceof HTMLSelectElement)
		editor.addEventListener("change", () => void commit());
	editor.addEventListener("blur", () => void commit());
	closeEditor = close;
	grid.append(editor);
	// The cell was just clicked, so it is in view: scrolling to the editor's far edge would only shift the grid.
	editor.focus({ preventScroll: true });
}

/** A dropdown cell's editor: its choices listed open, the current one chosen. */
function dropdown(
	choices: readonly string[],
	current: string,
): HTMLSelectElement {
	const select = element("select", "editor");
	const options = ["", ...choices];
	select.size = Math.min(options.length, 8);
	for (const choice of options) {
		const option = element("option", "", choice);
		option.value = choice;
		option.selected = choice === current;
		select.append(option);
	}
	return select;
}

function setSidebarOpen(open: boolean): void {
	byId("sidebar").hidden = !open;
	byId("open-sidebar").hidden = open;
}

window.addEventListener("message", (event) => {
	if (event.origin !== window.location.origin) return;
	const type = (event.data as { type?: unknown } | null)?.type;
	if (type === "preview:changed") refresh();
	if (type === "preview:close") setSidebarOpen(false);
	const lang = (event.data as { language?: unknown }).language;
	if (type === "preview:language" && (lang === "fr" || lang === "en")) {
		sidebarLanguage = lang;
		renderWords();
	}
});
byId("close-sidebar").addEventListener("click", () => setSidebarOpen(false));
byId("open-sidebar").addEventListener("click", () => setSidebarOpen(true));
refresh();
