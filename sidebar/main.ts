// The sidebar: choose a plan, preview what it will do to the spreadsheet, create it, and apply KPI alerts.
// Plain DOM, re-rendered from `state` on structural changes; typing only updates `state`.
// Every name and value is rendered as text (see dom.ts), never parsed as HTML.

import type {
	AlertsResult,
	GenerateResult,
	PlanPreview,
	SidebarContext,
	TabPreview,
} from "../src/api";
import { planKinds, tabsOf } from "../src/plan/catalogue";
import { defaultTabNames } from "../src/plan/tab-names";
import type { Language, PlanKind, TabKey } from "../src/plan/types";
import { type Child, h } from "./dom";
import {
	type AlertsForm,
	CURRENCIES,
	checkAlerts,
	checkChoices,
	generateRequest,
	initialForm,
	OTHER,
	type PlanForm,
	parsePercent,
	previewRequest,
	withLanguage,
} from "./form";
import { call, errorMessage } from "./server";
import { type Text, texts } from "./text";

type Busy = "context" | "preview" | "generate" | "alerts";

interface State {
	context?: SidebarContext;
	loadError?: string;
	form?: PlanForm;
	busy?: Busy;
	busySince: number;
	/** After a refused submit: invalid fields are marked. */
	validated: boolean;
	planErrors: string[];
	preview?: PlanPreview & { stale: boolean };
	replace: Set<TabKey>;
	result?: GenerateResult;
	openErrors: string[];
	alerts: AlertsForm;
	alertsErrors: string[];
	alertsResult?: AlertsResult;
	/** The element to focus after the next render. */
	focus?: string;
}

const state: State = {
	busySince: 0,
	validated: false,
	planErrors: [],
	replace: new Set(),
	openErrors: [],
	alerts: {
		target: "kpis",
		actual: "",
		targetColumn: "",
		threshold: "",
		direction: "higher",
		directionColumn: "",
	},
	alertsErrors: [],
};

let timer: ReturnType<typeof setInterval> | undefined;

function language(): Language {
	return (
		state.form?.language ??
		state.context?.language ??
		(navigator.language.toLowerCase().startsWith("fr") ? "fr" : "en")
	);
}

const text = (): Text => texts[language()];

// ---------------------------------------------------------------- rendering

function render(): void {
	const app = document.getElementById("app");
	if (!app) return;
	const active = document.activeElement;
	const focusId =
		state.focus ??
		(active instanceof HTMLElement && active.id ? active.id : undefined);
	const caret =
		active instanceof HTMLInputElement &&
		active.type === "text" &&
		active.id === focusId
			? { start: active.selectionStart, end: active.selectionEnd }
			: undefined;
	state.focus = undefined;
	const t = text();
	document.documentElement.lang = language();
	document.title = t.title;
	app.replaceChildren(
		...nodes([
			h("h1", { class: "title" }, t.title),
			state.context && state.form ? main(t, state.form) : loading(t),
		]),
	);
	if (!focusId) return;
	const target = document.getElementById(focusId);
	if (!target) return;
	target.focus();
	if (caret && target instanceof HTMLInputElement)
		target.setSelectionRange(caret.start, caret.end);
}

function nodes(children: readonly Child[]): Node[] {
	const fragment = document.createDocumentFragment();
	for (const child of children.flat(3))
		if (child instanceof Node) fragment.appendChild(child);
	return [fragment];
}

function loading(t: Text): Child {
	if (state.loadError) {
		return [
			errorBox("context-errors", [state.loadError]),
			h(
				"div",
				{ class: "buttons" },
				h(
					"button",
					{
						type: "button",
						id: "retry",
						class: "action",
						onclick: () => void load(),
					},
					t.retry,
				),
			),
		];
	}
	return h("p", { class: "gray", role: "status" }, t.loading);
}

function errorBox(id: string, errors: readonly string[]): HTMLElement {
	return h(
		"div",
		{ id, class: "errors error", role: "alert", tabindex: -1 },
		errors.length === 1
			? h("p", {}, errors[0])
			: errors.length > 1
				? h(
						"ul",
						{},
						errors.map((error) => h("li", {}, error)),
					)
				: null,
	);
}

function progress(status: string): HTMLElement {
	return h(
		"div",
		{ class: "progress", role: "status" },
		h("progress", { "aria-label": status }),
		h(
			"span",
			{ class: "status" },
			status,
			" ",
			h("span", { id: "elapsed", class: "gray", "aria-hidden": "true" }),
		),
	);
}

function main(t: Text, form: PlanForm): Child {
	const busy = state.busy !== undefined;
	const tabCount = tabsOf(form.kind).length;
	return [
		h(
			"form",
			{
				id: "plan-form",
				novalidate: true,
				onsubmit: submitted(() => void preview()),
			},
			h(
				"fieldset",
				{ class: "plain", disabled: busy },
				kinds(t, form),
				settings(t, form),
				stages(t, form),
				roles(t, form),
				previewList(t),
				state.replace.size > 0 && state.preview
					? h(
							"p",
							{ id: "replace-summary", class: "warning" },
							t.replaceSummary(replacedNames(state.preview.tabs).join(", ")),
						)
					: null,
				errorBox("plan-errors", state.planErrors),
				h(
					"div",
					{ class: "buttons" },
					h("button", { type: "submit", id: "preview" }, t.preview),
					h(
						"button",
						{
							type: "button",
							id: "generate",
							class: "action",
							"aria-describedby":
								state.replace.size > 0 ? "replace-summary" : undefined,
							onclick: () => void generate(),
						},
						t.generate,
					),
				),
			),
			state.busy === "preview" ? progress(t.previewing) : null,
			state.busy === "generate" ? progress(t.generating(tabCount)) : null,
		),
		summary(t),
		alerts(t),
	];
}

function kinds(t: Text, form: PlanForm): HTMLElement {
	const names = defaultTabNames(form.language);
	return h(
		"fieldset",
		{ class: "block kinds" },
		h("legend", {}, t.planLegend),
		planKinds.map((info) => {
			const id = `kind-${info.kind}`;
			const kindText = t.kinds[info.kind] ?? { title: info.kind, forWhom: "" };
			const checked = form.kind === info.kind;
			return h(
				"div",
				{ class: checked ? "kind selected" : "kind" },
				h("input", {
					type: "radio",
					name: "kind",
					id,
					value: info.kind,
					checked,
					"aria-describedby": `${id}-desc`,
					onchange: () => setKind(info.kind),
				}),
				h("label", { for: id, class: "kind-title" }, kindText.title),
				h(
					"div",
					{ id: `${id}-desc`, class: "kind-desc" },
					kindText.forWhom
						? h("span", { class: "gray" }, kindText.forWhom, " ")
						: null,
					h(
						"span",
						{ class: "kind-tabs" },
						t.tabsLabel(info.tabs.length),
						" ",
						info.tabs.map((key) => names[key]).join(", "),
					),
				),
			);
		}),
	);
}

const field = (
	id: string,
	label: string,
	control: HTMLElement,
	extra = "",
): HTMLElement =>
	h(
		"div",
		{ class: `form-group ${extra}`.trim() },
		h("label", { for: id }, label),
		control,
	);

function settings(t: Text, form: PlanForm): HTMLElement {
	const languages: Language[] = ["fr", "en"];
	return h(
		"fieldset",
		{ class: "block" },
		h("legend", {}, t.settingsLegend),
		h(
			"div",
			{ class: "row" },
			field(
				"language",
				t.language,
				h(
					"select",
					{
						id: "language",
						value: form.language,
						onchange: (e) => setLanguage(value(e) as Language),
					},
					languages.map((lang) =>
						h("option", { value: lang, lang }, t.languageNames[lang]),
					),
				),
			),
			field(
				"currency",
				t.currency,
				h(
					"select",
					{
						id: "currency",
						value: form.currency,
						onchange: (e) => {
							form.currency = value(e);
							if (form.currency === OTHER) state.focus = "currency-other";
							changed();
							render();
						},
					},
					CURRENCIES.map((code) => h("option", { value: code }, code)),
					h("option", { value: OTHER }, t.otherCurrency),
				),
			),
		),
		form.currency === OTHER
			? field(
					"currency-other",
					t.otherCurrencyCode,
					h("input", {
						type: "text",
						id: "currency-other",
						class: "short",
						maxlength: 3,
						autocomplete: "off",
						autocapitalize: "characters",
						spellcheck: "false",
						value: form.otherCurrency,
						"aria-invalid":
							state.validated &&
							!/^[A-Za-z]{3}$/.test(form.otherCurrency.trim())
								? "true"
								: undefined,
						oninput: (e) => {
							form.otherCurrency = value(e);
							changed();
						},
					}),
				)
			: null,
		field(
			"start",
			t.start,
			h("input", {
				type: "date",
				id: "start",
				required: true,
				value: form.start,
				oninput: (e) => {
					form.start = value(e);
					changed();
				},
			}),
		),
		h(
			"div",
			{ class: "checkbox" },
			h("input", {
				type: "checkbox",
				id: "examples",
				checked: form.examples,
				onchange: (e) => {
					form.examples = (e.target as HTMLInputElement).checked;
					changed();
				},
			}),
			h("label", { for: "examples" }, t.examples),
		),
	);
}

function stages(t: Text, form: PlanForm): HTMLElement {
	const invalid = (ok: boolean) =>
		state.validated && !ok ? "true" : undefined;
	return h(
		"fieldset",
		{ class: "block stages" },
		h("legend", {}, t.stagesLegend),
		h("p", { id: "stages-hint", class: "gray hint" }, t.stagesHint),
		h(
			"table",
			{ class: "stages-table" },
			h(
				"colgroup",
				{},
				h("col", { class: "c-name" }),
				h("col", { class: "c-pct" }),
				h("col", { class: "c-pct" }),
				h("col", { class: "c-remove" }),
			),
			h(
				"thead",
				{},
				h(
					"tr",
					{},
					h("th", { scope: "col" }, t.stageName),
					h("th", { scope: "col" }, t.probability),
					h("th", { scope: "col" }, t.conversion),
					h(
						"th",
						{ scope: "col" },
						h("span", { class: "visually-hidden" }, t.removeColumn),
					),
				),
			),
			h(
				"tbody",
				{},
				form.stages.map((row, i) =>
					h(
						"tr",
						{},
						h(
							"td",
							{},
							h("input", {
								type: "text",
								id: `stage-${i}-name`,
								"aria-label": t.stageNameOf(i + 1),
								value: row.name,
								"aria-invalid": invalid(row.name.trim() !== ""),
								oninput: (e) => {
									row.name = value(e);
									changed();
								},
							}),
						),
						h(
							"td",
							{},
							h("input", {
								type: "text",
								inputmode: "decimal",
								id: `stage-${i}-probability`,
								"aria-label": t.probabilityOf(i + 1),
								"aria-describedby": "stages-hint",
								value: row.probability,
								"aria-invalid": invalid(
									parsePercent(row.probability) !== undefined,
								),
								oninput: (e) => {
									row.probability = value(e);
									changed();
								},
							}),
						),
						h(
							"td",
							{},
							h("input", {
								type: "text",
								inputmode: "decimal",
								id: `stage-${i}-conversion`,
								"aria-label": t.conversionOf(i + 1),
								"aria-describedby": "stages-hint",
								value: row.conversion,
								"aria-invalid": invalid(
									parsePercent(row.conversion) !== undefined,
								),
								oninput: (e) => {
									row.conversion = value(e);
									changed();
								},
							}),
						),
						h(
							"td",
							{},
							h(
								"button",
								{
									type: "button",
									class: "icon",
									id: `stage-${i}-remove`,
									"aria-label": t.removeStage(i + 1),
									title: t.removeStage(i + 1),
									onclick: () => {
										form.stages.splice(i, 1);
										state.focus = removedFocus(
											"stage",
											i,
											form.stages.length,
											"add-stage",
										);
										changed();
										render();
									},
								},
								"×",
							),
						),
					),
				),
			),
		),
		h(
			"button",
			{
				type: "button",
				id: "add-stage",
				class: "link",
				onclick: () => {
					form.stages.push({ name: "", probability: "", conversion: "" });
					state.focus = `stage-${form.stages.length - 1}-name`;
					changed();
					render();
				},
			},
			`+ ${t.addStage}`,
		),
	);
}

function roles(t: Text, form: PlanForm): HTMLElement {
	return h(
		"fieldset",
		{ class: "block roles" },
		h("legend", {}, t.rolesLegend),
		h(
			"ul",
			{ class: "role-list" },
			form.roles.map((role, i) =>
				h(
					"li",
					{},
					h("input", {
						type: "text",
						id: `role-${i}`,
						"aria-label": t.roleOf(i + 1),
						value: role,
						"aria-invalid":
							state.validated && !role.trim() ? "true" : undefined,
						oninput: (e) => {
							form.roles[i] = value(e);
							changed();
						},
					}),
					h(
						"button",
						{
							type: "button",
							class: "icon",
							id: `role-${i}-remove`,
							"aria-label": t.removeRole(i + 1),
							title: t.removeRole(i + 1),
							onclick: () => {
								form.roles.splice(i, 1);
								state.focus = removedFocus(
									"role",
									i,
									form.roles.length,
									"add-role",
								);
								changed();
								render();
							},
						},
						"×",
					),
				),
			),
		),
		h(
			"button",
			{
				type: "button",
				id: "add-role",
				class: "link",
				onclick: () => {
					form.roles.push("");
					state.focus = `role-${form.roles.length - 1}`;
					changed();
					render();
				},
			},
			`+ ${t.addRole}`,
		),
	);
}

/** After removing row `i`, focus the remove button that took its place, else the previous one, else `fallback`. */
function removedFocus(
	prefix: string,
	i: number,
	remaining: number,
	fallback: string,
): string {
	if (remaining > i) return `${prefix}-${i}-remove`;
	if (remaining > 0) return `${prefix}-${remaining - 1}-remove`;
	return fallback;
}

const holdsData = (tab: TabPreview) =>
	tab.action === "rename" || tab.action === "replace";

function replacedNames(tabs: readonly TabPreview[]): string[] {
	return tabs
		.filter((tab) => holdsData(tab) && state.replace.has(tab.key))
		.map((tab) => tab.existing ?? tab.name);
}

function previewList(t: Text): Child {
	const shown = state.preview;
	if (!shown) return null;
	return h(
		"section",
		{ class: "block preview", "aria-labelledby": "preview-title" },
		h("h2", { id: "preview-title", tabindex: -1 }, t.previewTitle),
		shown.stale ? h("p", { class: "gray stale" }, t.previewStale) : null,
		h(
			"ul",
			{ class: "tab-list" },
			shown.tabs.map((tab) => {
				const existing = tab.existing ?? tab.name;
				const replaced = holdsData(tab) && state.replace.has(tab.key);
				const action = replaced ? "replace" : tab.action;
				return h(
					"li",
					{ class: `action-${action}`, "data-key": tab.key },
					h("span", { class: "tab-name" }, replaced ? existing : tab.name),
					h("span", { class: "badge" }, t.actions[action]),
					tab.action === "rename" && !replaced
						? h(
								"p",
								{ class: "gray detail" },
								t.renameDetail(existing, tab.name),
							)
						: null,
					holdsData(tab)
						? [
								h(
									"div",
									{ class: "checkbox" },
									h("input", {
										type: "checkbox",
										id: `replace-${tab.key}`,
										checked: replaced,
										"aria-describedby": `replace-${tab.key}-warning`,
										onchange: (e) =>
											toggleReplace(
												tab,
												(e.target as HTMLInputElement).checked,
											),
									}),
									h(
										"label",
										{ for: `replace-${tab.key}` },
										t.replaceLabel(existing),
									),
								),
								h(
									"p",
									{
										id: `replace-${tab.key}-warning`,
										class: replaced ? "warning" : "gray detail",
									},
									t.replaceWarning(existing),
								),
							]
						: null,
				);
			}),
		),
	);
}

function summary(t: Text): Child {
	const result = state.result;
	if (!result) return null;
	return h(
		"section",
		{ class: "block summary", "aria-labelledby": "summary-title" },
		h("h2", { id: "summary-title", tabindex: -1 }, t.summaryTitle),
		h("p", { class: "gray" }, t.summaryHint),
		h(
			"ul",
			{ class: "tab-list" },
			result.tabs.map((tab) =>
				h(
					"li",
					{ class: `action-${tab.action}`, "data-key": tab.key },
					h(
						"button",
						{
							type: "button",
							class: "link tab-name",
							id: `open-${tab.key}`,
							title: t.openTab(tab.name),
							onclick: () => void openTab(tab.sheetId),
						},
						tab.name,
					),
					h("span", { class: "badge" }, t.actions[tab.action]),
				),
			),
		),
		errorBox("open-errors", state.openErrors),
	);
}

function alerts(t: Text): HTMLElement {
	const form = state.alerts;
	const letter = (
		id: string,
		label: string,
		current: string,
		set: (text: string) => void,
	) =>
		field(
			id,
			label,
			h("input", {
				type: "text",
				id,
				class: "letter",
				maxlength: 3,
				autocomplete: "off",
				autocapitalize: "characters",
				spellcheck: "false",
				value: current,
				"aria-invalid":
					state.alertsErrors.length > 0 &&
					!/^[A-Za-z]{1,3}$/.test(current.trim())
						? "true"
						: undefined,
				oninput: (e) => set(value(e)),
			}),
			"letter-field",
		);
	const radio = (id: string, target: AlertsForm["target"], label: string) =>
		h(
			"div",
			{ class: "radio" },
			h("input", {
				type: "radio",
				name: "alerts-target",
				id,
				value: target,
				checked: form.target === target,
				onchange: () => {
					form.target = target;
					state.alertsErrors = [];
					render();
				},
			}),
			h("label", { for: id }, label),
		);
	return h(
		"section",
		{ class: "block alerts", "aria-labelledby": "alerts-title" },
		h("h2", { id: "alerts-title" }, t.alertsTitle),
		h("p", { class: "gray" }, t.alertsHint),
		h(
			"form",
			{
				id: "alerts-form",
				novalidate: true,
				onsubmit: submitted(() => void applyAlerts()),
			},
			h(
				"fieldset",
				{ class: "plain", disabled: state.busy !== undefined },
				h(
					"fieldset",
					{ class: "target" },
					h("legend", {}, t.alertsTarget),
					radio("alerts-kpis", "kpis", t.targetKpis),
					radio("alerts-selection", "selection", t.targetSelection),
				),
				form.target === "selection"
					? [
							h("p", { class: "gray hint" }, t.selectionHint),
							h(
								"div",
								{ class: "row letters" },
								letter("alerts-actual", t.actualColumn, form.actual, (v) => {
									form.actual = v;
								}),
								letter(
									"alerts-target-column",
									t.targetColumn,
									form.targetColumn,
									(v) => {
										form.targetColumn = v;
									},
								),
								letter(
									"alerts-threshold",
									t.thresholdColumn,
									form.threshold,
									(v) => {
										form.threshold = v;
									},
								),
							),
							field(
								"alerts-direction",
								t.direction,
								h(
									"select",
									{
										id: "alerts-direction",
										value: form.direction,
										onchange: (e) => {
											form.direction = value(e) as AlertsForm["direction"];
											if (form.direction === "column")
												state.focus = "alerts-direction-column";
											render();
										},
									},
									h("option", { value: "higher" }, t.higher),
									h("option", { value: "lower" }, t.lower),
									h("option", { value: "column" }, t.fromColumn),
								),
							),
							form.direction === "column"
								? letter(
										"alerts-direction-column",
										t.directionColumn,
										form.directionColumn,
										(v) => {
											form.directionColumn = v;
										},
									)
								: null,
						]
					: null,
				errorBox("alerts-errors", state.alertsErrors),
				h(
					"div",
					{ class: "buttons" },
					h(
						"button",
						{ type: "submit", id: "apply-alerts", class: "action" },
						t.applyAlerts,
					),
				),
			),
			state.busy === "alerts" ? progress(t.applyingAlerts) : null,
			state.alertsResult
				? h(
						"p",
						{
							id: "alerts-result",
							class: "result",
							role: "status",
							tabindex: -1,
						},
						t.alertsDone(
							state.alertsResult.rules,
							state.alertsResult.sheetName,
							state.alertsResult.range,
						),
					)
				: null,
		),
	);
}

// ---------------------------------------------------------------- events and calls

const value = (event: Event): string =>
	(event.target as HTMLInputElement | HTMLSelectElement).value;

const submitted = (run: () => void) => (event: Event) => {
	event.preventDefault();
	if (state.busy === undefined) run();
};

/** A choice changed: an earlier preview may no longer be right. */
function changed(): void {
	if (state.preview && !state.preview.stale) {
		state.preview.stale = true;
		render();
	}
}

function setKind(kind: PlanKind): void {
	if (!state.form) return;
	state.form.kind = kind;
	state.preview = undefined;
	state.replace.clear();
	render();
}

function setLanguage(lang: Language): void {
	if (!state.form) return;
	state.form = withLanguage(state.form, lang);
	state.preview = undefined;
	state.replace.clear();
	state.planErrors = [];
	state.alertsErrors = [];
	state.validated = false;
	render();
}

function toggleReplace(tab: TabPreview, on: boolean): void {
	if (on) state.replace.add(tab.key);
	else state.replace.delete(tab.key);
	// The server said "replace": without it, the tab's new name is not known until the next preview.
	if (!on && tab.action === "replace" && state.preview)
		state.preview.stale = true;
	render();
}

function startBusy(busy: Busy): void {
	state.busy = busy;
	state.busySince = Date.now();
	render();
	clearInterval(timer);
	timer = setInterval(() => {
		const elapsed = document.getElementById("elapsed");
		if (elapsed)
			elapsed.textContent = text().elapsed(
				Math.round((Date.now() - state.busySince) / 1000),
			);
	}, 1000);
}

function stopBusy(): void {
	clearInterval(timer);
	timer = undefined;
	state.busy = undefined;
}

async function load(): Promise<void> {
	state.loadError = undefined;
	startBusy("context");
	try {
		const context = await call("getSidebarContext");
		state.context = context;
		state.form = initialForm(context);
	} catch (error) {
		const t = text();
		state.loadError = t.errors.server(
			t.errors.loadContext,
			errorMessage(error),
		);
		state.focus = "context-errors";
	}
	stopBusy();
	render();
}

/** Shows a fresh preview; keeps only the replacements that still concern a tab holding data. */
function showPreview(fresh: PlanPreview): void {
	state.preview = { ...fresh, stale: false };
	state.replace = new Set(
		[...state.replace].filter((key) =>
			fresh.tabs.some((tab) => tab.key === key && holdsData(tab)),
		),
	);
}

async function preview(): Promise<void> {
	if (!state.form) return;
	const t = text();
	const choices = checkChoices(state.form, t);
	if (!choices.ok) return refuse(choices.errors);
	state.planErrors = [];
	state.validated = false;
	startBusy("preview");
	try {
		showPreview(
			await call(
				"previewPlan",
				previewRequest(choices.value, [...state.replace]),
			),
		);
		state.focus = "preview-title";
	} catch (error) {
		state.planErrors = [
			t.errors.server(t.errors.previewAction, errorMessage(error)),
		];
		state.focus = "plan-errors";
	}
	stopBusy();
	render();
}

async function generate(): Promise<void> {
	if (!state.form || state.busy !== undefined) return;
	const t = text();
	const choices = checkChoices(state.form, t);
	if (!choices.ok) return refuse(choices.errors);
	// The same list for the preview and the plan: the server re-places the tabs with it and compares the names.
	const replace = [...state.replace];
	const ask = previewRequest(choices.value, replace);
	state.planErrors = [];
	state.openErrors = [];
	state.validated = false;
	state.result = undefined;
	startBusy("generate");
	try {
		// Always a fresh preview, even when one is shown: the plan's cross-tab formulas need the names as they are now.
		const { names } = await call("previewPlan", ask);
		state.result = await call(
			"generatePlan",
			generateRequest(choices.value, names, replace),
		);
		state.preview = undefined;
		state.replace.clear();
		state.focus = "summary-title";
	} catch (error) {
		state.planErrors = [
			t.errors.server(t.errors.generateAction, errorMessage(error)),
		];
		state.focus = "plan-errors";
		// Most often the spreadsheet changed in the meantime: show it as it is now.
		try {
			showPreview(await call("previewPlan", ask));
		} catch {
			// The error above already says what went wrong.
		}
	}
	stopBusy();
	render();
}

function refuse(errors: readonly string[]): void {
	state.planErrors = [...errors];
	state.validated = true;
	state.focus = "plan-errors";
	render();
}

async function openTab(sheetId: number): Promise<void> {
	const hadErrors = state.openErrors.length > 0;
	state.openErrors = [];
	try {
		await call("openTab", { sheetId });
		if (hadErrors) render();
	} catch (error) {
		const t = text();
		state.openErrors = [
			t.errors.server(t.errors.openAction, errorMessage(error)),
		];
		state.focus = "open-errors";
		render();
	}
}

async function applyAlerts(): Promise<void> {
	const t = text();
	const request = checkAlerts(state.alerts, t);
	state.alertsResult = undefined;
	if (!request.ok) {
		state.alertsErrors = [...request.errors];
		state.focus = "alerts-errors";
		render();
		return;
	}
	state.alertsErrors = [];
	startBusy("alerts");
	try {
		state.alertsResult = await call("applyKpiAlerts", request.value);
		state.focus = "alerts-result";
	} catch (error) {
		state.alertsErrors = [
			t.errors.server(t.errors.alertsAction, errorMessage(error)),
		];
		state.focus = "alerts-errors";
	}
	stopBusy();
	render();
}

void load();
