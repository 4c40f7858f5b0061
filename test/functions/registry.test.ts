import { describe, expect, it } from "vitest";
import { functions } from "../../src/functions/index";
import {
	type CustomFunctionSpec,
	customFunctions,
	runCustomFunction,
} from "../../src/functions/registry";
import { InputError } from "../../src/functions/sheets-input";
import { errorOf } from "./helpers";

const SIGNATURES = [
	{
		name: "WEIGHTED_FORECAST",
		parameters: [
			"amounts",
			"probabilities",
			"stage_table",
			"close_dates",
			"period_start",
			"period_end",
		],
		required: 2,
	},
	{
		name: "FORECAST_CATEGORIES",
		parameters: [
			"amounts",
			"categories",
			"close_dates",
			"period_start",
			"period_end",
		],
		required: 2,
	},
	{
		name: "FORECAST_BY_MONTH",
		parameters: [
			"amounts",
			"probabilities",
			"stage_table",
			"close_dates",
			"first_month",
			"months",
		],
		// stage_table may be blank when the probabilities are numbers.
		optional: ["stage_table", "months"],
	},
	{
		name: "FORECAST_RANGE",
		parameters: [
			"amounts",
			"probabilities",
			"stage_table",
			"close_dates",
			"period_start",
			"period_end",
			"confidence",
		],
		required: 2,
	},
	{
		name: "FUNNEL_TARGETS",
		parameters: [
			"revenue_target",
			"avg_deal_size",
			"conversion_rates",
			"stage_names",
			"periods",
		],
		required: 3,
	},
	{
		name: "HEADCOUNT_NEEDED",
		parameters: [
			"workload",
			"capacity_per_rep",
			"attainment",
			"ramp_months",
			"period_months",
			"current_reps",
		],
		required: 2,
	},
	{
		name: "HIRING_PLAN",
		parameters: [
			"monthly_targets",
			"quota_per_rep",
			"attainment",
			"ramp",
			"annual_attrition",
			"current_reps",
			"lead_time_months",
		],
		required: 2,
	},
];

const specOf = (name: string): CustomFunctionSpec => {
	const spec = customFunctions.find((candidate) => candidate.name === name);
	if (!spec) throw new Error(`no spec for ${name}`);
	return spec;
};

const fakeSpec = (
	implementation: (...args: unknown[]) => number,
): CustomFunctionSpec => ({
	name: "FAKE",
	summary: "A fake function for tests.",
	parameters: [
		{ name: "first", type: "number", help: "h", example: "1", optional: false },
		{ name: "second", type: "number", help: "h", example: "2", optional: true },
	],
	returns: { type: "number", help: "h" },
	example: "=FAKE(1)",
	implementation,
});

describe("the registry lists the custom functions", () => {
	it("lists exactly the functions of the signature table, in order", () => {
		expect(customFunctions.map((spec) => spec.name)).toEqual(
			SIGNATURES.map((signature) => signature.name),
		);
	});

	it("exposes one callable per registered function in index.ts", () => {
		expect(Object.keys(functions).sort()).toEqual(
			customFunctions.map((spec) => spec.name).sort(),
		);
	});

	it.each(SIGNATURES)(
		"declares the parameters of $name in the spec's order",
		(signature) => {
			const spec = specOf(signature.name);
			expect(spec.parameters.map((parameter) => parameter.name)).toEqual(
				signature.parameters,
			);
			expect(spec.parameters.map((parameter) => parameter.optional)).toEqual(
				signature.parameters.map((name, i) =>
					"optional" in signature
						? (signature.optional as string[]).includes(name)
						: i >= (signature.required as number),
				),
			);
		},
	);

	it.each(customFunctions.map((spec) => ({ name: spec.name, spec })))(
		"documents every parameter of $name",
		({ spec }) => {
			expect(spec.summary.trim()).not.toBe("");
			expect(spec.returns.help.trim()).not.toBe("");
			for (const parameter of spec.parameters) {
				expect(parameter.name).toMatch(/^[a-z_]+$/);
				expect(parameter.type.trim()).not.toBe("");
				expect(parameter.help.trim()).not.toBe("");
				expect(parameter.example.trim()).not.toBe("");
			}
		},
	);

	it.each(customFunctions.map((spec) => ({ name: spec.name, spec })))(
		"gives $name an example formula that calls it with no more arguments than it takes",
		({ spec }) => {
			expect(spec.example.startsWith(`=${spec.name}(`)).toBe(true);
			expect(spec.example.endsWith(")")).toBe(true);
			// commas at the top level only: DATE(2027,1,1) is one argument
			let depth = 0;
			let argumentCount = 1;
			for (const character of spec.example.slice(spec.name.length + 2, -1)) {
				if (character === "(") depth++;
				else if (character === ")") depth--;
				else if (character === "," && depth === 0) argumentCount++;
			}
			expect(argumentCount).toBeLessThanOrEqual(spec.parameters.length);
			expect(argumentCount).toBeGreaterThanOrEqual(
				spec.parameters.filter((parameter) => !parameter.optional).length,
			);
		},
	);

	it("computes the seed example of FUNNEL_TARGETS (=FUNNEL_TARGETS(120000, 6000, 25%))", () => {
		expect(specOf("FUNNEL_TARGETS").example).toBe(
			"=FUNNEL_TARGETS(120000, 6000, 25%)",
		);
		expect(functions.FUNNEL_TARGETS?.(120000, 6000, 0.25)).toEqual([
			[80],
			[20],
		]);
	});

	it("computes the example of HEADCOUNT_NEEDED (=HEADCOUNT_NEEDED(200, 20))", () => {
		expect(specOf("HEADCOUNT_NEEDED").example).toBe(
			"=HEADCOUNT_NEEDED(200, 20)",
		);
		expect(functions.HEADCOUNT_NEEDED?.(200, 20)).toBe(10);
	});
});

describe("runCustomFunction calls a function as Sheets does", () => {
	it("passes every argument through and returns the result", () => {
		expect(
			runCustomFunction(
				fakeSpec((a, b) => (a as number) + (b as number)),
				[1, 2],
			),
		).toBe(3);
	});

	it.each([
		{ name: "undefined", value: undefined },
		{ name: "an empty string", value: "" },
		{ name: "null", value: null },
		{ name: "a one-cell blank range", value: [[""]] },
	])("rejects a required argument given as $name", ({ value }) => {
		expect(
			errorOf(() =>
				runCustomFunction(
					fakeSpec(() => 1),
					[value],
				),
			).message,
		).toBe("FAKE: first is required");
	});

	it("accepts an omitted optional argument", () => {
		expect(
			runCustomFunction(
				fakeSpec(() => 1),
				[0],
			),
		).toBe(1);
	});

	it("turns an InputError into a plain Error prefixed with the function's name", () => {
		const error = errorOf(() =>
			runCustomFunction(
				fakeSpec(() => {
					throw new InputError("first, row 7: 150 is outside 0–100%");
				}),
				[1],
			),
		);
		expect(error).not.toBeInstanceOf(InputError);
		expect(error.message).toBe("FAKE: first, row 7: 150 is outside 0–100%");
	});

	it("lets any other error through unchanged", () => {
		const bug = new RangeError("internal");
		const error = errorOf(() =>
			runCustomFunction(
				fakeSpec(() => {
					throw bug;
				}),
				[1],
			),
		);
		expect(error).toBe(bug);
	});

	it.each(SIGNATURES)(
		"prefixes a missing required argument of $name with the function's name",
		({ name, parameters }) => {
			expect(errorOf(() => functions[name]?.()).message).toBe(
				`${name}: ${parameters[0]} is required`,
			);
		},
	);

	it("prefixes the spec's own example message", () => {
		const probabilities = [[0.5], [0.5], [0.5], [0.5], [0.5], [0.5], [150]];
		const amounts = probabilities.map(() => [1]);
		expect(
			errorOf(() => functions.WEIGHTED_FORECAST?.(amounts, probabilities))
				.message,
		).toBe("WEIGHTED_FORECAST: probabilities, row 7: 150 is outside 0–100%");
	});
});
