// The sidebar's choices as the person types them, and their checked conversion to the server's requests.
// No DOM here: this is plain data, tested on its own.

import type {
	AlertsRequest,
	Direction,
	GenerateRequest,
	PreviewRequest,
	SidebarContext,
} from "../src/api";
import { nameKey } from "../src/functions/sheets-input";
import { buildPlan } from "../src/plan/build-plan";
import { planKinds } from "../src/plan/catalogue";
import { FUNNEL_CAPACITY, STAGE_CAPACITY } from "../src/plan/context";
import { isCalendarDate } from "../src/plan/dates";
import { defaultRoles, defaultStages } from "../src/plan/defaults";
import { choiceLimits } from "../src/plan/limits";
import type {
	Language,
	PlanChoices,
	PlanKind,
	StageChoice,
	TabKey,
	TabNames,
} from "../src/plan/types";
import type { Text } from "./text";

export const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "CAD"] as const;
export const OTHER = "other";

/** A stage as typed: percentages stay text until they are checked. */
export interface StageRow {
	name: string;
	probability: string;
	conversion: string;
}

export interface PlanForm {
	kind: PlanKind;
	language: Language;
	start: string;
	/** One of CURRENCIES, or OTHER with `otherCurrency`. */
	currency: string;
	otherCurrency: string;
	stages: StageRow[];
	roles: string[];
	examples: boolean;
}

export interface AlertsForm {
	target: AlertsRequest["target"];
	actual: string;
	targetColumn: string;
	threshold: string;
	/** A fixed direction, or "column" with `directionColumn`. */
	direction: Direction | "column";
	directionColumn: string;
}

export type Checked<T> =
	| { readonly ok: true; readonly value: T }
	| { readonly ok: false; readonly errors: readonly string[] };

/** 0.25 → "25"; keeps one decimal at most. */
export function toPercentText(fraction: number): string {
	return String(Math.round(fraction * 1000) / 10);
}

/** "25", "12,5", "12.5 %" → 0.25, 0.125; undefined when it is not a number between 0 and 100. */
export function parsePercent(text: string): number | undefined {
	const cleaned = text.trim().replace(/\s*%$/, "").replace(",", ".");
	if (!/^\d+(\.\d+)?$|^\.\d+$/.test(cleaned)) return undefined;
	const value = Number(cleaned);
	if (!Number.isFinite(value) || value < 0 || value > 100) return undefined;
	return Math.round(value * 1e6) / 1e8;
}

export function stageRows(stages: readonly StageChoice[]): StageRow[] {
	return stages.map((stage) => ({
		name: stage.name,
		probability: toPercentText(stage.probability),
		conversion: toPercentText(stage.conversionRate),
	}));
}

export function initialForm(context: SidebarContext): PlanForm {
	const language = context.language;
	const currency = context.currency.toUpperCase();
	const known = (CURRENCIES as readonly string[]).includes(currency);
	return {
		kind: planKinds[0]?.kind ?? "annual",
		language,
		start: context.start,
		currency: known ? currency : OTHER,
		otherCurrency: known ? "" : currency,
		stages: stageRows(defaultStages(language)),
		roles: defaultRoles(language),
		examples: true,
	};
}

const sameStages = (a: readonly StageRow[], b: readonly StageRow[]) =>
	a.length === b.length &&
	a.every(
		(row, i) =>
			row.name === b[i]?.name &&
			row.probability === b[i]?.probability &&
			row.conversion === b[i]?.conversion,
	);

const sameList = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);

/** Switches the language; stages and roles follow it unless the person already changed them. */
export function withLanguage(form: PlanForm, language: Language): PlanForm {
	return {
		...form,
		language,
		stages: sameStages(form.stages, stageRows(defaultStages(form.language)))
			? stageRows(defaultStages(language))
			: form.stages,
		roles: sameList(form.roles, defaultRoles(form.language))
			? defaultRoles(language)
			: form.roles,
	};
}

// Checked here first, against the server's own limits, so that every refusal is in the person's language.
const NAME_MAX = choiceLimits.nameLength;
const { min: STAGES_MIN, max: STAGES_MAX } = choiceLimits.stages;
const ROLES_MAX = choiceLimits.roles.max;
const { firstDay: FIRST_DAY, lastDay: LAST_DAY } = choiceLimits;

/** The id of each field the checks can mark, shared with the inputs they mark. */
export const fieldIds = {
	start: "start",
	otherCurrency: "currency-other",
	stageName: (row: number) => `stage-${row}-name`,
	percent: (row: number, key: "probability" | "conversion") =>
		`stage-${row}-${key}`,
	role: (row: number) => `role-${row}`,
};

/** Why the choices cannot be sent, in the person's words, and the fields to mark for it. */
interface Problem {
	readonly message: string;
	readonly fields: readonly string[];
}

/** The problem with a trimmed stage or role name that is not empty, if any; `subject` names its field. */
function nameProblem(name: string, subject: string, text: Text) {
	if (name.length > NAME_MAX)
		return text.errors.nameTooLong(subject, name.length, NAME_MAX);
	// The spreadsheet would read the name as a formula.
	if (/^[=+]/.test(name)) return text.errors.nameFormula(subject);
	return undefined;
}

/** Each stage name given more than once, ignoring case and surrounding spaces as the server does, and its rows. */
function repeatedNames(
	stages: readonly StageRow[],
): { name: string; rows: number[] }[] {
	const byKey = new Map<string, { name: string; rows: number[] }>();
	stages.forEach((row, i) => {
		const name = row.name.trim();
		const seen = byKey.get(nameKey(name));
		if (seen) seen.rows.push(i);
		else if (name) byKey.set(nameKey(name), { name, rows: [i] });
	});
	return [...byKey.values()].filter((same) => same.rows.length > 1);
}

/**
 * What the plan's tables would hold beyond their capacity, counted as normalizeStages (src/plan/context.ts) does:
 * a won stage is added when the last open stage is not at 100%, a lost stage when none has 0%.
 */
function overflow(
	probabilities: readonly number[],
	text: Text,
): string | undefined {
	const open = probabilities.filter((p) => p !== 0);
	const lost = probabilities.length - open.length;
	const funnel = open.length + (open[open.length - 1] === 1 ? 0 : 1);
	const table = funnel + Math.max(lost, 1);
	if (funnel > FUNNEL_CAPACITY)
		return text.errors.funnelFull(FUNNEL_CAPACITY, funnel - FUNNEL_CAPACITY);
	if (table > STAGE_CAPACITY)
		return text.errors.stageTableFull(STAGE_CAPACITY, table - STAGE_CAPACITY);
	return undefined;
}

function choiceProblems(form: PlanForm, text: Text): Problem[] {
	const problems: Problem[] = [];
	const add = (message: string, ...fields: string[]) =>
		problems.push({ message, fields });
	const count = form.stages.length;
	if (count < STAGES_MIN) add(text.errors.fewStages(STAGES_MIN));
	if (count > STAGES_MAX)
		add(text.errors.manyStages(STAGES_MAX, count - STAGES_MAX));
	form.stages.forEach((row, i) => {
		const name = row.name.trim();
		const problem = name
			? nameProblem(name, text.stageNameOf(i + 1), text)
			: text.errors.stageName(i + 1);
		if (problem) add(problem, fieldIds.stageName(i));
		const label = name || String(i + 1);
		for (const key of ["probability", "conversion"] as const)
			if (parsePercent(row[key]) === undefined)
				add(
					text.errors.percent(text[key], label, row[key]),
					fieldIds.percent(i, key),
				);
	});
	const probabilities = form.stages.map((row) => parsePercent(row.probability));
	if (
		count <= STAGES_MAX &&
		probabilities.every((p): p is number => p !== undefined)
	) {
		const full = overflow(probabilities, text);
		if (full) add(full);
	}
	for (const { name, rows } of repeatedNames(form.stages))
		add(text.errors.sameStageNames(name), ...rows.map(fieldIds.stageName));
	form.roles.forEach((role, i) => {
		const name = role.trim();
		const problem = name
			? nameProblem(name, text.roleOf(i + 1), text)
			: text.errors.roleEmpty(i + 1);
		if (problem) add(problem, fieldIds.role(i));
	});
	if (form.roles.length === 0) add(text.errors.noRole);
	if (form.roles.length > ROLES_MAX)
		add(text.errors.manyRoles(ROLES_MAX, form.roles.length - ROLES_MAX));
	if (!isCalendarDate(form.start)) add(text.errors.start, fieldIds.start);
	else if (form.start < FIRST_DAY || form.start > LAST_DAY)
		add(
			text.errors.startRange(FIRST_DAY.slice(0, 4), LAST_DAY.slice(0, 4)),
			fieldIds.start,
		);
	if (!/^[A-Z]{3}$/.test(currencyOf(form)))
		add(text.errors.currency, fieldIds.otherCurrency);
	return problems;
}

const currencyOf = (form: PlanForm): string =>
	(form.currency === OTHER ? form.otherCurrency : form.currency)
		.trim()
		.toUpperCase();

/** The ids of the fields the checks refuse, to mark them. */
export function invalidFields(form: PlanForm, text: Text): Set<string> {
	return new Set(choiceProblems(form, text).flatMap((p) => p.fields));
}

/** The choices the server accepts, or every reason they are refused in plain words. */
export function checkChoices(form: PlanForm, text: Text): Checked<PlanChoices> {
	const problems = choiceProblems(form, text);
	if (problems.length)
		return { ok: false, errors: problems.map((p) => p.message) };
	return {
		ok: true,
		value: {
			kind: form.kind,
			language: form.language,
			start: form.start,
			currency: currencyOf(form),
			// The checks above refused any percentage that does not parse: the fallbacks never apply.
			stages: form.stages.map((row) => ({
				name: row.name.trim(),
				probability: parsePercent(row.probability) ?? 0,
				conversionRate: parsePercent(row.conversion) ?? 0,
			})),
			roles: form.roles.map((role) => role.trim()),
			examples: form.examples,
		},
	};
}

export function previewRequest(
	choices: PlanChoices,
	replace: readonly TabKey[],
): PreviewRequest {
	return {
		kind: choices.kind,
		language: choices.language,
		replace: [...replace],
	};
}

/** The plan, built with the names of the preview just made with the same `replace`: the server checks they still hold. */
export function generateRequest(
	choices: PlanChoices,
	names: TabNames,
	replace: readonly TabKey[],
): GenerateRequest {
	return { plan: buildPlan(choices, names), replace: [...replace] };
}

/** A column letter, A to ZZZ, upper-cased; undefined when it is not one. */
export function columnLetter(text: string): string | undefined {
	const letters = text.trim().toUpperCase();
	return /^[A-Z]{1,3}$/.test(letters) ? letters : undefined;
}

/** The alerts request, or why it is refused; `language` is the one the server answers in. */
export function checkAlerts(
	form: AlertsForm,
	text: Text,
	language: Language,
): Checked<AlertsRequest> {
	if (form.target === "kpis")
		return { ok: true, value: { target: "kpis", language } };
	const errors: string[] = [];
	const letter = (label: string, value: string) => {
		const column = columnLetter(value);
		if (!column) errors.push(text.errors.column(label, value));
		return column ?? "";
	};
	const actual = letter(text.actualColumn, form.actual);
	const target = letter(text.targetColumn, form.targetColumn);
	const threshold = letter(text.thresholdColumn, form.threshold);
	const direction =
		form.direction === "column"
			? { column: letter(text.directionColumn, form.directionColumn) }
			: form.direction;
	const used = [
		actual,
		target,
		threshold,
		typeof direction === "object" ? direction.column : "",
	].filter(Boolean);
	if (new Set(used).size !== used.length) errors.push(text.errors.sameColumns);
	if (errors.length) return { ok: false, errors };
	return {
		ok: true,
		value: {
			target: "selection",
			columns: { actual, target, threshold, direction },
			language,
		},
	};
}
