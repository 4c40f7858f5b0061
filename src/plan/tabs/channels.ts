// Channels: two main channels and a backup, each with a share, a numeric target, a tolerance range and a stop threshold.

import { abs, area, range } from "../a1";
import { defineColumns } from "../columns";
import type { PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import {
	channelDecisions,
	channelMotions,
	channelSignals,
	quoted,
} from "../text";
import type { Cell, Tab } from "../types";
import { ownerDropdown } from "./owners";
import { settingCell } from "./settings";

export const CHANNEL_CAPACITY = 12;
const HEADER = 3;
const FIRST = HEADER + 1;

export const channelsLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** Channel names: the Pipeline's source-channel dropdown. */
	names: area(FIRST, 0, CHANNEL_CAPACITY, 1),
	/** D3: missed cycles before a channel is stopped, from Settings. */
	stopCycles: { row: 2, column: 3 },
} as const;

const stopCycles = abs(
	channelsLayout.stopCycles.row,
	channelsLayout.stopCycles.column,
);
const amount = { kind: "number", minimum: 0 } as const;

/** The channel table, left to right. */
export const channelTable = defineColumns([
	{ key: "channel", header: { fr: "Canal", en: "Channel" }, width: 200 },
	{
		key: "motion",
		header: { fr: "Mouvement", en: "Motion" },
		width: 110,
		validation: (context) => ({
			kind: "list",
			values: channelMotions[context.language],
		}),
	},
	{
		key: "owner",
		header: { fr: "Responsable", en: "Owner" },
		width: 150,
		validation: ownerDropdown,
	},
	{
		key: "sequence",
		header: { fr: "Séquence – cadence", en: "Sequence – cadence" },
		width: 260,
	},
	{
		key: "metric",
		header: { fr: "Indicateur suivi", en: "Metric tracked" },
		width: 170,
	},
	{
		key: "share",
		header: { fr: "Part attendue du CA", en: "Expected revenue share" },
		width: 120,
		format: "percent",
		validation: { kind: "percent" },
	},
	{
		key: "target",
		header: { fr: "Objectif chiffré", en: "Numeric target" },
		width: 110,
		validation: amount,
	},
	{
		key: "low",
		header: { fr: "Tolérance basse", en: "Tolerance low" },
		width: 110,
		validation: amount,
	},
	{
		key: "high",
		header: { fr: "Tolérance haute", en: "Tolerance high" },
		width: 110,
		validation: amount,
	},
	{
		key: "stop",
		header: { fr: "Seuil d'arrêt", en: "Stop threshold" },
		width: 110,
		validation: amount,
	},
	{
		key: "actual",
		header: { fr: "Réel", en: "Actual" },
		width: 90,
		validation: amount,
	},
	{
		key: "cycles",
		header: { fr: "Cycles écoulés", en: "Cycles run" },
		width: 100,
		validation: amount,
	},
	{
		key: "decision",
		header: { fr: "Décision", en: "Decision" },
		width: 100,
		validation: (context) => ({
			kind: "list",
			values: channelDecisions[context.language],
		}),
	},
	{
		key: "expectedRevenue",
		header: { fr: "CA attendu", en: "Expected revenue" },
		width: 130,
		format: "currency",
		formula: ({ at }, context) =>
			`=IF(${at("share")}="","",${at("share")}*${context.ref("settings", settingCell("revenueTarget"))})`,
	},
	{
		key: "signal",
		header: { fr: "Signal", en: "Signal" },
		width: 170,
		formula: ({ at }, context) => {
			const words = channelSignals[context.language];
			const [actual, low, high, limit, cycles] = [
				at("actual"),
				at("low"),
				at("high"),
				at("stop"),
				at("cycles"),
			];
			return (
				`=IF(OR(${actual}="",${low}="",${high}=""),"",` +
				`IF(AND(ISNUMBER(${limit}),${actual}<${limit},N(${cycles})>=${stopCycles}),${quoted(words.stop)},` +
				`IF(${actual}<${low},${quoted(words.below)},IF(${actual}>${high},${quoted(words.above)},${quoted(words.inRange)}))))`
			);
		},
	},
]);

/** Column indexes of the channel table. */
export const channelColumns = channelTable.index;

const text = {
	title: { fr: "Canaux d'acquisition", en: "Acquisition channels" },
	guidance: {
		fr: "Deux canaux principaux et un d'appoint ; un canal qui rate deux cycles complets est revu ou coupé.",
		en: "Two main channels and one backup; a channel that misses two full cycles gets reworked or cut.",
	},
	shareTotal: { fr: "Total des parts attendues", en: "Total expected share" },
	stopCycles: {
		fr: "Cycles ratés avant arrêt (Paramètres)",
		en: "Missed cycles before stopping (Settings)",
	},
};

const examples = (
	context: PlanContext,
): Partial<Record<keyof typeof channelColumns, Cell>>[] => {
	const [inbound, outbound, partner] = channelMotions[context.language] as [
		string,
		string,
		string,
	];
	const translate = context.translate;
	const owner = (i: number) =>
		context.choices.roles[Math.min(i, context.choices.roles.length - 1)] ??
		null;
	return [
		{
			channel: context.example({
				fr: "Sortant e-mail + appel",
				en: "Outbound email + phone",
			}),
			motion: outbound,
			owner: owner(0),
			sequence: translate({
				fr: "5 contacts en 15 jours, peu personnalisés",
				en: "5 touches over 15 days, lightly personalised",
			}),
			metric: translate({ fr: "Taux de réponse", en: "Reply rate" }),
			share: 0.4,
			target: 0.08,
			low: 0.06,
			high: 0.1,
			stop: 0.04,
			actual: 0.05,
			cycles: 1,
		},
		{
			channel: context.example({
				fr: "Contenus entrants",
				en: "Inbound content",
			}),
			motion: inbound,
			owner: owner(3),
			sequence: translate({
				fr: "1 contenu phare + 4 dérivés par mois ; rappel sous 2 h",
				en: "1 flagship piece + 4 spin-offs a month; call back within 2 h",
			}),
			metric: translate({ fr: "MQL par mois", en: "MQLs per month" }),
			share: 0.3,
			target: 40,
			low: 32,
			high: 48,
			stop: 20,
			actual: 44,
			cycles: 1,
		},
		{
			channel: context.example({
				fr: "Partenariats intégrateurs",
				en: "Integrator partnerships",
			}),
			motion: partner,
			owner: owner(2),
			sequence: translate({
				fr: "3 intégrateurs, 1 webinar commun par mois",
				en: "3 integrators, 1 joint webinar a month",
			}),
			metric: translate({
				fr: "Leads qualifiés par mois",
				en: "Qualified leads per month",
			}),
			share: 0.3,
			target: 6,
			low: 5,
			high: 8,
			stop: 1,
			actual: 0,
			cycles: 2,
		},
	];
};

export function buildChannels(context: PlanContext): Tab {
	const { translate, formats, ref } = context;
	const tab = new TabBuilder("channels", context.names.channels);
	tab.heading(translate(text.title), translate(text.guidance));
	const result = table(tab, context, {
		headerRow: HEADER,
		capacity: CHANNEL_CAPACITY,
		rows: context.choices.examples ? examples(context) : [],
		columns: channelTable,
	});
	tab
		.set(2, 0, translate(text.shareTotal))
		.set(2, 1, formula(`=SUM(${range(result.column("share"))})`));
	tab
		.set(2, 2, translate(text.stopCycles))
		.set(
			channelsLayout.stopCycles.row,
			channelsLayout.stopCycles.column,
			formula(`=${ref("settings", settingCell("stopCycles"))}`),
		);
	tab.format(area(2, 1), formats.percent).boldRow(2);
	tab.protect(area(0, 0, HEADER + 1, channelTable.records.length));
	return tab.build(HEADER + 1);
}
