import { describe, expect, it } from "vitest";
import { headerKey } from "../../src/import/headers";
import { recognise } from "../../src/import/recognise";

describe("headerKey", () => {
	it.each([
		["Probabilité (%)", "probabilite"],
		["  CLOSE   Date ", "close date"],
		["Deal - Expected close date", "deal expected close date"],
		["Nom de l'opportunité", "nom de l opportunite"],
	])("%s → %s", (name, key) => {
		expect(headerKey(name)).toBe(key);
	});
});

describe("recognise", () => {
	it.each([
		[["Opportunity Name", "Stage", "Amount", "Close Date"], "salesforce"],
		[["Nom de l'opportunité", "Étape", "Montant"], "salesforce"],
		[["Record ID", "Deal Name", "Deal Stage", "Amount"], "hubspot"],
		[["Deal - Title", "Deal - Value"], "pipedrive"],
		[["Affaire", "Montant"], "table"],
	])("%o is a %s export", (header, source) => {
		expect(recognise(header).source).toBe(source);
	});

	it("matches French and English names without regard to case, accents or spaces", () => {
		const { mapping } = recognise([
			" AFFAIRE ",
			"compte",
			"ETAPE",
			"montant",
			"Signature  prévue",
			"Probabilite",
			"Canal",
			"identifiant",
		]);
		expect(mapping).toMatchObject({
			deal: 0,
			account: 1,
			stage: 2,
			amount: 3,
			closeDate: 4,
			probability: 5,
			channel: 6,
			crmId: 7,
			owner: null,
			nextStep: null,
		});
	});

	it("gives a column to one field only", () => {
		const { mapping } = recognise(["Name", "Amount"]);
		expect(mapping.deal).toBe(0);
		expect(mapping.account).toBeNull();
	});
});
