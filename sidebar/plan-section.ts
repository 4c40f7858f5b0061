// Choosing the plan: its kind, its settings, its stages and its roles, checked before anything is sent.

import { planKinds } from "../src/plan/catalogue";
import { choiceLimits } from "../src/plan/limits";
import { defaultTabNames } from "../src/plan/tab-names";
import type { Language, PlanChoices, PlanKind } from "../src/plan/types";
import { CODE_INPUT, checkbox, field, inputValue, textInput } from "./controls";
import { type Child, h, type Props } from "./dom";
import {
	CURRENCIES,
	checkChoices,
	fieldIds,
	invalidFields,
	OTHER,
	type PlanForm,
	type StageRow,
	withLanguage,
} from "./form";
import { changed, render, state } from "./state";
import type { Text } from "./text";

/** The ids of the fields to mark as invalid: none until a submit was refused. */
type Marked = ReadonlySet<string>;

export function planChoices(t: Text, form: PlanForm): Child {
	const marked: Marked = state.validated
		? invalidFields(form, t)
		: new Set<string>();
	return [
		kinds(t, form),
		settings(t, form, marked),
		stages(t, form, marked),
		roles(t, form, marked),
	];
}

/** The plan's choices, checked; when they are wrong, the form says why and there are none. */
export function checkedChoices(
	form: PlanForm,
	t: Text,
): PlanChoices | undefined {
	const choices = checkChoices(form, t);
	if (choices.ok) return choices.value;
	state.planErrors = [...choices.errors];
	state.validated = true;
	state.focus = "plan-errors";
	render();
	return undefined;
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

/** A text input of the plan: marked when in `marked`, and any change makes the preview stale. */
const planInput = (
	id: string,
	current: string,
	marked: Marked,
	set: (text: string) => void,
	props: Props = {},
): HTMLInputElement =>
	textInput(
		id,
		current,
		marked.has(id),
		(text) => {
			set(text);
			changed();
		},
		props,
	);

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

function settings(t: Text, form: PlanForm, marked: Marked): HTMLElement {
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
						onchange: (e) => setLanguage(inputValue(e) as Language),
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
							form.currency = inputValue(e);
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
					fieldIds.otherCurrency,
					t.otherCurrencyCode,
					planInput(
						fieldIds.otherCurrency,
						form.otherCurrency,
						marked,
						(code) => {
							form.otherCurrency = code;
						},
						{ class: "short", ...CODE_INPUT },
					),
				)
			: null,
		field(
			fieldIds.start,
			t.start,
			h("input", {
				type: "date",
				id: fieldIds.start,
				required: true,
				min: choiceLimits.firstDay,
				max: choiceLimits.lastDay,
				value: form.start,
				"aria-invalid": marked.has(fieldIds.start) ? "true" : undefined,
				oninput: (e) => {
					form.start = inputValue(e);
					changed();
				},
			}),
		),
		checkbox("examples", t.examples, form.examples, (on) => {
			form.examples = on;
			changed();
		}),
	);
}

function stages(t: Text, form: PlanForm, marked: Marked): HTMLElement {
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
							planInput(
								fieldIds.stageName(i),
								row.name,
								marked,
								(name) => {
									row.name = name;
								},
								{ "aria-label": t.stageNameOf(i + 1) },
							),
						),
						h(
							"td",
							{},
							percentInput(row, i, "probability", t.probabilityOf, marked),
						),
						h(
							"td",
							{},
							percentInput(row, i, "conversion", t.conversionOf, marked),
						),
						h(
							"td",
							{},
							removeButton(form.stages, i, "stage", t.removeStage, "add-stage"),
						),
					),
				),
			),
		),
		addButton("add-stage", t.addStage, () => {
			form.stages.push({ name: "", probability: "", conversion: "" });
			return fieldIds.stageName(form.stages.length - 1);
		}),
	);
}

/** The probability or the conversion cell of stage `i`: a percentage, typed as text. */
function percentInput(
	row: StageRow,
	i: number,
	key: "probability" | "conversion",
	labelOf: (row: number) => string,
	marked: Marked,
): HTMLInputElement {
	return planInput(
		fieldIds.percent(i, key),
		row[key],
		marked,
		(percent) => {
			row[key] = percent;
		},
		{
			inputmode: "decimal",
			"aria-label": labelOf(i + 1),
			"aria-describedby": "stages-hint",
		},
	);
}

function roles(t: Text, form: PlanForm, marked: Marked): HTMLElement {
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
					planInput(
						fieldIds.role(i),
						role,
						marked,
						(name) => {
							form.roles[i] = name;
						},
						{ "aria-label": t.roleOf(i + 1) },
					),
					removeButton(form.roles, i, "role", t.removeRole, "add-role"),
				),
			),
		),
		addButton("add-role", t.addRole, () => {
			form.roles.push("");
			return fieldIds.role(form.roles.length - 1);
		}),
	);
}

/**
 * The × button of row `i` of a list whose rows are `${prefix}-${i}-…`. Focus then goes to the remove button that took
 * its place, else the previous one, else the list's add button.
 */
function removeButton(
	rows: unknown[],
	i: number,
	prefix: string,
	labelOf: (row: number) => string,
	addId: string,
): HTMLElement {
	return h(
		"button",
		{
			type: "button",
			class: "icon",
			id: `${prefix}-${i}-remove`,
			"aria-label": labelOf(i + 1),
			title: labelOf(i + 1),
			onclick: () => {
				rows.splice(i, 1);
				const left = rows.length;
				state.focus =
					left > i
						? `${prefix}-${i}-remove`
						: left > 0
							? `${prefix}-${left - 1}-remove`
							: addId;
				changed();
				render();
			},
		},
		"×",
	);
}

/** A link-style button that adds a row with `add`, then focuses the element whose id it returns. */
function addButton(id: string, label: string, add: () => string): HTMLElement {
	return h(
		"button",
		{
			type: "button",
			id,
			class: "link",
			onclick: () => {
				state.focus = add();
				changed();
				render();
			},
		},
		`+ ${label}`,
	);
}
