// What the sidebar proposes before the person changes anything.

import type { Language, PlanChoices, PlanKind, StageChoice } from "./types";

/**
 * Lead → qualified meeting → proposal → negotiation → won. From a qualified meeting, 50% × 62.5% × 80% = 25% of deals close,
 * so 20 deals of 6,000 (120,000) need 80 qualified meetings. Each probability is the product of the rates below it.
 */
const stages: Readonly<Record<Language, readonly string[]>> = {
	fr: ["Lead", "RDV qualifié", "Proposition", "Négociation", "Gagné"],
	en: ["Lead", "Qualified meeting", "Proposal", "Negotiation", "Won"],
};
const probabilities = [0.05, 0.25, 0.5, 0.8, 1];
const conversionRates = [0.2, 0.5, 0.625, 0.8, 1];

export function defaultStages(language: Language): StageChoice[] {
	return stages[language].map((name, i) => ({
		name,
		probability: probabilities[i] as number,
		conversionRate: conversionRates[i] as number,
	}));
}

/** The name of the stage deals go to when they are lost; added to the stage table with probability 0. */
export const lostStage: Readonly<Record<Language, string>> = {
	fr: "Perdu",
	en: "Lost",
};
/** Added as the last stage when the chosen stages do not end with a won stage (probability 1). */
export const wonStage: Readonly<Record<Language, string>> = {
	fr: "Gagné",
	en: "Won",
};

const roles: Readonly<Record<Language, readonly string[]>> = {
	fr: [
		"SDR – prospection",
		"Commercial (AE)",
		"Account manager",
		"Manager commercial",
	],
	en: [
		"SDR – prospecting",
		"Account executive (AE)",
		"Account manager",
		"Sales manager",
	],
};

export function defaultRoles(language: Language): string[] {
	return [...roles[language]];
}

export function defaultChoices(
	kind: PlanKind,
	language: Language,
	start: string,
): PlanChoices {
	return {
		kind,
		language,
		start,
		currency: "EUR",
		stages: defaultStages(language),
		roles: defaultRoles(language),
		examples: true,
	};
}
