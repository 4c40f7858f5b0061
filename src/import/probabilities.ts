// Each stage's probability: the person's, else the file's own column, else HubSpot's defaults, else the plan's stage.

import { headerKey } from "./headers";
import type {
	ImportedDeal,
	ProbabilitySource,
	Source,
	StageProbability,
} from "./types";

/** HubSpot's default sales pipeline and the win probability it gives each stage. */
export const hubspotDefaults: readonly {
	readonly stage: string;
	readonly probability: number;
}[] = [
	{ stage: "Appointment scheduled", probability: 0.2 },
	{ stage: "Qualified to buy", probability: 0.4 },
	{ stage: "Presentation scheduled", probability: 0.6 },
	{ stage: "Decision maker bought-in", probability: 0.8 },
	{ stage: "Contract sent", probability: 0.9 },
	{ stage: "Closed won", probability: 1 },
	{ stage: "Closed lost", probability: 0 },
];

/** The most common of a stage's deal probabilities: one deal's override does not move the whole stage. */
function mostCommon(values: readonly number[]): number | undefined {
	const counts = new Map<number, number>();
	let best: number | undefined;
	let bestCount = 0;
	for (const value of values) {
		const count = (counts.get(value) ?? 0) + 1;
		counts.set(value, count);
		if (count > bestCount) {
			best = value;
			bestCount = count;
		}
	}
	return best;
}

export interface StageInputs {
	readonly source: Source;
	readonly planStages: readonly {
		readonly name: string;
		readonly probability: number;
	}[];
	readonly given?: Readonly<Record<string, number>>;
}

/** The stages the deals use, in first-seen order, each with its probability and where it came from. */
export function stageProbabilities(
	deals: readonly ImportedDeal[],
	inputs: StageInputs,
): StageProbability[] {
	const byStage = new Map<string, { deals: number; probabilities: number[] }>();
	for (const deal of deals) {
		if (deal.stage === "") continue;
		const entry = byStage.get(deal.stage) ?? { deals: 0, probabilities: [] };
		entry.deals++;
		if (deal.probability !== null) entry.probabilities.push(deal.probability);
		byStage.set(deal.stage, entry);
	}
	const given = new Map(
		Object.entries(inputs.given ?? {}).map(([stage, p]) => [
			headerKey(stage),
			p,
		]),
	);
	const plan = new Map(
		inputs.planStages.map((s) => [headerKey(s.name), s.probability]),
	);
	// HubSpot exports the stage's label; its API and some exports its internal name ("closedwon").
	const compact = (name: string) => headerKey(name).replaceAll(" ", "");
	const hubspot = new Map(
		hubspotDefaults.map((s) => [compact(s.stage), s.probability]),
	);
	return [...byStage].map(([stage, entry]) => {
		const key = headerKey(stage);
		const tries: [ProbabilitySource, number | undefined][] = [
			["given", given.get(key)],
			["file", mostCommon(entry.probabilities)],
			[
				"hubspot",
				inputs.source === "hubspot" ? hubspot.get(compact(stage)) : undefined,
			],
			["plan", plan.get(key)],
		];
		const found = tries.find(([, p]) => p !== undefined);
		return {
			stage,
			probability: found?.[1] ?? null,
			from: found?.[0] ?? null,
			deals: entry.deals,
		};
	});
}
