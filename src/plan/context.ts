// What every tab builder receives: the choices, the tab names, which tabs exist, and helpers bound to the language.

import { sheetRef } from "./a1";
import { tabsOf } from "./catalogue";
import { currencyFormat, dateFormat } from "./currency";
import { lostStage, wonStage } from "./defaults";
import { examplePrefix, type Text, tr } from "./text";
import type {
	ImportedPipeline,
	Language,
	PlanChoices,
	TabKey,
	TabNames,
} from "./types";

/** Rows of the Settings stage table (stage, probability) and of its funnel table. */
export const STAGE_CAPACITY = 12;
/** Rows of the Settings stage table: the chosen stages, and room for the stages a CRM export brings. */
export const STAGE_TABLE_ROWS = 30;
export const FUNNEL_CAPACITY = 10;

export interface PipelineStage {
	readonly name: string;
	readonly probability: number;
}

export interface FunnelStage {
	readonly name: string;
	/** Share reaching the next stage; undefined for the last stage (deals won). */
	readonly rate: number | undefined;
}

export interface Stages {
	/** Every deal stage with its probability, won and lost included: the Settings stage table. */
	readonly pipeline: readonly PipelineStage[];
	/** The funnel, top first, deals won last: one more name than rates. */
	readonly funnel: readonly FunnelStage[];
}

/**
 * Splits the chosen stages into the funnel (open stages, then won) and the stage table (the funnel plus lost stages).
 * Stages with probability 0 are lost stages; a won stage (probability 1) is added when the last stage is not one,
 * so the last chosen stage's conversion rate is then the close rate.
 */
export function normalizeStages(
	choices: PlanChoices,
	imported: ImportedPipeline["stages"] = [],
): Stages {
	const named = choices.stages.filter((stage) => stage.name.trim() !== "");
	const lost = named.filter((stage) => stage.probability === 0);
	const open = named.filter((stage) => stage.probability !== 0);
	const endsWon = open.length > 0 && open[open.length - 1]?.probability === 1;
	const funnelStages = endsWon
		? open
		: [
				...open,
				{ name: wonStage[choices.language], probability: 1, conversionRate: 1 },
			];
	const funnel = funnelStages.map((stage, i) => ({
		name: stage.name.trim(),
		rate: i < funnelStages.length - 1 ? stage.conversionRate : undefined,
	}));
	const closedLost =
		lost.length > 0
			? lost
			: [{ name: lostStage[choices.language], probability: 0 }];
	const chosen = [...funnelStages, ...closedLost].map((stage) => ({
		name: stage.name.trim(),
		probability: stage.probability,
	}));
	const pipeline = withImportedStages(chosen, imported);
	if (pipeline.length > STAGE_TABLE_ROWS) {
		throw new RangeError(
			`at most ${STAGE_TABLE_ROWS} stages fit the stage table, imported ones included; got ${pipeline.length}`,
		);
	}
	if (chosen.length > STAGE_CAPACITY) {
		throw new RangeError(
			`at most ${STAGE_CAPACITY} stages fit the stage table, won and lost included; got ${chosen.length}`,
		);
	}
	if (funnel.length > FUNNEL_CAPACITY)
		throw new RangeError(
			`at most ${FUNNEL_CAPACITY} funnel stages fit, won included`,
		);
	return { pipeline, funnel };
}

/** Stage names compared as people read them: "Closed won" is "closed WON ". */
const stageKey = (name: string): string =>
	name.trim().toLowerCase().replace(/\s+/g, " ");

/** An imported stage takes the probability the export gives it; a stage new to the plan joins the table. */
function withImportedStages(
	chosen: readonly PipelineStage[],
	imported: ImportedPipeline["stages"],
): PipelineStage[] {
	const byKey = new Map(imported.map((s) => [stageKey(s.name), s]));
	const table = chosen.map((stage) => {
		const match = byKey.get(stageKey(stage.name));
		return match ? { ...stage, probability: match.probability } : stage;
	});
	const known = new Set(chosen.map((s) => stageKey(s.name)));
	for (const stage of imported) {
		const key = stageKey(stage.name);
		if (known.has(key)) continue;
		known.add(key);
		table.push({ name: stage.name.trim(), probability: stage.probability });
	}
	return table;
}

export interface Formats {
	readonly currency: string;
	readonly percent: string;
	readonly date: string;
	readonly integer: string;
}

export interface PlanContext {
	readonly choices: PlanChoices;
	readonly language: Language;
	readonly names: TabNames;
	/** The tabs of this plan, in order. */
	readonly tabs: readonly TabKey[];
	readonly stages: Stages;
	/** Deals from a CRM export, for the Pipeline tab; none when the plan starts empty. */
	readonly imported: ImportedPipeline["deals"];
	readonly formats: Formats;
	readonly has: (key: TabKey) => boolean;
	readonly translate: (text: Text) => string;
	/** A reference to a cell or range of another tab: ref("settings", "$B$6") is 'Paramètres'!$B$6. */
	readonly ref: (tab: TabKey, a1: string) => string;
	/** Text that starts an example row's first cell. */
	readonly example: (text: Text) => string;
}

export function makeContext(
	choices: PlanChoices,
	names: TabNames,
	imported?: ImportedPipeline,
): PlanContext {
	const tabs = tabsOf(choices.kind);
	const language = choices.language;
	const translate = (text: Text) => tr(language, text);
	return {
		choices,
		language,
		names,
		tabs,
		stages: normalizeStages(choices, imported?.stages),
		imported: imported?.deals ?? [],
		formats: {
			currency: currencyFormat(choices.currency, language),
			percent: "0%",
			date: dateFormat(language),
			integer: "#,##0",
		},
		has: (key) => tabs.includes(key),
		translate,
		ref: (tab, a1) => {
			if (!tabs.includes(tab))
				throw new Error(
					`a formula refers to the ${tab} tab, which a ${choices.kind} plan does not have`,
				);
			return sheetRef(names[tab], a1);
		},
		example: (text) => `${translate(examplePrefix)}${translate(text)}`,
	};
}
