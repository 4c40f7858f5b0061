// Channels: two main channels and a backup, each with a share, a numeric target, a tolerance range and a stop threshold.

import { abs, area, cell, range } from "../a1";
import type { PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import {
	channelDecisions,
	channelMotions,
	channelSignals,
	quoted,
} from "../text";
import type { Cell, Tab } from "../types";
import { settingCell, settingsAreas } from "./settings";

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
	headers: [
		{ fr: "Canal", en: "Channel" },
		{ fr: "Mouvement", en: "Motion" },
		{ fr: "Responsable", en: "Owner" },
		{ fr: "Séquence – cadence", en: "Sequence – cadence" },
		{ fr: "Indicateur suivi", en: "Metric tracked" },
		{ fr: "Part attendue du CA", en: "Expected revenue share" },
		{ fr: "Objectif chiffré", en: "Numeric target" },
		{ fr: "Tolérance basse", en: "Tolerance low" },
		{ fr: "Tolérance haute", en: "Tolerance high" },
		{ fr: "Seuil d'arrêt", en: "Stop threshold" },
		{ fr: "Réel", en: "Actual" },
		{ fr: "Cycles écoulés", en: "Cycles run" },
		{ fr: "Décision", en: "Decision" },
		{ fr: "CA attendu", en: "Expected revenue" },
		{ fr: "Signal", en: "Signal" },
	],
};

const examples = (context: PlanContext): Cell[][] => {
	const [inbound, outbound, partner] = channelMotions[context.language] as [
		string,
		string,
		string,
	];
	const t = context.t;
	const owner = (i: number) =>
		context.choices.roles[Math.min(i, context.choices.roles.length - 1)] ??
		null;
	return [
		[
			context.example({
				fr: "Sortant e-mail + appel",
				en: "Outbound email + phone",
			}),
			outbound,
			owner(0),
			t({
				fr: "5 contacts en 15 jours, peu personnalisés",
				en: "5 touches over 15 days, lightly personalised",
			}),
			t({ fr: "Taux de réponse", en: "Reply rate" }),
			0.4,
			0.08,
			0.06,
			0.1,
			0.04,
			0.05,
			1,
		],
		[
			context.example({ fr: "Contenus entrants", en: "Inbound content" }),
			inbound,
			owner(3),
			t({
				fr: "1 contenu phare + 4 dérivés par mois ; rappel sous 2 h",
				en: "1 flagship piece + 4 spin-offs a month; call back within 2 h",
			}),
			t({ fr: "MQL par mois", en: "MQLs per month" }),
			0.3,
			40,
			32,
			48,
			20,
			44,
			1,
		],
		[
			context.example({
				fr: "Partenariats intégrateurs",
				en: "Integrator partnerships",
			}),
			partner,
			owner(2),
			t({
				fr: "3 intégrateurs, 1 webinar commun par mois",
				en: "3 integrators, 1 joint webinar a month",
			}),
			t({ fr: "Leads qualifiés par mois", en: "Qualified leads per month" }),
			0.3,
			6,
			5,
			8,
			1,
			0,
			2,
		],
	];
};

export function buildChannels(context: PlanContext): Tab {
	const { t, formats, ref, language } = context;
	const b = new TabBuilder("channels", context.names.channels);
	b.heading(t(text.title), t(text.guidance));
	const widths = [
		200, 110, 150, 260, 170, 120, 110, 110, 110, 110, 90, 100, 100, 130, 170,
	];
	const words = channelSignals[language];
	const stop = abs(
		channelsLayout.stopCycles.row,
		channelsLayout.stopCycles.column,
	);
	const revenue = ref("settings", settingCell("revenueTarget"));
	const signal = (r: number) => {
		const [actual, low, high, limit, cycles] = [
			cell(r, 10),
			cell(r, 7),
			cell(r, 8),
			cell(r, 9),
			cell(r, 11),
		];
		return (
			`=IF(OR(${actual}="",${low}="",${high}=""),"",` +
			`IF(AND(ISNUMBER(${limit}),${actual}<${limit},N(${cycles})>=${stop}),${quoted(words.stop)},` +
			`IF(${actual}<${low},${quoted(words.below)},IF(${actual}>${high},${quoted(words.above)},${quoted(words.inRange)}))))`
		);
	};
	const result = table(b, {
		headerRow: HEADER,
		capacity: CHANNEL_CAPACITY,
		rows: context.choices.examples ? examples(context) : [],
		columns: text.headers.map((header, i) => {
			const column = { header: t(header), width: widths[i] ?? 120 };
			if (i === 1)
				return {
					...column,
					validation: {
						kind: "list" as const,
						values: channelMotions[language],
					},
				};
			if (i === 2)
				return {
					...column,
					validation: {
						kind: "range" as const,
						tab: "settings" as const,
						source: settingsAreas.owners,
					},
				};
			if (i === 5)
				return {
					...column,
					format: formats.percent,
					validation: { kind: "percent" as const },
				};
			if (i >= 6 && i <= 10)
				return {
					...column,
					validation: { kind: "number" as const, minimum: 0 },
				};
			if (i === 11)
				return {
					...column,
					validation: { kind: "number" as const, minimum: 0 },
				};
			if (i === 12)
				return {
					...column,
					validation: {
						kind: "list" as const,
						values: channelDecisions[language],
					},
				};
			if (i === 13)
				return {
					...column,
					format: formats.currency,
					formula: (r: number) =>
						`=IF(${cell(r, 5)}="","",${cell(r, 5)}*${revenue})`,
				};
			if (i === 14) return { ...column, formula: signal };
			return column;
		}),
	});
	b.set(2, 0, t(text.shareTotal)).set(
		2,
		1,
		formula(`=SUM(${range(result.column(5))})`),
	);
	b.set(2, 2, t(text.stopCycles)).set(
		2,
		3,
		formula(`=${ref("settings", settingCell("stopCycles"))}`),
	);
	b.format(area(2, 1), formats.percent).boldRow(2);
	b.protect(area(0, 0, HEADER + 1, text.headers.length));
	return b.build(HEADER + 1);
}
