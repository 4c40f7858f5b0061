// Builds every tab of the chosen plan kind, in order, as data.

import { tabsOf } from "./catalogue";
import { makeContext, type PlanContext } from "./context";
import { buildActions } from "./tabs/actions";
import { buildBudget } from "./tabs/budget";
import { buildCapacity } from "./tabs/capacity";
import { buildChannels } from "./tabs/channels";
import { buildFunnel } from "./tabs/funnel";
import { buildKpis } from "./tabs/kpis";
import { buildObjectives } from "./tabs/objectives";
import { buildOverview } from "./tabs/overview";
import { buildPipeline } from "./tabs/pipeline";
import { buildRituals } from "./tabs/rituals";
import { buildSegments } from "./tabs/segments";
import { buildSettings } from "./tabs/settings";
import type {
	ImportedPipeline,
	Plan,
	PlanChoices,
	Tab,
	TabKey,
	TabNames,
} from "./types";

export const tabBuilders: Readonly<
	Record<TabKey, (context: PlanContext) => Tab>
> = {
	overview: buildOverview,
	objectives: buildObjectives,
	pipeline: buildPipeline,
	funnel: buildFunnel,
	capacity: buildCapacity,
	actions: buildActions,
	kpis: buildKpis,
	segments: buildSegments,
	channels: buildChannels,
	rituals: buildRituals,
	budget: buildBudget,
	settings: buildSettings,
};

/** The plan's tabs; `imported` fills the Pipeline tab with deals from a CRM export. */
export function buildPlan(
	choices: PlanChoices,
	names: TabNames,
	imported?: ImportedPipeline,
): Plan {
	const context = makeContext(choices, names, imported);
	return {
		choices,
		tabs: tabsOf(choices.kind).map((key) => tabBuilders[key](context)),
	};
}
