// The writer on the plans src/plan builds, for every kind: what the call budget looks like on real content.

import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build-plan";
import { planKinds } from "../../src/plan/catalogue";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { applyPlan } from "../../src/sheets";
import { install } from "../../src/preview/fakes/services";

describe.each(planKinds.map((info) => info.kind))("the %s plan", (kind) => {
	it("is written in at most 16 calls per tab, plus one setColumnWidths per run of column widths", () => {
		const fakes = install();
		const plan = buildPlan(
			defaultChoices(kind, "fr", "2027-01-01"),
			defaultTabNames("fr"),
		);
		fakes.calls.reset();
		applyPlan(fakes.document, plan);
		const widths = fakes.calls.byMethod.get("Sheet.setColumnWidths") ?? 0;
		const document = fakes.calls.byKind.document;
		console.info(
			`${kind}: ${document} document calls for ${plan.tabs.length} tabs (${(document / plan.tabs.length).toFixed(1)} per tab, of which ${(widths / plan.tabs.length).toFixed(1)} setColumnWidths); ${fakes.calls.byKind.builder} builder calls`,
		);
		expect((document - widths) / plan.tabs.length).toBeLessThanOrEqual(16);
		expect(fakes.spreadsheet.sheets).toHaveLength(plan.tabs.length + 1);
	});
});
