// The custom functions as Sheets calls them, keyed by name.

import {
	type CustomFunctionResult,
	customFunctions,
	runCustomFunction,
} from "./registry";

export const functions: Record<
	string,
	(...args: unknown[]) => CustomFunctionResult
> = Object.fromEntries(
	customFunctions.map((spec) => [
		spec.name,
		(...args: unknown[]) => runCustomFunction(spec, args),
	]),
);
