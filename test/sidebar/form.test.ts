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
	OTHER,
	parsePercent,
	previewRequest,
	toPercentText,
	withLanguage,
} from "../../sidebar/form";
import { texts } from "../../sidebar/text";
import { tabsOf } from "../../src/plan/catalogue";
import { defaultRoles, defaultStages } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { parseGenerateRequest } from "../../src/server/schemas";
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
			"Stage 1 has no name.",
			"Prob. % of “1”: “x” is not a percentage between 0 and 100.",
			"Role 1 is empty: type a name or remove it.",
			"Give a valid start date.",
			"The currency must be a 3-letter code, such as EUR.",
		]);
	});
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
		expect(checkAlerts(form({ target: "kpis", actual: "" }), en)).toEqual({
			ok: true,
			value: { target: "kpis" },
		});
	});

	it("give a request for the selected table, with a fixed or a column direction", () => {
		expect(checkAlerts(form({}), en)).toEqual({
			ok: true,
			value: {
				target: "selection",
				columns: {
					actual: "B",
					target: "C",
					threshold: "D",
					direction: "higher",
				},
			},
		});
		const checked = checkAlerts(
			form({ direction: "column", directionColumn: "e" }),
			en,
		);
		expect(checked.ok && checked.value.columns?.direction).toEqual({
			column: "E",
		});
	});

	it("refuse non-letters and repeated columns", () => {
		const checked = checkAlerts(
			form({ actual: "1", direction: "column", directionColumn: "c" }),
			en,
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
