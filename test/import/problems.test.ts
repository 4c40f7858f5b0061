// Bad rows are kept out with their line and reason; bad files get one sentence.

import { describe, expect, it } from "vitest";
import { planImport, readInput } from "../../src/import/index";
import { fileErrorMessage, problemMessage } from "../../src/import/messages";
import { imported, planStages } from "./helpers";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("problem rows", () => {
	const csv = [
		"Deal,Stage,Amount,Close date,Next step date,Probability,Record ID",
		"Good,Lead,1000,2027-01-10,,20,A1",
		"Bad amount,Lead,12k€,2027-01-10,,20,A2",
		"",
		"Bad date,Lead,500,2027-02-30,,20,A3",
		"No close date,Lead,700,,,20,A4",
		'"Two',
		'lines",Lead,800,2027-01-10,soon,20,A5',
		"Too likely,Lead,900,2027-01-10,,150,A6",
		"Again,Lead,100,2027-01-11,,20,A1",
		"Nothing to close,,,,,,",
		"No stage,,300,2027-01-12,,,A7",
	].join("\n");
	const plan = imported(csv);

	it("keeps the good rows, blank-amount rows included", () => {
		expect(plan.deals.map((d) => d.deal)).toEqual(["Good", "Nothing to close"]);
	});

	it("lists each problem with the line a text editor shows and its reason", () => {
		expect(plan.problems.map((p) => problemMessage("en", p))).toEqual([
			'line 3: the amount "12k€" is not a number',
			'line 5: the close date "2027-02-30" is not a date',
			"line 6: the deal has an amount but no close date",
			'line 7: the next step date "soon" is not a date',
			'line 9: the probability "150" is not between 0 and 100%',
			'line 10: the CRM record id "A1" is already on line 2',
			"line 12: the deal has an amount but no stage",
		]);
	});

	it("says it in French too", () => {
		expect(problemMessage("fr", plan.problems[0] as never)).toBe(
			"ligne 3 : le montant « 12k€ » n'est pas un nombre",
		);
	});

	it("reports a quote that is never closed", () => {
		const broken = imported(
			'Deal,Stage,Amount,Close date\nA,Lead,1,2027-01-01\n"B,Lead,2,2027-01-01\n',
		);
		expect(broken.problems).toEqual([
			{ line: 3, reason: { kind: "malformed" } },
		]);
		expect(broken.deals).toHaveLength(1);
	});
});

describe("files that cannot be imported", () => {
	const outcome = (input: Uint8Array | string) => {
		const table = readInput(input);
		if ("kind" in table) return table;
		const result = planImport(table, {
			language: "en",
			planStages: planStages("en"),
		});
		return result.ok ? result : result.error;
	};

	it.each([
		["an empty file", new Uint8Array(), "empty"],
		["only blank lines", bytes("\n\r\n  \n"), "empty"],
		["a header and no deal", bytes("Deal,Amount\n"), "empty"],
		["no amount column", bytes("Deal,Stage\nA,Lead\n"), "no-amount-column"],
		[
			"an Excel workbook",
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]),
			"not-text",
		],
		[
			"a binary file",
			new Uint8Array([0x41, 0x00, 0x01, 0x02, 0x42]),
			"not-text",
		],
		[
			"dates written both ways",
			bytes("Deal,Amount,Close date\nA,1,15/03/2027\nB,2,3/15/2027\n"),
			"mixed-date-orders",
		],
	])("%s", (_name, input, kind) => {
		const result = outcome(input) as { kind: string };
		expect(result.kind).toBe(kind);
		const sentence = fileErrorMessage("en", result as never);
		expect(sentence).toMatch(/^[A-Z].*[.]$/);
		expect(sentence.split(". ").length).toBeLessThanOrEqual(2);
	});

	it("names the lines when dates are written both ways", () => {
		const result = outcome(
			bytes("Deal,Amount,Close date\nA,1,15/03/2027\nB,2,3/15/2027\n"),
		);
		expect(fileErrorMessage("en", result as never)).toContain(
			"line 2 puts the day first, line 3 the month first",
		);
	});
});

describe("what a person types in the sidebar", () => {
	it("pasted text is read as it is, a leading byte-order mark dropped", () => {
		const plan = imported(
			"\ufeffDeal\tStage\tAmount\tClose date\nA\tLead\t1 000\t2027-01-01\n",
		);
		expect(plan.separator).toBe("\t");
		expect(plan.encoding).toBe("text");
		expect(plan.deals[0]).toMatchObject({ deal: "A", amount: 1000 });
	});

	it("an edited mapping wins over the recognised one", () => {
		const plan = imported(
			"Deal,Amount,Other amount,Close date,Stage\nA,1,2,2027-01-01,Lead\n",
			{
				mapping: {
					deal: 0,
					account: null,
					owner: null,
					stage: 4,
					amount: 2,
					closeDate: 3,
					probability: null,
					nextStep: null,
					nextStepDate: null,
					channel: null,
					segment: null,
					forecastCategory: null,
					crmId: null,
				},
			},
		);
		expect(plan.deals[0]?.amount).toBe(2);
	});

	it("a probability the person gives wins, and a stage nobody knows stays without one", () => {
		const csv =
			"Deal,Stage,Amount,Close date\nA,Demo done,1,2027-01-01\nB,Proposal,2,2027-01-01\nC,Odd,3,2027-01-01\n";
		const plan = imported(csv, { given: { "demo DONE": 0.3 } });
		expect(plan.stages).toEqual([
			{ stage: "Demo done", probability: 0.3, from: "given", deals: 1 },
			{ stage: "Proposal", probability: 0.5, from: "plan", deals: 1 },
			{ stage: "Odd", probability: null, from: null, deals: 1 },
		]);
	});
});
