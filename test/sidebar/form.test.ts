// The sidebar's form logic, without a browser, and a guard against HTML parsing in the sidebar's sources.

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
	type AlertsForm,
	checkAlerts,
	checkChoices,
	columnLetter,
	generateRequest,
	initialForm,
	invalidFields,
	OTHER,
	type PlanForm,
	parsePercent,
	previewRequest,
	type StageRow,
	toPercentText,
	withLanguage,
} from "../../sidebar/form";
import { texts } from "../../sidebar/text";
import { buildPlan } from "../../src/plan/build-plan";
import { tabsOf } from "../../src/plan/catalogue";
import { defaultRoles, defaultStages } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type { PlanChoices } from "../../src/plan/types";
import {
	parseAlertsRequest,
	parseGenerateRequest,
} from "../../src/server/schemas";
import { context } from "./stand-in";

const en = texts.en;

describe("percentages", () => {
	it.each([
		["25", 0.25],
		["12,5", 0.125],
		["12.5 %", 0.125],
		[" 0 ", 0],
		["100", 1],
		["35.5", 0.355],
	])("reads %j as %d", (text, fraction) => {
		expect(parsePercent(text)).toBe(fraction);
	});

	it.each(["", "abc", "-5", "150", "1e2", "5%5", "0x10"])(
		"refuses %j",
		(text) => {
			expect(parsePercent(text)).toBeUndefined();
		},
	);

	it("writes fractions back as percentages", () => {
		expect([0.1, 0.25, 0.355, 1, 0].map(toPercentText)).toEqual([
			"10",
			"25",
			"35.5",
			"100",
			"0",
		]);
	});
});

describe("plan choices", () => {
	it("start from the context, and give a valid request as they are", () => {
		const form = initialForm(context);
		expect(form).toMatchObject({
			kind: "annual",
			language: "fr",
			currency: "EUR",
			start: "2026-01-01",
			examples: true,
		});
		const checked = checkChoices(form, texts.fr);
		expect(checked.ok && checked.value.stages).toEqual(defaultStages("fr"));
		expect(checked.ok && checked.value.roles).toEqual(defaultRoles("fr"));
	});

	it("keep an unknown currency as the free-text one", () => {
		const form = initialForm({ ...context, currency: "sek" });
		expect([form.currency, form.otherCurrency]).toEqual([OTHER, "SEK"]);
	});

	it("follow the language, unless the person changed the stages or roles", () => {
		const form = initialForm(context);
		const english = withLanguage(form, "en");
		expect(english.stages[1]?.name).toBe("Qualified meeting");
		expect(english.roles).toEqual(defaultRoles("en"));
		form.stages[0] = { name: "Mine", probability: "10", conversion: "30" };
		form.roles.push("Ops");
		const switched = withLanguage(form, "en");
		expect([switched.stages[0]?.name, switched.roles.at(-1)]).toEqual([
			"Mine",
			"Ops",
		]);
	});

	it("list every problem in plain words", () => {
		const form = initialForm(context);
		form.language = "en";
		form.stages = [{ name: " ", probability: "x", conversion: "50" }];
		form.roles = [""];
		form.start = "2026-02-30";
		form.currency = OTHER;
		form.otherCurrency = "EU";
		const checked = checkChoices(form, en);
		expect(checked.ok ? [] : checked.errors).toEqual([
			"Add stages: a plan needs at least 2.",
			"Stage 1 has no name.",
			"Prob. % of “1”: “x” is not a percentage between 0 and 100.",
			"Role 1 is empty: type a name or remove it.",
			"Give a valid start date.",
			"The currency must be a 3-letter code, such as EUR.",
		]);
	});
});

/** The form's choices taken as typed, past none of its checks: what a call from the browser console could send. */
const unchecked = (form: PlanForm): PlanChoices => ({
	kind: form.kind,
	language: form.language,
	start: form.start,
	currency: (form.currency === OTHER ? form.otherCurrency : form.currency)
		.trim()
		.toUpperCase(),
	stages: form.stages.map((row) => ({
		name: row.name.trim(),
		probability: Number(row.probability) / 100,
		conversionRate: Number(row.conversion) / 100,
	})),
	roles: form.roles.map((role) => role.trim()),
	examples: form.examples,
});

/** Stages named "Stage 1", "Stage 2"… with these probabilities, in %. */
const stagesAt = (percents: readonly number[]): StageRow[] =>
	percents.map((percent, i) => ({
		name: `Stage ${i + 1}`,
		probability: String(percent),
		conversion: "50",
	}));

const named = (count: number, name: (i: number) => string): string[] =>
	Array.from({ length: count }, (_, i) => name(i + 1));

describe("each rule the server checks the choices by", () => {
	const formula =
		"ne commencez pas par « = » ou « + », le tableur le prendrait pour une formule.";
	const formulaEn =
		"do not start with “=” or “+”, the spreadsheet would take it for a formula.";
	it.each<{
		rule: string;
		change: (form: PlanForm) => void;
		fr: string;
		en: string;
		marked: string[];
	}>([
		{
			rule: "at least 2 stages",
			change: (form) => form.stages.splice(1),
			fr: "Ajoutez des étapes : il en faut au moins 2.",
			en: "Add stages: a plan needs at least 2.",
			marked: [],
		},
		{
			rule: "at most 12 stages",
			change: (form) => {
				form.stages = stagesAt(Array(13).fill(0));
			},
			fr: "Un plan a 12 étapes au plus : supprimez-en 1.",
			en: "A plan has at most 12 stages: remove 1.",
			marked: [],
		},
		{
			rule: "a stage has a name",
			change: (form) => {
				form.stages[1] = { ...form.stages[1], name: "  " } as StageRow;
			},
			fr: "L'étape 2 n'a pas de nom.",
			en: "Stage 2 has no name.",
			marked: ["stage-1-name"],
		},
		{
			rule: "a stage name has at most 60 characters",
			change: (form) => {
				form.stages[1] = {
					...form.stages[1],
					name: "é".repeat(61),
				} as StageRow;
			},
			fr: "Nom de l'étape 2 : 61 caractères, c'est trop long (60 au plus).",
			en: "Name of stage 2: 61 characters is too long (60 at most).",
			marked: ["stage-1-name"],
		},
		{
			rule: "a stage name does not start with = or +",
			change: (form) => {
				form.stages[1] = { ...form.stages[1], name: " =1+1" } as StageRow;
			},
			fr: `Nom de l'étape 2 : ${formula}`,
			en: `Name of stage 2: ${formulaEn}`,
			marked: ["stage-1-name"],
		},
		{
			rule: "stage names differ, ignoring case and surrounding spaces",
			change: (form) => {
				form.stages[3] = { ...form.stages[3], name: " lead " } as StageRow;
			},
			fr: "Plusieurs étapes s'appellent « Lead » : donnez à chaque étape un nom différent.",
			en: "Several stages are called “Lead”: give each stage a different name.",
			marked: ["stage-0-name", "stage-3-name"],
		},
		{
			rule: "stage names differ, however many spaces stand between their words",
			change: (form) => {
				form.stages[3] = {
					...form.stages[3],
					name: "rdv   QUALIFIÉ",
				} as StageRow;
			},
			fr: "Plusieurs étapes s'appellent « RDV qualifié » : donnez à chaque étape un nom différent.",
			en: "Several stages are called “RDV qualifié”: give each stage a different name.",
			marked: ["stage-1-name", "stage-3-name"],
		},
		{
			rule: "a probability is between 0 and 100 %",
			change: (form) => {
				form.stages[0] = { ...form.stages[0], probability: "150" } as StageRow;
			},
			fr: "Proba. % de « Lead » : « 150 » n'est pas un pourcentage entre 0 et 100.",
			en: "Prob. % of “Lead”: “150” is not a percentage between 0 and 100.",
			marked: ["stage-0-probability"],
		},
		{
			rule: "a conversion is between 0 and 100 %",
			change: (form) => {
				form.stages[0] = { ...form.stages[0], conversion: "-5" } as StageRow;
			},
			fr: "Conv. % de « Lead » : « -5 » n'est pas un pourcentage entre 0 et 100.",
			en: "Conv. % of “Lead”: “-5” is not a percentage between 0 and 100.",
			marked: ["stage-0-conversion"],
		},
		{
			rule: "at least 1 role",
			change: (form) => {
				form.roles = [];
			},
			fr: "Ajoutez au moins un rôle.",
			en: "Add at least one role.",
			marked: [],
		},
		{
			rule: "at most 20 roles",
			change: (form) => {
				form.roles = named(21, (i) => `Role ${i}`);
			},
			fr: "Un plan a 20 rôles au plus : supprimez-en 1.",
			en: "A plan has at most 20 roles: remove 1.",
			marked: [],
		},
		{
			rule: "a role has a name",
			change: (form) => {
				form.roles[2] = " ";
			},
			fr: "Le rôle 3 est vide : saisissez un nom ou supprimez-le.",
			en: "Role 3 is empty: type a name or remove it.",
			marked: ["role-2"],
		},
		{
			rule: "a role name has at most 60 characters",
			change: (form) => {
				form.roles[0] = "x".repeat(61);
			},
			fr: "Rôle 1 : 61 caractères, c'est trop long (60 au plus).",
			en: "Role 1: 61 characters is too long (60 at most).",
			marked: ["role-0"],
		},
		{
			rule: "a role name does not start with = or +",
			change: (form) => {
				form.roles[0] = "+Ops";
			},
			fr: `Rôle 1 : ${formula}`,
			en: `Role 1: ${formulaEn}`,
			marked: ["role-0"],
		},
		{
			rule: "the start is a real date",
			change: (form) => {
				form.start = "2026-02-30";
			},
			fr: "Indiquez une date de début valide.",
			en: "Give a valid start date.",
			marked: ["start"],
		},
		{
			rule: "the start is not before 2000",
			change: (form) => {
				form.start = "1999-12-31";
			},
			fr: "La date de début doit être entre 2000 et 2100.",
			en: "The start date must be between 2000 and 2100.",
			marked: ["start"],
		},
		{
			rule: "the start is not after 2100",
			change: (form) => {
				form.start = "2101-01-01";
			},
			fr: "La date de début doit être entre 2000 et 2100.",
			en: "The start date must be between 2000 and 2100.",
			marked: ["start"],
		},
		{
			rule: "the currency is a 3-letter code",
			change: (form) => {
				form.currency = OTHER;
				form.otherCurrency = "E1R";
			},
			fr: "La devise doit être un code de 3 lettres, par exemple EUR.",
			en: "The currency must be a 3-letter code, such as EUR.",
			marked: ["currency-other"],
		},
	])(
		"$rule: said in both languages, the field marked, and the server agrees",
		({ change, fr, en, marked }) => {
			const form = initialForm(context);
			change(form);
			const errors = (language: "fr" | "en") => {
				const checked = checkChoices(form, texts[language]);
				return checked.ok ? [] : checked.errors;
			};
			expect(errors("fr")).toEqual([fr]);
			expect(errors("en")).toEqual([en]);
			expect([...invalidFields(form, texts.fr)]).toEqual(marked);
			// The same choices, sent as typed in an otherwise valid plan, are refused by the server too.
			const valid = checkChoices(initialForm(context), texts.fr);
			if (!valid.ok) throw new Error(valid.errors.join());
			const { plan } = generateRequest(valid.value, defaultTabNames("fr"), []);
			const request = {
				plan: { ...plan, choices: unchecked(form) },
				replace: [],
			};
			expect(() =>
				parseGenerateRequest(JSON.parse(JSON.stringify(request))),
			).toThrow(/plan\.choices\./);
		},
	);

	it.each<{ limits: string; change: (form: PlanForm) => void }>([
		{
			limits: "2 stages, 1 role, the first day of 2000",
			change: (form) => {
				form.stages.splice(2);
				form.roles = ["Ops"];
				form.start = "2000-01-01";
			},
		},
		{
			limits: "12 stages and 20 roles of 60 characters, the last day of 2100",
			change: (form) => {
				form.stages = stagesAt([
					5, 10, 20, 30, 40, 50, 60, 70, 80, 100, 0, 0,
				]).map((row, i) => ({ ...row, name: `${i} `.padEnd(60, "s") }));
				form.roles = named(20, (i) => `${i} `.padEnd(60, "r"));
				form.start = "2100-12-31";
				form.currency = OTHER;
				form.otherCurrency = " sek ";
			},
		},
	])(
		"accept the limits themselves, as the server does: $limits",
		({ change }) => {
			const form = initialForm(context);
			change(form);
			const checked = checkChoices(form, texts.fr);
			if (!checked.ok) throw new Error(checked.errors.join());
			const request = generateRequest(checked.value, defaultTabNames("fr"), []);
			expect(
				parseGenerateRequest(JSON.parse(JSON.stringify(request))).plan.choices,
			).toEqual(checked.value);
		},
	);
});

describe("the plan's stage tables", () => {
	it.each<{ stages: string; percents: number[]; en?: string }>([
		{
			stages: "10 open stages, the last won, and 2 lost",
			percents: [5, 10, 20, 30, 40, 50, 60, 70, 80, 100, 0, 0],
		},
		{
			stages: "9 open stages, the won one added, and 2 lost",
			percents: [5, 10, 20, 30, 40, 50, 60, 70, 80, 0, 0],
		},
		{
			stages: "11 open stages, the last won",
			percents: [5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
			en: "The funnel has at most 10 stages, counting the won stage (100% probability) the plan adds when the last one is not won: remove 1.",
		},
		{
			stages: "10 open stages, the won one added",
			percents: [5, 10, 20, 30, 40, 50, 60, 70, 80, 90],
			en: "The funnel has at most 10 stages, counting the won stage (100% probability) the plan adds when the last one is not won: remove 1.",
		},
		{
			stages: "9 open stages, the won one added, and 3 lost",
			percents: [5, 10, 20, 30, 40, 50, 60, 70, 80, 0, 0, 0],
			en: "The stage table has at most 12 rows, counting the won and lost stages (100% and 0% probability) the plan adds when there are none: remove 1.",
		},
	])(
		"hold $stages only if the plan can be built",
		({ percents, en: message }) => {
			const form = initialForm(context);
			form.stages = stagesAt(percents);
			const checked = checkChoices(form, en);
			expect(checked.ok ? [] : checked.errors).toEqual(
				message ? [message] : [],
			);
			const build = () => buildPlan(unchecked(form), defaultTabNames("en"));
			if (message) expect(build).toThrow(RangeError);
			else expect(build).not.toThrow();
		},
	);
});

describe("the requests", () => {
	it("preview the kind and language with the tabs to replace", () => {
		const checked = checkChoices(initialForm(context), texts.fr);
		if (!checked.ok) throw new Error(checked.errors.join());
		expect(previewRequest(checked.value, ["kpis"])).toEqual({
			kind: "annual",
			language: "fr",
			replace: ["kpis"],
		});
	});

	it("send a plan the server accepts, built with the preview's names", () => {
		const form = initialForm({ ...context, language: "en" });
		form.kind = "90-day";
		form.stages[1] = {
			name: "<b>Demo</b>",
			probability: "30",
			conversion: "55",
		};
		const checked = checkChoices(form, en);
		if (!checked.ok) throw new Error(checked.errors.join());
		const names = { ...defaultTabNames("en"), kpis: "KPIs (2)" };
		const request = generateRequest(checked.value, names, []);
		const parsed = parseGenerateRequest(JSON.parse(JSON.stringify(request)));
		expect(parsed.plan.choices.stages[1]).toEqual({
			name: "<b>Demo</b>",
			probability: 0.3,
			conversionRate: 0.55,
		});
		expect(parsed.plan.tabs.map((tab) => [tab.key, tab.name])).toEqual(
			tabsOf("90-day").map((key) => [key, names[key]]),
		);
	});
});

describe("KPI alert columns", () => {
	const form = (change: Partial<AlertsForm>): AlertsForm => ({
		target: "selection",
		actual: "b",
		targetColumn: "C",
		threshold: " d ",
		direction: "higher",
		directionColumn: "",
		...change,
	});

	it("reads letters", () => {
		expect(["a", "AB", "zzz", "A1", "", "ABCD"].map(columnLetter)).toEqual([
			"A",
			"AB",
			"ZZZ",
			undefined,
			undefined,
			undefined,
		]);
	});

	it("need no columns for the KPI tab", () => {
		expect(checkAlerts(form({ target: "kpis", actual: "" }), en, "en")).toEqual(
			{
				ok: true,
				value: { target: "kpis", language: "en" },
			},
		);
	});

	it("give a request for the selected table, with a fixed or a column direction", () => {
		expect(checkAlerts(form({}), en, "en")).toEqual({
			ok: true,
			value: {
				target: "selection",
				columns: {
					actual: "B",
					target: "C",
					threshold: "D",
					direction: "higher",
				},
				language: "en",
			},
		});
		const checked = checkAlerts(
			form({ direction: "column", directionColumn: "e" }),
			en,
			"en",
		);
		expect(checked.ok && checked.value.columns?.direction).toEqual({
			column: "E",
		});
	});

	it.each(["fr", "en"] as const)(
		"ask the server to answer in the person's language (%s), in a request it accepts",
		(language) => {
			for (const target of ["kpis", "selection"] as const) {
				const checked = checkAlerts(
					form({ target }),
					texts[language],
					language,
				);
				if (!checked.ok) throw new Error(checked.errors.join());
				expect(checked.value.language).toBe(language);
				expect(
					parseAlertsRequest(JSON.parse(JSON.stringify(checked.value))),
				).toEqual(checked.value);
			}
		},
	);

	it("refuse non-letters and repeated columns", () => {
		const checked = checkAlerts(
			form({ actual: "1", direction: "column", directionColumn: "c" }),
			en,
			"en",
		);
		expect(checked.ok ? [] : checked.errors).toEqual([
			"Actual column: “1” is not a column letter (A, B… AA).",
			"Each column must be a different one.",
		]);
	});
});

describe("the sidebar's sources", () => {
	it("never parse HTML: text goes through text nodes", () => {
		const dir = new URL("../../sidebar/", import.meta.url);
		for (const file of readdirSync(dir).filter((name) =>
			name.endsWith(".ts"),
		)) {
			const source = readFileSync(new URL(file, dir), "utf8");
			expect(source, file).not.toMatch(
				/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|\beval\(/,
			);
		}
	});

	it("have every text in both languages", () => {
		const keys = (value: object): string[] =>
			Object.entries(value).flatMap(([key, inner]) =>
				inner && typeof inner === "object"
					? keys(inner).map((k) => `${key}.${k}`)
					: [key],
			);
		expect(keys(texts.fr).sort()).toEqual(keys(texts.en).sort());
	});
});
