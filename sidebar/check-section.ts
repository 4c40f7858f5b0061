// Check the plan: the health check's findings, each one a link to its cell; none says the plan is complete.

import { progressBar, whileBusy } from "./busy";
import { errorBox } from "./controls";
import { h } from "./dom";
import { call, errorMessage } from "./server";
import { language, state, text } from "./state";
import type { Text } from "./text";

const pad = (n: number): string => String(n).padStart(2, "0");

/** The person's own calendar day: deadlines are past from the day after, wherever the script runs. */
function today(): string {
	const now = new Date();
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function runCheck(): Promise<void> {
	const t = text();
	state.checkErrors = [];
	state.checkResult = undefined;
	await whileBusy("check", async () => {
		try {
			state.checkResult = await call("checkPlan", {
				today: today(),
				language: language(),
			});
			state.focus = "check-result";
		} catch (error) {
			state.checkErrors = [
				t.errors.server(t.errors.checkAction, errorMessage(error)),
			];
			state.focus = "check-errors";
		}
	});
}

async function select(tab: string, cell: string): Promise<void> {
	const t = text();
	try {
		await call("selectCell", { tab, cell, language: language() });
		state.checkErrors = [];
	} catch (error) {
		state.checkErrors = [
			t.errors.server(t.errors.selectAction, errorMessage(error)),
		];
		state.focus = "check-errors";
	}
}

function findings(t: Text): HTMLElement | null {
	const result = state.checkResult;
	if (!result) return null;
	if (result.findings.length === 0)
		return h(
			"p",
			{ id: "check-result", class: "result", role: "status", tabindex: -1 },
			t.checkComplete,
		);
	return h(
		"div",
		{ id: "check-result", role: "status", tabindex: -1 },
		h("p", { class: "result" }, t.checkFound(result.findings.length)),
		h(
			"ul",
			{ class: "findings", lang: result.language },
			result.findings.map((finding) =>
				h(
					"li",
					{},
					h(
						"button",
						{
							type: "button",
							class: "link",
							title: t.selectFinding(finding.tab, finding.cell),
							onclick: () => void select(finding.tab, finding.cell),
						},
						h("span", { class: "where" }, `${finding.tab}!${finding.cell}`),
						` ${finding.message}`,
					),
				),
			),
		),
	);
}

export function healthCheck(t: Text): HTMLElement {
	return h(
		"section",
		{ class: "block check", "aria-labelledby": "check-title" },
		h("h2", { id: "check-title" }, t.checkTitle),
		h("p", { class: "gray" }, t.checkHint),
		h(
			"div",
			{ class: "buttons" },
			h(
				"button",
				{
					type: "button",
					id: "check-plan",
					class: "action",
					disabled: state.busy !== undefined,
					onclick: () => void runCheck(),
				},
				t.checkPlan,
			),
		),
		state.busy === "check" ? progressBar(t.checking) : null,
		errorBox("check-errors", state.checkErrors),
		findings(t),
	);
}
