// The writer on the plans src/plan builds, for every kind: what the call budget looks like on real content.

import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build-plan";
import { planKinds } from "../../src/plan/catalogue";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { install } from "../../src/preview/fakes/services";
import { applyPlan } from "../../src/sheets";

describe.each(planKinds.map((info) => info.kind))("the %s plan", (kind) => {
	it("is written in one pass: at most 17 Spreadsheet-service calls per tab, no read after the first write", () => {
		const fakes = install();
		const plan = buildPlan(
			defaultChoices(kind, "fr", "2027-01-01"),
			defaultTabNames("fr"),
		);
		fakes.calls.reset();
		applyPlan(fakes.document, plan);
		const document = fakes.calls.byKind.document;
		expect(document / plan.tabs.length).toBeLessThanOrEqual(17);
		expect(fakes.calls.readsAfterWrites).toBe(0);
		expect(fakes.spreadsheet.sheets).toHaveLength(plan.tabs.length + 1);
	});
});
