import { describe, expect, it } from "vitest";
import { defineColumns } from "../../src/plan/columns";
import { makeContext } from "../../src/plan/context";
import { defaultChoices } from "../../src/plan/defaults";
import { TabBuilder, table } from "../../src/plan/grid";
import { defaultTabNames } from "../../src/plan/tab-names";

const context = (language: "fr" | "en") =>
	makeContext(
		defaultChoices("annual", language, "2027-01-01"),
		defaultTabNames(language),
	);

const deals = defineColumns(
	[
		{ key: "name", header: { fr: "Affaire", en: "Deal" }, width: 200 },
		{
			key: "amount",
			header: { fr: "Montant", en: "Amount" },
			width: 120,
			format: "currency",
			validation: { kind: "number", minimum: 0 },
		},
		{
			key: "double",
			header: { fr: "Double", en: "Twice" },
			width: 90,
			format: { pattern: "#,##0.0" },
			formula: ({ at }) => `=${at("amount")}*2`,
		},
		{
			key: "stage",
			header: { fr: "Étape", en: "Stage" },
			width: 100,
			validation: (plan) =>
				plan.language === "fr"
					? { kind: "list", values: ["Ouverte", "Gagnée"] }
					: undefined,
		},
	],
	2,
);

describe("defineColumns", () => {
	it("numbers each key from the first column, left to right", () => {
		expect(deals.index).toEqual({ name: 2, amount: 3, double: 4, stage: 5 });
	});

	it("refuses a key declared twice", () => {
		expect(() =>
			defineColumns([
				{ key: "a", header: { fr: "A", en: "A" }, width: 10 },
				{ key: "a", header: { fr: "B", en: "B" }, width: 10 },
			]),
		).toThrow('the column "a" is declared twice');
	});
});

describe("table", () => {
	const written = (language: "fr" | "en") => {
		const plan = context(language);
		const tab = new TabBuilder("pipeline", "Pipeline");
		const area = table(tab, plan, {
			headerRow: 1,
			capacity: 3,
			columns: deals,
			rows: [{ stage: language === "fr" ? "Gagnée" : "Won", name: "Alpha" }],
		});
		return { built: tab.build(2), area, plan };
	};

	it("writes each record's header in the plan's language, its width, and row values under their key", () => {
		const { built } = written("en");
		expect(built.cells[1]?.slice(2)).toEqual([
			"Deal",
			"Amount",
			"Twice",
			"Stage",
		]);
		expect(built.cells[2]?.slice(2)).toEqual([
			"Alpha",
			null,
			{ formula: "=D3*2" },
			"Won",
		]);
		expect(written("fr").built.cells[1]?.[2]).toBe("Affaire");
		expect(built.columnWidths.slice(2)).toEqual([200, 120, 90, 100]);
	});

	it("gives formats by name or pattern, and validations that may depend on the plan", () => {
		const { built, plan } = written("fr");
		expect(built.formats).toEqual([
			{
				area: { row: 2, column: 3, rows: 3, columns: 1 },
				pattern: plan.formats.currency,
			},
			{ area: { row: 2, column: 4, rows: 3, columns: 1 }, pattern: "#,##0.0" },
		]);
		expect(built.validations.map((validation) => validation.kind)).toEqual([
			"number",
			"list",
		]);
		expect(written("en").built.validations).toHaveLength(1);
	});

	it("writes formula columns on every row and protects them; areas are found by key", () => {
		const { built, area } = written("en");
		expect(built.cells.slice(2).map((row) => row[4])).toEqual([
			{ formula: "=D3*2" },
			{ formula: "=D4*2" },
			{ formula: "=D5*2" },
		]);
		expect(built.protectedAreas).toEqual([
			{ row: 2, column: 4, rows: 3, columns: 1 },
		]);
		expect(area.column("stage")).toEqual({
			row: 2,
			column: 5,
			rows: 3,
			columns: 1,
		});
	});
});
