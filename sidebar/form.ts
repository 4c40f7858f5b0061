// The sidebar's choices as the person types them, and their checked conversion to the server's requests.
// No DOM here: this is plain data, tested on its own.

import type {
	AlertsRequest,
	Direction,
	GenerateRequest,
	PreviewRequest,
	SidebarContext,
} from "../src/api";
import { buildPlan } from "../src/plan/build-plan";
import { planKinds } from "../src/plan/catalogue";
import { defaultRoles, defaultStages } from "../src/plan/defaults";
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

function isIsoDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const date = new Date(
		Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])),
	);
	return date.toISOString().slice(0, 10) === text;
}

export function checkChoices(form: PlanForm, text: Text): Checked<PlanChoices> {
	const errors: string[] = [];
	const stages: StageChoice[] = [];
	if (form.stages.length === 0) errors.push(text.errors.noStage);
	form.stages.forEach((row, i) => {
		const name = row.name.trim();
		if (!name) errors.push(text.errors.stageName(i + 1));
		const label = name || String(i + 1);
		const probability = parsePercent(row.probability);
		const conversionRate = parsePercent(row.conversion);
		if (probability === undefined)
			errors.push(
				text.errors.percent(text.probability, label, row.probability),
			);
		if (conversionRate === undefined)
			errors.push(text.errors.percent(text.conversion, label, row.conversion));
		if (name && probability !== undefined && conversionRate !== undefined)
			stages.push({ name, probability, conversionRate });
	});
	const roles = form.roles.map((role) => role.trim());
	roles.forEach((role, i) => {
		if (!role) errors.push(text.errors.roleEmpty(i + 1));
	});
	if (roles.length === 0) errors.push(text.errors.noRole);
	if (!isIsoDate(form.start)) errors.push(text.errors.start);
	const currency = (
		form.currency === OTHER ? form.otherCurrency : form.currency
	)
		.trim()
		.toUpperCase();
	if (!/^[A-Z]{3}$/.test(currency)) errors.push(text.errors.currency);
	if (errors.length) return { ok: false, errors };
	return {
		ok: true,
		value: {
			kind: form.kind,
			language: form.language,
			start: form.start,
			currency,
			stages,
			roles,
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

export function checkAlerts(
	form: AlertsForm,
	text: Text,
): Checked<AlertsRequest> {
	if (form.target === "kpis") return { ok: true, value: { target: "kpis" } };
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
		},
	};
}
