// KPI alerts: colour rules on the KPI tab, or on a selected table whose columns the person names by letter.

import { progressBar, whileBusy } from "./busy";
import {
	CODE_INPUT,
	errorBox,
	field,
	inputValue,
	submitted,
	textInput,
} from "./controls";
import { h } from "./dom";
import { type AlertsForm, checkAlerts } from "./form";
import { call, errorMessage } from "./server";
import { language, render, state, text } from "./state";
import type { Text } from "./text";

/** The fields of the form that hold a column letter. */
type LetterField = "actual" | "targetColumn" | "threshold" | "directionColumn";

async function applyAlerts(): Promise<void> {
	const t = text();
	const request = checkAlerts(state.alerts, t, language());
	state.alertsResult = undefined;
	if (!request.ok) {
		state.alertsErrors = [...request.errors];
		state.focus = "alerts-errors";
		render();
		return;
	}
	state.alertsErrors = [];
	await whileBusy("alerts", async () => {
		try {
			state.alertsResult = await call("applyKpiAlerts", request.value);
			state.focus = "alerts-result";
		} catch (error) {
			state.alertsErrors = [
				t.errors.server(t.errors.alertsAction, errorMessage(error)),
			];
			state.focus = "alerts-errors";
		}
	});
}

export function alerts(t: Text): HTMLElement {
	const form = state.alerts;
	const letter = (id: string, label: string, key: LetterField) =>
		field(
			id,
			label,
			textInput(
				id,
				form[key],
				state.alertsErrors.length > 0 &&
					!/^[A-Za-z]{1,3}$/.test(form[key].trim()),
				(letters) => {
					form[key] = letters;
				},
				{ class: "letter", ...CODE_INPUT },
			),
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
								letter("alerts-actual", t.actualColumn, "actual"),
								letter("alerts-target-column", t.targetColumn, "targetColumn"),
								letter("alerts-threshold", t.thresholdColumn, "threshold"),
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
											form.direction = inputValue(e) as AlertsForm["direction"];
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
										"directionColumn",
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
			state.busy === "alerts" ? progressBar(t.applyingAlerts) : null,
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
