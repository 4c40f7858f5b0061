// The shape of each server call's answer, so an answer the sidebar cannot read is reported in plain words, never met as a crash.

import * as z from "zod/mini";
import type { ServerApi } from "../src/api";

const text = z.string();
const language = z.enum(["fr", "en"]);
const tabPreview = {
	key: text,
	name: text,
	action: text,
	existing: z.optional(text),
};
/** Calls that answer nothing: whatever comes back is ignored. */
const nothing = z.unknown();

/** Loose objects: a newer server may add fields, the sidebar reads only these. */
export const answerSchemas: { readonly [K in keyof ServerApi]: z.ZodMiniType } =
	{
		getSidebarContext: z.object({ language, currency: text, start: text }),
		previewPlan: z.object({
			tabs: z.array(z.object(tabPreview)),
			names: z.record(text, text),
		}),
		generatePlan: z.object({
			tabs: z.array(z.object({ ...tabPreview, sheetId: z.number() })),
		}),
		applyKpiAlerts: z.object({
			sheetName: text,
			range: text,
			rules: z.number(),
		}),
		openTab: nothing,
		pipelineIds: z.object({
			deals: z.array(z.object({ id: text, row: z.number(), deal: text })),
		}),
		importDeals: z.object({
			added: z.number(),
			updated: z.number(),
			stagesAdded: z.array(text),
			ownersAdded: z.array(text),
			ownersLeftOut: z.array(text),
		}),
		checkPlan: z.object({
			language,
			findings: z.array(
				z.object({ tab: text, cell: text, rule: text, message: text }),
			),
		}),
		selectCell: nothing,
	};

/** The server answered, but not in the shape the sidebar reads. */
export class UnexpectedAnswer extends Error {
	constructor(readonly call: keyof ServerApi) {
		super(`${call}: the server's answer is not in the expected shape`);
	}
}
