// Import deals: read a CRM export or pasted rows, show what was recognised, let the person adjust, then send it in chunks.

import {
	type DealField,
	dealFields,
	type ImportPlan,
	missingStages,
	planImport,
	readInput,
} from "../src/import/index";
import {
	dateReadingMessage,
	fileErrorMessage,
	problemMessage,
	separatorNames,
	sourceNames,
} from "../src/import/messages";
import { importRequests } from "../src/import/requests";
import type { ReadTable } from "../src/import/types";
import { normalizeStages } from "../src/plan/context";
import { defaultChoices } from "../src/plan/defaults";
import { progressBar, whileBusy } from "./busy";
import { checkbox, errorBox, field, inputValue } from "./controls";
import { type Child, h } from "./dom";
import { checkChoices, parsePercent, toPercentText } from "./form";
import { importTexts } from "./import-text";
import { call, errorMessage } from "./server";
import { language, render, state, text } from "./state";

/** What the section holds between renders. */
interface ImportState {
	table?: ReadTable;
	outcome?: ImportPlan;
	readError?: string;
	/** Probabilities as the person typed them, by stage. */
	typed: Map<string, string>;
	leaveOut: boolean;
	pasted: string;
	errors: string[];
	progress?: { done: number; total: number };
	summary?: {
		added: number;
		updated: number;
		leftOut: number[];
		stagesAdded: readonly string[];
		ownersAdded: readonly string[];
		ownersLeftOut: readonly string[];
		noLonger: readonly { id: string; row: number; deal: string }[];
	};
}

const section: ImportState = {
	typed: new Map(),
	leaveOut: false,
	pasted: "",
	errors: [],
};

const PREVIEW_ROWS = 5;

function planStages() {
	const t = text();
	const checked = state.form ? checkChoices(state.form, t) : undefined;
	const choices =
		checked?.ok === true
			? checked.value
			: defaultChoices("annual", language(), "2027-01-01");
	return normalizeStages(choices).pipeline;
}

/** The probabilities the person typed, as fractions; the invalid ones are left for the checks. */
function given(): Record<string, number> {
	const out: Record<string, number> = {};
	for (const [stage, typed] of section.typed) {
		const value = parsePercent(typed);
		if (value !== undefined) out[stage] = value;
	}
	return out;
}

function plan(mapping = section.outcome?.mapping): void {
	section.outcome = undefined;
	section.readError = undefined;
	if (!section.table) return;
	const outcome = planImport(section.table, {
		language: language(),
		planStages: planStages(),
		given: given(),
		...(mapping ? { mapping } : {}),
	});
	if (!outcome.ok)
		section.readError = fileErrorMessage(language(), outcome.error);
	else section.outcome = outcome;
}

function read(input: Uint8Array | string): void {
	section.summary = undefined;
	section.errors = [];
	section.typed = new Map();
	section.leaveOut = false;
	section.table = undefined;
	const table = readInput(input);
	if ("kind" in table) {
		section.outcome = undefined;
		section.readError = fileErrorMessage(language(), table);
	} else {
		section.table = table;
		plan(undefined);
	}
	state.focus = section.readError ? "import-errors" : "import-recognised";
	render();
}

async function readFile(event: Event): Promise<void> {
	const file = (event.target as HTMLInputElement).files?.[0];
	if (!file) return;
	try {
		read(new Uint8Array(await file.arrayBuffer()));
	} catch (error) {
		const t = text();
		section.readError = t.errors.server(
			importTexts[language()].errors.readFile,
			errorMessage(error),
		);
		render();
	}
}

/** Every check before the first call: stages with a probability, problem rows ticked out, something to import. */
function check(outcome: ImportPlan): string[] {
	const words = importTexts[language()].errors;
	const errors: string[] = [];
	for (const [stage, typed] of section.typed)
		if (typed.trim() !== "" && parsePercent(typed) === undefined)
			errors.push(words.badProbability(stage));
	const missing = missingStages(outcome);
	if (missing.length > 0) errors.push(words.needProbability(missing));
	if (outcome.problems.length > 0 && !section.leaveOut)
		errors.push(words.tickLeaveOut);
	if (outcome.deals.length === 0) errors.push(words.noDeals);
	return errors;
}

async function importDeals(): Promise<void> {
	const outcome = section.outcome;
	if (!outcome) return;
	section.errors = check(outcome);
	section.summary = undefined;
	if (section.errors.length > 0) {
		state.focus = "import-errors";
		render();
		return;
	}
	const requests = importRequests({
		language: language(),
		mapping: outcome.mapping,
		deals: outcome.deals,
		stages: outcome.stages.map((s) => ({
			name: s.stage,
			probability: s.probability as number,
		})),
	});
	const total = outcome.deals.length;
	await whileBusy("import", async () => {
		try {
			const first = requests[0];
			const before = first
				? await call("pipelineIds", {
						language: language(),
						table: first.table,
					})
				: { deals: [] };
			let added = 0;
			let updated = 0;
			let stagesAdded: readonly string[] = [];
			const ownersAdded: string[] = [];
			const ownersLeftOut: string[] = [];
			section.progress = { done: 0, total };
			render();
			for (const request of requests) {
				const result = await call("importDeals", request);
				added += result.added;
				updated += result.updated;
				if (result.stagesAdded.length > 0) stagesAdded = result.stagesAdded;
				ownersAdded.push(...result.ownersAdded);
				ownersLeftOut.push(...result.ownersLeftOut);
				section.progress = {
					done: section.progress.done + request.deals.length,
					total,
				};
				render();
			}
			const inExport = new Set(
				outcome.deals.map((d) => d.crmId).filter((id) => id !== ""),
			);
			section.summary = {
				added,
				updated,
				leftOut: [...new Set(outcome.problems.map((p) => p.line))],
				stagesAdded,
				ownersAdded,
				ownersLeftOut,
				noLonger: before.deals.filter((d) => !inExport.has(d.id)),
			};
			state.focus = "import-summary";
		} catch (error) {
			section.errors = [
				text().errors.server(
					importTexts[language()].errors.importAction,
					errorMessage(error),
				),
			];
			state.focus = "import-errors";
		} finally {
			section.progress = undefined;
		}
	});
}

function recognised(outcome: ImportPlan): HTMLElement {
	const words = importTexts[language()];
	const lang = language();
	const row = (label: string, value: string) =>
		h(
			"div",
			{ class: "recognised-row" },
			h("dt", {}, label),
			h("dd", {}, value),
		);
	return h(
		"dl",
		{ id: "import-recognised", class: "recognised", tabindex: -1 },
		row(words.source, sourceNames[outcome.source][lang]),
		row(words.separator, separatorNames[outcome.separator][lang]),
		row(words.encoding, words.encodings[outcome.encoding]),
		row(words.dates, dateReadingMessage(lang, outcome.dates)),
	);
}

function mappingFields(outcome: ImportPlan): HTMLElement {
	const words = importTexts[language()];
	const select = (key: DealField) => {
		const id = `import-map-${key}`;
		const current = outcome.mapping[key];
		return field(
			id,
			words.fields[key],
			h(
				"select",
				{
					id,
					value: current === null ? "" : String(current),
					onchange: (event) => {
						const value = inputValue(event);
						plan({
							...outcome.mapping,
							[key]: value === "" ? null : Number(value),
						});
						render();
					},
				},
				h("option", { value: "" }, words.notInFile),
				outcome.header.map((name, i) =>
					h("option", { value: String(i) }, name || `#${i + 1}`),
				),
			),
			"mapping-field",
		);
	};
	return h(
		"fieldset",
		{ class: "mapping" },
		h("legend", {}, words.mapping),
		h("p", { class: "gray hint" }, words.mappingHint),
		dealFields.map(select),
	);
}

function stageFields(outcome: ImportPlan): Child {
	if (outcome.stages.length === 0) return null;
	const words = importTexts[language()];
	return h(
		"fieldset",
		{ class: "import-stages" },
		h("legend", {}, words.stages),
		h("p", { class: "gray hint" }, words.stagesHint),
		outcome.stages.map((stage, i) => {
			const id = `import-stage-${i}`;
			const typed =
				section.typed.get(stage.stage) ??
				(stage.probability === null ? "" : toPercentText(stage.probability));
			return h(
				"div",
				{ class: "row import-stage" },
				h(
					"label",
					{ for: id },
					stage.stage,
					" ",
					h("span", { class: "gray" }, `(${words.deals(stage.deals)})`),
				),
				h("input", {
					type: "text",
					id,
					class: "percent",
					inputmode: "decimal",
					value: typed,
					"aria-invalid":
						stage.probability === null && section.errors.length > 0
							? "true"
							: undefined,
					oninput: (event) => {
						section.typed.set(stage.stage, inputValue(event));
					},
					onchange: () => {
						plan();
						render();
					},
				}),
				h(
					"span",
					{ class: "gray from" },
					stage.from ? words.from[stage.from] : words.missing,
				),
			);
		}),
	);
}

function previewTable(outcome: ImportPlan): Child {
	if (outcome.deals.length === 0) return null;
	const words = importTexts[language()];
	const shown = outcome.deals.slice(0, PREVIEW_ROWS);
	const columns: DealField[] = [
		"deal",
		"account",
		"stage",
		"amount",
		"closeDate",
	];
	return h(
		"figure",
		{ class: "import-preview" },
		h("figcaption", {}, words.preview(shown.length, outcome.deals.length)),
		h(
			"table",
			{ id: "import-preview" },
			h(
				"thead",
				{},
				h(
					"tr",
					{},
					columns.map((key) => h("th", { scope: "col" }, words.fields[key])),
				),
			),
			h(
				"tbody",
				{},
				shown.map((deal) =>
					h(
						"tr",
						{},
						columns.map((key) =>
							h("td", {}, String(deal[key as keyof typeof deal] ?? "")),
						),
					),
				),
			),
		),
	);
}

function problemList(outcome: ImportPlan): Child {
	if (outcome.problems.length === 0) return null;
	const words = importTexts[language()];
	const lines = new Set(outcome.problems.map((p) => p.line)).size;
	return h(
		"div",
		{ class: "import-problems" },
		h("p", { class: "error" }, words.problems(lines)),
		h(
			"ul",
			{ id: "import-problems" },
			outcome.problems
				.slice(0, 50)
				.map((problem) => h("li", {}, problemMessage(language(), problem))),
		),
		checkbox(
			"import-leave-out",
			words.leaveOut(lines),
			section.leaveOut,
			(checked) => {
				section.leaveOut = checked;
			},
		),
	);
}

function summary(): Child {
	const result = section.summary;
	if (!result) return null;
	const words = importTexts[language()];
	return h(
		"div",
		{ id: "import-summary", class: "result", role: "status", tabindex: -1 },
		h("p", {}, words.done(result.added, result.updated)),
		result.leftOut.length > 0
			? h("p", {}, words.leftOut(result.leftOut))
			: null,
		result.stagesAdded.length > 0
			? h("p", {}, words.stagesAdded(result.stagesAdded))
			: null,
		result.ownersAdded.length > 0
			? h("p", {}, words.ownersAdded(result.ownersAdded))
			: null,
		result.ownersLeftOut.length > 0
			? h("p", {}, words.ownersLeftOut(result.ownersLeftOut))
			: null,
		result.noLonger.length > 0
			? [
					h("p", {}, words.noLonger(result.noLonger.length)),
					h(
						"ul",
						{ id: "import-no-longer" },
						result.noLonger
							.slice(0, 50)
							.map((d) => h("li", {}, `${d.deal} (${d.id})`)),
					),
				]
			: null,
	);
}

export function importSection(): HTMLElement {
	const words = importTexts[language()];
	const outcome = section.outcome;
	const busy = state.busy !== undefined;
	return h(
		"section",
		{ class: "block import", "aria-labelledby": "import-title" },
		h("h2", { id: "import-title" }, words.title),
		h("p", { class: "gray" }, words.hint),
		h(
			"fieldset",
			{ class: "plain", disabled: busy },
			field(
				"import-file",
				words.chooseFile,
				h("input", {
					type: "file",
					id: "import-file",
					accept:
						".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain",
					onchange: (event) => void readFile(event),
				}),
			),
			h(
				"details",
				{ class: "paste", open: section.pasted !== "" },
				h("summary", {}, words.orPaste),
				field(
					"import-paste",
					words.pasteLabel,
					h("textarea", {
						id: "import-paste",
						rows: 4,
						value: section.pasted,
						oninput: (event) => {
							section.pasted = inputValue(event);
						},
					}),
				),
				h(
					"button",
					{
						type: "button",
						id: "import-read-pasted",
						onclick: () => read(section.pasted),
					},
					words.readPasted,
				),
			),
			section.readError ? errorBox("import-errors", [section.readError]) : null,
			outcome
				? [
						h("h3", {}, words.recognised),
						recognised(outcome),
						mappingFields(outcome),
						stageFields(outcome),
						previewTable(outcome),
						problemList(outcome),
						section.readError
							? null
							: errorBox("import-errors", section.errors),
						h(
							"div",
							{ class: "buttons" },
							h(
								"button",
								{
									type: "button",
									id: "import-deals",
									class: "action",
									onclick: () => void importDeals(),
								},
								words.importButton(outcome.deals.length),
							),
						),
					]
				: null,
		),
		state.busy === "import" && section.progress
			? h(
					"div",
					{ class: "progress", role: "status" },
					h("progress", {
						value: section.progress.done,
						max: section.progress.total,
						"aria-label": words.importing(
							section.progress.done,
							section.progress.total,
						),
					}),
					h(
						"span",
						{ class: "status" },
						words.importing(section.progress.done, section.progress.total),
					),
				)
			: state.busy === "import"
				? progressBar(words.importing(0, outcome?.deals.length ?? 0))
				: null,
		summary(),
	);
}
