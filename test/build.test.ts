import { describe, expect, it } from "vitest";
import { checkRegistry } from "../build.mjs";

const spec = (
	name: string,
	parameters: number,
	implementationArity: number,
) => ({
	name,
	parameters: Array.from({ length: parameters }, (_, i) => ({ name: `p${i}` })),
	implementation: new Function(
		...Array.from({ length: implementationArity }, (_, i) => `p${i}`),
		"return 0",
	),
});

describe("the build's registry check", () => {
	it("accepts a registry that matches the exported functions", () => {
		expect(() =>
			checkRegistry({
				registry: [spec("A_B", 2, 2)],
				functions: { A_B: () => 0 },
			}),
		).not.toThrow();
	});

	it.each([
		[
			"a function missing from the exports",
			{ registry: [spec("A", 1, 1)], functions: {} },
			"differs from exported functions",
		],
		[
			"an exported function missing from the registry",
			{ registry: [], functions: { A: () => 0 } },
			"differs from exported functions",
		],
		[
			"a parameter count that differs from the implementation",
			{ registry: [spec("A", 2, 3)], functions: { A: () => 0 } },
			"lists 2 parameters, the implementation takes 3",
		],
		[
			"a lower-case name",
			{ registry: [spec("forecast", 1, 1)], functions: { forecast: () => 0 } },
			"upper case",
		],
	])("fails on %s", (_, addIn, message) => {
		expect(() => checkRegistry(addIn)).toThrow(message);
	});
});
