import { describe, expect, it } from "vitest";
import { range } from "../../src/plan/a1";
import { buildPlan } from "../../src/plan/build-plan";
import { tabsOf } from "../../src/plan/catalogue";
import { isoToSerial } from "../../src/plan/dates";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { capacityLayout } from "../../src/plan/tabs/capacity";
import { funnelLayout } from "../../src/plan/tabs/funnel";
import { kpiColumns, kpisLayout } from "../../src/plan/tabs/kpis";
import { pipelineLayout } from "../../src/plan/tabs/pipeline-layout";
import type {
	Area,
	Cell,
	Language,
	Plan,
	PlanKind,
	Tab,
	TabKey,
	TabNames,
} from "../../src/plan/types";

const kinds: PlanKind[] = ["annual", "quarterly", "30-60-90", "90-day"];
const languages: Language[] = ["fr", "en"];
const cases = kinds.flatMap((kind) =>
	languages.flatMap((language) =>
		[true, false].map((examples) => ({ kind, language, examples })),
	),
);

const plan = (
	kind: PlanKind,
	language: Language,
	examples = true,
	names: TabNames = defaultTabNames(language),
): Plan =>
	buildPlan(
		{ ...defaultChoices(kind, language, "2027-01-01"), examples },
		names,
	);

const formulas = (tab: Tab): string[] =>
	tab.cells.flatMap((row) =>
		row.flatMap((cell) =>
			cell !== null && typeof cell === "object" ? [cell.formula] : [],
		),
	);
const texts = (tab: Tab): string[] =>
	tab.cells.flatMap((row) =>
		row.filter((cell): cell is string => typeof cell === "string"),
	);
const tabOf = (p: Plan, key: TabKey): Tab => {
	const tab = p.tabs.find((candidate) => candidate.key === key);
	if (!tab) throw new Error(`no ${key} tab`);
	return tab;
};
const at = (tab: Tab, row: number, column: number): Cell | undefined =>
	tab.cells[row]?.[column];
const formulaAt = (tab: Tab, row: number, column: number): string => {
	const cell = at(tab, row, column);
	if (cell === null || typeof cell !== "object")
		throw new Error(`no formula at ${row},${column} of ${tab.key}`);
	return cell.formula;
};
const inside = (area: Area, tab: Tab): boolean =>
	area.row >= 0 &&
	area.column >= 0 &&
	area.rows > 0 &&
	area.columns > 0 &&
	area.row + area.rows <= tab.cells.length &&
	area.column + area.columns <= (tab.cells[0]?.length ?? 0);

/** Sheet names quoted in a formula: 'Name'!… */
const referencedSheets = (formula: string): string[] =>
	[...formula.matchAll(/'((?:[^']|'')+)'!/g)].map((match) =>
		(match[1] as string).replaceAll("''", "'"),
	);

describe.each(cases)(
	"a $kind plan in $language (examples: $examples)",
	({ kind, language, examples }) => {
		const built = plan(kind, language, examples);
		const names = defaultTabNames(language);
		const present = new Set(built.tabs.map((tab) => tab.name));

		it("builds the kind's tabs, in order, under their localised names", () => {
			expect(built.tabs.map((tab) => tab.key)).toEqual(tabsOf(kind));
			for (const tab of built.tabs) expect(tab.name).toBe(names[tab.key]);
		});

		it("gives every tab rows of the same width as its column widths", () => {
			for (const tab of built.tabs) {
				const width = tab.columnWidths.length;
				expect(width, tab.key).toBeGreaterThan(0);
				for (const row of tab.cells) expect(row.length, tab.key).toBe(width);
			}
		});

		it("keeps formats, validations, rules and protections inside each tab", () => {
			for (const tab of built.tabs) {
				const areas = [
					...tab.formats.map((f) => f.area),
					...tab.validations.map((v) => v.area),
					...tab.rules.map((r) => r.area),
					...tab.protectedAreas,
				];
				for (const area of areas)
					expect(inside(area, tab), `${tab.key} ${JSON.stringify(area)}`).toBe(
						true,
					);
			}
		});

		it("takes dropdown choices from ranges of tabs this plan has", () => {
			for (const tab of built.tabs) {
				for (const validation of tab.validations) {
					if (validation.kind !== "range") continue;
					const source = built.tabs.find(
						(candidate) => candidate.key === validation.tab,
					);
					expect(source, `${tab.key} → ${validation.tab}`).toBeDefined();
					expect(inside(validation.source, source as Tab)).toBe(true);
				}
			}
		});

		it("writes rules that only reference their own tab", () => {
			for (const tab of built.tabs)
				for (const rule of tab.rules)
					expect(rule.formula, tab.key).not.toContain("!");
		});

		it("points every cross-tab reference at a tab of this plan, always quoted", () => {
			for (const tab of built.tabs) {
				for (const formula of formulas(tab)) {
					expect(formula.startsWith("="), formula).toBe(true);
					for (const sheet of referencedSheets(formula))
						expect(present.has(sheet), `${tab.key}: ${formula}`).toBe(true);
					// Every "!" belongs to a quoted sheet name.
					expect(formula.split("!").length - 1, formula).toBe(
						referencedSheets(formula).length,
					);
				}
			}
		});

		it("keeps protected areas few", () => {
			for (const tab of built.tabs)
				expect(tab.protectedAreas.length, tab.key).toBeLessThanOrEqual(4);
		});

		it("freezes and bolds each tab's title and header", () => {
			for (const tab of built.tabs) {
				expect(tab.frozenRows, tab.key).toBeGreaterThan(0);
				expect(tab.boldRows, tab.key).toContain(0);
				expect(tab.boldRows.length, tab.key).toBeGreaterThan(1);
			}
		});

		it(examples ? "marks its example rows" : "has no example rows", () => {
			const prefix = language === "fr" ? "Exemple – " : "Example – ";
			const other = language === "fr" ? "Example – " : "Exemple – ";
			const marked = built.tabs
				.flatMap(texts)
				.filter((text) => text.startsWith(prefix));
			if (examples) expect(marked.length).toBeGreaterThan(5);
			else expect(marked).toEqual([]);
			expect(
				built.tabs.flatMap(texts).filter((text) => text.startsWith(other)),
			).toEqual([]);
		});

		it("starts the period on the chosen day, as a date serial", () => {
			const settings = tabOf(built, "settings");
			expect(at(settings, 5, 1)).toBe(isoToSerial("2027-01-01"));
		});
	},
);

describe("custom functions", () => {
	const annual = plan("annual", "en");
	const settings = "'Settings'";

	it("the pipeline's weighted forecast takes the deal columns, the stage table and the Settings period", () => {
		const pipeline = tabOf(annual, "pipeline");
		expect(
			formulaAt(
				pipeline,
				pipelineLayout.forecast.row,
				pipelineLayout.forecast.column,
			),
		).toBe(
			`=WEIGHTED_FORECAST(F5:F204,E5:E204,${settings}!$D$5:$E$34,G5:G204,${settings}!$B$6,${settings}!$B$16)`,
		);
	});

	it("the Overview's forecast of each Objectives period takes the Pipeline's deal columns and stage table, and that period's first and last day", () => {
		const overview = tabOf(annual, "overview");
		const chart = overview.charts?.find((c) => c.key === "overview-target-won");
		const line = chart?.series[2]?.values;
		if (!line) throw new Error("no forecast line");
		const deals = `'Pipeline'!$F$5:$F$204,'Pipeline'!$E$5:$E$204,${settings}!$D$5:$E$34,'Pipeline'!$G$5:$G$204`;
		// Objectives' months are on rows 5 to 16, their first day in column C and their last in D.
		expect(formulaAt(overview, line.row + 1, line.column)).toBe(
			`=IF('Objectives'!C5="","",WEIGHTED_FORECAST(${deals},'Objectives'!C5,'Objectives'!D5))`,
		);
		expect(formulaAt(overview, line.row + 12, line.column)).toBe(
			`=IF('Objectives'!C16="","",WEIGHTED_FORECAST(${deals},'Objectives'!C16,'Objectives'!D16))`,
		);
		expect(line.rows).toBe(13);
	});

	it("the funnel's targets take the revenue target, deal size, rates, stage names and weeks from Settings", () => {
		const funnel = tabOf(annual, "funnel");
		expect(
			formulaAt(funnel, funnelLayout.anchor.row, funnelLayout.anchor.column),
		).toBe(
			`=FUNNEL_TARGETS(${settings}!$B$7,${settings}!$B$8,${settings}!$I$5:$I$14,${settings}!$H$5:$H$14,${settings}!$B$18)`,
		);
		// The spill area below the anchor stays empty.
		for (
			let r = funnelLayout.spill.row;
			r < funnelLayout.spill.row + funnelLayout.spill.rows;
			r++
		) {
			for (let c = 0; c < 3; c++)
				if (r !== funnelLayout.anchor.row || c !== 0)
					expect(at(funnel, r, c)).toBeNull();
		}
	});

	it("capacity asks HEADCOUNT_NEEDED for each role, from its own row and the period's months", () => {
		const capacity = tabOf(annual, "capacity");
		const first = capacityLayout.needed.row;
		expect(formulaAt(capacity, first, capacityLayout.needed.column)).toBe(
			'=IF(OR(B5="",H5=""),"",HEADCOUNT_NEEDED(B5,H5,E5,F5,$B$3,G5))',
		);
		expect(formulaAt(capacity, first, capacityLayout.hires.column)).toBe(
			'=IF(I5="","",MAX(0,I5-N(G5)))',
		);
		expect(formulaAt(capacity, 2, 1)).toBe(`=${settings}!$B$17`);
	});

	it.each(kinds)(
		"a %s plan uses each custom function only on its own tab",
		(kind) => {
			const built = plan(kind, "fr");
			const hasPipeline = built.tabs.some((tab) => tab.key === "pipeline");
			for (const tab of built.tabs) {
				const all = formulas(tab).join("\n");
				// The Overview's chart draws each Objectives period's forecast, from the Pipeline's deals.
				expect(all.includes("WEIGHTED_FORECAST("), tab.key).toBe(
					tab.key === "pipeline" || (tab.key === "overview" && hasPipeline),
				);
				expect(all.includes("FUNNEL_TARGETS("), tab.key).toBe(
					tab.key === "funnel",
				);
				expect(all.includes("HEADCOUNT_NEEDED("), tab.key).toBe(
					tab.key === "capacity",
				);
			}
		},
	);
});

describe("the KPI tab", () => {
	it.each(languages)(
		"in %s, colours its rows with three alert rules on the KPI table",
		(language) => {
			const kpis = tabOf(plan("quarterly", language), "kpis");
			expect(kpis.rules.map((rule) => rule.color)).toEqual([
				"red",
				"amber",
				"green",
			]);
			for (const rule of kpis.rules) {
				expect(rule.area).toEqual(kpisLayout.table);
				expect(rule.formula).toContain("$H5");
				expect(rule.formula).toContain("$L5");
			}
			expect(kpiColumns.actual).toBe(7);
		},
	);
});

describe("sheet names", () => {
	it("quotes a custom name holding an apostrophe in every formula", () => {
		const names = {
			...defaultTabNames("en"),
			settings: "Bob's settings",
			funnel: "Funnel 2027",
		};
		const built = plan("annual", "en", true, names);
		const all = built.tabs.flatMap(formulas);
		expect(all.some((f) => f.includes("'Bob''s settings'!$B$7"))).toBe(true);
		expect(all.some((f) => f.includes("'Funnel 2027'!"))).toBe(true);
		expect(all.some((f) => f.includes("'Settings'!"))).toBe(false);
	});
});

describe("languages", () => {
	const englishWords = /\b(the|and|each|every|with|your|what)\b/i;
	const frenchWords = /\b(les|des|une|chaque|avec|pour|est)\b/i;

	it.each(kinds)(
		"a %s plan's French guidance has no English, and its English guidance no French",
		(kind) => {
			const fr = plan(kind, "fr");
			const en = plan(kind, "en");
			fr.tabs.forEach((tab, i) => {
				const french = tab.cells[1]?.[0] as string;
				const english = en.tabs[i]?.cells[1]?.[0] as string;
				expect(french).not.toBe(english);
				expect(french, tab.key).not.toMatch(englishWords);
				expect(english, tab.key).not.toMatch(frenchWords);
			});
		},
	);

	it("writes French headers in a French plan", () => {
		const fr = plan("annual", "fr");
		expect(tabOf(fr, "pipeline").cells[3]).toContain("Affaire");
		expect(tabOf(fr, "actions").cells[3]).toContain("Échéance");
		expect(tabOf(fr, "kpis").cells[3]).toContain("Seuil d'alerte");
		const en = plan("annual", "en");
		expect(tabOf(en, "pipeline").cells[3]).toContain("Deal");
		expect(tabOf(en, "kpis").cells[3]).toContain("Alert threshold");
	});
});

describe("references to tabs a plan lacks", () => {
	it("a 90-day plan's overview only pulls figures from its own tabs", () => {
		const built = plan("90-day", "en");
		const overview = tabOf(built, "overview");
		const sheets = new Set(formulas(overview).flatMap(referencedSheets));
		expect([...sheets].sort()).toEqual([
			"Actions",
			"Budget",
			"KPIs",
			"Settings",
		]);
	});

	it("a quarterly plan's funnel reads the Settings tab's ranges", () => {
		const funnel = tabOf(plan("quarterly", "fr"), "funnel");
		expect(formulaAt(funnel, 4, 0)).toContain(
			`'Paramètres'!${range({ row: 4, column: 7, rows: 10, columns: 1 }, true)}`,
		);
	});
});
