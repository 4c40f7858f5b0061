import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	call,
	column,
	errorOf,
	expectJunkArgumentsHandled,
	expectJunkHandled,
	junkCell,
	junkColumns,
	openColumn,
	RUNS,
	row,
} from "./helpers";

const categories = (...args: unknown[]) => call("FORECAST_CATEGORIES", ...args);

/** The four figures as a person reads them down the spilled column. */
const figures = (result: unknown) => (result as number[][]).map(([x]) => x);

describe("FORECAST_CATEGORIES rolls deals up as Salesforce does", () => {
	it("matches a hand-worked quarter of six deals", () => {
		// Closed 10,000; Commit 20,000 + 5,000; Best case 8,000; Pipeline 30,000; Omitted 50,000.
		// Closed = 10,000; Commit = 10,000 + 25,000 = 35,000; Best case = 35,000 + 8,000 = 43,000;
		// Open pipeline = 25,000 + 8,000 + 30,000 = 63,000 (neither the closed nor the omitted deal).
		expect(
			figures(
				categories(
					column(10000, 20000, 5000, 8000, 30000, 50000),
					column(
						"Closed",
						"Commit",
						"Commit",
						"Best case",
						"Pipeline",
						"Omitted",
					),
				),
			),
		).toEqual([10000, 35000, 43000, 63000]);
	});

	it("spills one column of four numbers", () => {
		expect(categories(100, "Commit")).toEqual([[0], [100], [100], [100]]);
	});

	it.each([
		["Closed", "Closed"],
		["Closed won", "Closed"],
		["closed-won", "Closed"],
		["Won", "Closed"],
		["Gagné", "Closed"],
		["SIGNÉ", "Closed"],
		["Commit", "Commit"],
		["Engagé", "Commit"],
		["Best case", "Best case"],
		["Best-case", "Best case"],
		["  best case ", "Best case"],
		["Meilleur cas", "Best case"],
		["Pipeline", "Pipeline"],
		["Omitted", "nowhere"],
		["Not forecasted", "nowhere"],
		["Closed lost", "nowhere"],
		["Lost", "nowhere"],
		["Omis", "nowhere"],
		["Exclu", "nowhere"],
		["Perdu", "nowhere"],
	])("counts a deal in %s under %s", (word, counted) => {
		// One deal of 1,000: where it lands in the roll-up tells its category.
		const expected = {
			Closed: [1000, 1000, 1000, 0],
			Commit: [0, 1000, 1000, 1000],
			"Best case": [0, 0, 1000, 1000],
			Pipeline: [0, 0, 0, 1000],
			nowhere: [0, 0, 0, 0],
		}[counted];
		expect(figures(categories(1000, word))).toEqual(expected);
	});

	it("does not weigh amounts", () => {
		expect(
			figures(categories(column(333.33, 0.01), column("Commit", "Commit"))),
		).toEqual([0, 333.34, 333.34, 333.34]);
	});

	it("skips rows without an amount, whatever their category", () => {
		expect(
			figures(
				categories(
					openColumn([1000, "", 2000]),
					openColumn(["Closed", "nonsense", "Pipeline"]),
				),
			),
		).toEqual([1000, 1000, 1000, 2000]);
	});

	it("reads a row of deals as a column", () => {
		expect(categories(row(1, 2), row("Won", "Commit"))).toEqual(
			categories(column(1, 2), column("Won", "Commit")),
		);
	});

	it("returns zeros for an empty pipeline", () => {
		expect(figures(categories(openColumn([]), openColumn([])))).toEqual([
			0, 0, 0, 0,
		]);
	});
});

describe("FORECAST_CATEGORIES counts only the period's deals, as WEIGHTED_FORECAST does", () => {
	const amounts = column(100, 200, 400, 800);
	const words = column("Won", "Commit", "Best case", "Pipeline");
	const closes = column(
		new Date(2026, 11, 31),
		new Date(2027, 0, 1),
		new Date(2027, 2, 31, 18, 30),
		new Date(2027, 3, 1),
	);

	it.each([
		// 31 Dec and 1 Apr fall outside the quarter; 1 Jan and 31 Mar (late in the day) count.
		[
			"the first quarter",
			new Date(2027, 0, 1),
			new Date(2027, 2, 31),
			[0, 200, 600, 600],
		],
		[
			"everything from 1 January",
			new Date(2027, 0, 1),
			"",
			[0, 200, 600, 1400],
		],
		[
			"everything up to 31 March",
			"",
			new Date(2027, 2, 31),
			[100, 300, 700, 600],
		],
	])("sums %s", (_, start, end, expected) => {
		expect(figures(categories(amounts, words, closes, start, end))).toEqual(
			expected,
		);
	});

	it("ignores close dates when no period is given", () => {
		expect(figures(categories(amounts, words, column("", "", "", "")))).toEqual(
			[100, 300, 700, 1400],
		);
	});
});

describe("FORECAST_CATEGORIES rejects bad input with a message naming the function, the argument and the row", () => {
	it.each([
		{
			name: "an unknown category",
			args: [column(1, 2, 3), column("Won", "Commit", " Maybe ")],
			message:
				'FORECAST_CATEGORIES: categories, row 3: "Maybe" is not a forecast category (Closed, Commit, Best case, Pipeline or Omitted)',
		},
		{
			name: "a deal with an amount and no category",
			args: [column(1, 2), column("Won", "")],
			message:
				"FORECAST_CATEGORIES: categories, row 2: the deal has an amount but no forecast category",
		},
		{
			name: "a category that is a number",
			args: [column(1), column(0.5)],
			message:
				"FORECAST_CATEGORIES: categories, row 1: 0.5 is not a forecast category (Closed, Commit, Best case, Pipeline or Omitted)",
		},
		{
			name: "a negative amount",
			args: [column(1, -2), column("Won", "Won")],
			message: "FORECAST_CATEGORIES: amounts, row 2: -2 is negative",
		},
		{
			name: "ranges of different sizes",
			args: [column(1, 2), column("Won")],
			message:
				"FORECAST_CATEGORIES: categories has 1 cells but amounts has 2: they must be the same size",
		},
		{
			name: "a deal with no close date in a period",
			args: [
				column(1, 2),
				column("Won", "Won"),
				column(new Date(2027, 0, 5), ""),
				new Date(2027, 0, 1),
			],
			message: "FORECAST_CATEGORIES: close_dates, row 2: a date is missing",
		},
		{
			name: "a period without close dates",
			args: [column(1), column("Won"), "", new Date(2027, 0, 1)],
			message:
				"FORECAST_CATEGORIES: close_dates: needed when period_start or period_end is given",
		},
		{
			name: "omitted categories",
			args: [column(1), undefined],
			message: "FORECAST_CATEGORIES: categories is required",
		},
	])("rejects $name", ({ args, message }) => {
		expect(errorOf(() => categories(...args)).message).toBe(message);
	});
});

const word = fc.constantFrom(
	"Closed",
	"Won",
	"Commit",
	"Engagé",
	"Best case",
	"Meilleur cas",
	"Pipeline",
	"Omitted",
	"Perdu",
);

describe("FORECAST_CATEGORIES properties", () => {
	it("keeps Closed ≤ Commit ≤ Best case, and Open pipeline within every open deal", () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 1e9 }), word), {
					minLength: 1,
					maxLength: 40,
				}),
				(deals) => {
					const [closed, commit, bestCase, open] = figures(
						categories(
							column(...deals.map(([amount]) => amount)),
							column(...deals.map(([, category]) => category)),
						),
					) as number[];
					expect(closed).toBeLessThanOrEqual(commit as number);
					expect(commit).toBeLessThanOrEqual(bestCase as number);
					const total = deals.reduce((sum, [amount]) => sum + amount, 0);
					expect((closed as number) + (open as number)).toBeLessThanOrEqual(
						total,
					);
				},
			),
			RUNS,
		);
	});

	it("returns four finite numbers or a named error for junk", () => {
		expectJunkArgumentsHandled("FORECAST_CATEGORIES", 5);
		expectJunkHandled(
			"FORECAST_CATEGORIES",
			fc.tuple(
				junkColumns(junkCell, fc.oneof(word, junkCell), junkCell),
				junkCell,
				junkCell,
			),
			([[amounts, words, dates], start, end]) => [
				amounts,
				words,
				dates,
				start,
				end,
			],
		);
	});
});
