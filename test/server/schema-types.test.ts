// The sidebar calls' schemas let through exactly the API's request types, readonly aside: tsc fails on any drift.

import { describe, expectTypeOf, it } from "vitest";
import type {
	AlertsRequest,
	CheckRequest,
	GenerateRequest,
	ImportDealsRequest,
	OpenTabRequest,
	PipelineIdsRequest,
	PreviewRequest,
	SelectCellRequest,
} from "../../src/api";
import type { Parsed } from "../../src/server/schemas";

/** The API's types without readonly, as zod infers them. */
type Mutable<T> = T extends readonly (infer Item)[]
	? Mutable<Item>[]
	: T extends object
		? { -readonly [Key in keyof T]: Mutable<T[Key]> }
		: T;

describe("the request schemas and the API types", () => {
	it("agree both ways for every sidebar call (checked by tsc)", () => {
		expectTypeOf<Parsed["generate"]>().toEqualTypeOf<
			Mutable<GenerateRequest>
		>();
		expectTypeOf<Parsed["preview"]>().toEqualTypeOf<Mutable<PreviewRequest>>();
		expectTypeOf<Parsed["alerts"]>().toEqualTypeOf<Mutable<AlertsRequest>>();
		expectTypeOf<Parsed["openTab"]>().toEqualTypeOf<Mutable<OpenTabRequest>>();
		expectTypeOf<Parsed["check"]>().toEqualTypeOf<Mutable<CheckRequest>>();
		expectTypeOf<Parsed["selectCell"]>().toEqualTypeOf<
			Mutable<SelectCellRequest>
		>();
		expectTypeOf<Parsed["pipelineIds"]>().toEqualTypeOf<
			Mutable<PipelineIdsRequest>
		>();
		expectTypeOf<Parsed["importDeals"]>().toEqualTypeOf<
			Mutable<ImportDealsRequest>
		>();
	});
});
