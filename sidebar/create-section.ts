// Creating the plan, then its summary: every tab it made, each a button that opens it.

import { whileBusy } from "./busy";
import { errorBox } from "./controls";
import { type Child, h } from "./dom";
import { generateRequest, previewRequest } from "./form";
import { checkedChoices } from "./plan-section";
import { showPreview } from "./preview-section";
import { call, errorMessage } from "./server";
import { language, render, state, text } from "./state";
import type { Text } from "./text";

export async function generate(): Promise<void> {
	if (!state.form || state.busy !== undefined) return;
	const t = text();
	const choices = checkedChoices(state.form, t);
	if (!choices) return;
	// The same list for the preview and the plan: the server re-places the tabs with it and compares the names.
	const replace = [...state.replace];
	const ask = previewRequest(choices, replace);
	state.planErrors = [];
	state.openErrors = [];
	state.validated = false;
	state.result = undefined;
	await whileBusy("generate", async () => {
		try {
			// Always a fresh preview, even when one is shown: the plan's cross-tab formulas need the names as they are now.
			const { names } = await call("previewPlan", ask);
			state.result = await call(
				"generatePlan",
				generateRequest(choices, names, replace),
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
	});
}

async function openTab(sheetId: number): Promise<void> {
	const hadErrors = state.openErrors.length > 0;
	state.openErrors = [];
	try {
		await call("openTab", { sheetId, language: language() });
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

export function summary(t: Text): Child {
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
