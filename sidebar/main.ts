// The sidebar's entry: loads the spreadsheet's context, then renders every section from `state`.

import { tabsOf } from "../src/plan/catalogue";
import { alerts } from "./alerts-section";
import { progressBar, whileBusy } from "./busy";
import { healthCheck } from "./check-section";
import { errorBox, submitted } from "./controls";
import { generate, summary } from "./create-section";
import { append, type Child, h } from "./dom";
import { initialForm, type PlanForm } from "./form";
import { importSection } from "./import-section";
import { planChoices } from "./plan-section";
import { preview, previewList, replaceSummary } from "./preview-section";
import { call, errorMessage } from "./server";
import { language, setRenderer, state, text } from "./state";
import type { Text } from "./text";

/**
 * Draws the whole sidebar again from `state`, on structural changes only (typing just updates `state`), keeping the
 * focus and the caret where they were unless `state.focus` moves them.
 */
function renderSidebar(): void {
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
	const page = document.createDocumentFragment();
	append(page, [
		h("h1", { class: "title" }, t.title),
		state.context && state.form ? sections(t, state.form) : loading(t),
	]);
	app.replaceChildren(page);
	if (!focusId) return;
	const target = document.getElementById(focusId);
	if (!target) return;
	target.focus();
	if (caret && target instanceof HTMLInputElement)
		target.setSelectionRange(caret.start, caret.end);
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

function sections(t: Text, form: PlanForm): Child {
	return [
		planForm(t, form),
		summary(t),
		importSection(),
		alerts(t),
		healthCheck(t),
	];
}

/** One form from choosing the plan to creating it, so that a busy server disables all of it. */
function planForm(t: Text, form: PlanForm): HTMLElement {
	return h(
		"form",
		{
			id: "plan-form",
			novalidate: true,
			onsubmit: submitted(() => void preview()),
		},
		h(
			"fieldset",
			{ class: "plain", disabled: state.busy !== undefined },
			planChoices(t, form),
			previewList(t),
			replaceSummary(t),
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
		state.busy === "preview" ? progressBar(t.previewing) : null,
		state.busy === "generate"
			? progressBar(t.generating(tabsOf(form.kind).length))
			: null,
	);
}

async function load(): Promise<void> {
	state.loadError = undefined;
	await whileBusy("context", async () => {
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
	});
}

setRenderer(renderSidebar);
void load();
