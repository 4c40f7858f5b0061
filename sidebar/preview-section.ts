// The preview: what the plan will do to each tab, and which tabs holding data the person chose to replace.

import type { PlanPreview, TabPreview } from "../src/api";
import { whileBusy } from "./busy";
import { checkbox } from "./controls";
import { type Child, h } from "./dom";
import { previewRequest } from "./form";
import { checkedChoices } from "./plan-section";
import { call, errorMessage } from "./server";
import { render, state, text } from "./state";
import type { Text } from "./text";

/** A tab the plan would rename around, or replace: only those can be replaced, losing their data. */
const holdsData = (tab: TabPreview) =>
	tab.action === "rename" || tab.action === "replace";

/** Shows a fresh preview; keeps only the replacements that still concern a tab holding data. */
export function showPreview(fresh: PlanPreview): void {
	state.preview = { ...fresh, stale: false };
	state.replace = new Set(
		[...state.replace].filter((key) =>
			fresh.tabs.some((tab) => tab.key === key && holdsData(tab)),
		),
	);
}

export async function preview(): Promise<void> {
	if (!state.form) return;
	const t = text();
	const choices = checkedChoices(state.form, t);
	if (!choices) return;
	state.planErrors = [];
	state.validated = false;
	await whileBusy("preview", async () => {
		try {
			showPreview(
				await call("previewPlan", previewRequest(choices, [...state.replace])),
			);
			state.focus = "preview-title";
		} catch (error) {
			state.planErrors = [
				t.errors.server(t.errors.previewAction, errorMessage(error)),
			];
			state.focus = "plan-errors";
		}
	});
}

function toggleReplace(tab: TabPreview, on: boolean): void {
	if (on) state.replace.add(tab.key);
	else state.replace.delete(tab.key);
	// The server said "replace": without it, the tab's new name is not known until the next preview.
	if (!on && tab.action === "replace" && state.preview)
		state.preview.stale = true;
	render();
}

export function previewList(t: Text): Child {
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
								checkbox(
									`replace-${tab.key}`,
									t.replaceLabel(existing),
									replaced,
									(on) => toggleReplace(tab, on),
									{ "aria-describedby": `replace-${tab.key}-warning` },
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

/** The tabs whose data will be erased, by the names they have now; none without a preview. */
export function replaceSummary(t: Text): Child {
	if (state.replace.size === 0 || !state.preview) return null;
	const names = state.preview.tabs
		.filter((tab) => holdsData(tab) && state.replace.has(tab.key))
		.map((tab) => tab.existing ?? tab.name);
	return h(
		"p",
		{ id: "replace-summary", class: "warning" },
		t.replaceSummary(names.join(", ")),
	);
}
