// Segments & ICP: who to target, why they buy, whom to exclude, and a pain × value × access score.

import { area, cell, range } from "../a1";
import type { PlanContext } from "../context";
import { formula, TabBuilder, table } from "../grid";
import { segmentStatuses } from "../text";
import type { Cell, Tab } from "../types";
import { settingCell } from "./settings";

export const SEGMENT_CAPACITY = 20;
const HEADER = 3;
const FIRST = HEADER + 1;

export const segmentsLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** The segment names: the Pipeline's segment dropdown. */
	names: area(FIRST, 0, SEGMENT_CAPACITY, 1),
} as const;

const text = {
	title: {
		fr: "Segments & profil client idéal (ICP)",
		en: "Segments & ideal customer profile (ICP)",
	},
	guidance: {
		fr: "Visez les segments où vous signez vite et souvent ; notez aussi ceux que vous écartez.",
		en: "Aim at the segments where deals close fast and often; note the ones you rule out too.",
	},
	priorityCount: { fr: "Segments prioritaires", en: "Priority segments" },
	shareTotal: {
		fr: "Total des parts de CA visées",
		en: "Total target revenue share",
	},
	headers: [
		{ fr: "Segment", en: "Segment" },
		{ fr: "Secteur", en: "Industry" },
		{ fr: "Taille (effectif)", en: "Company size (staff)" },
		{ fr: "Zone", en: "Geography" },
		{ fr: "Douleur principale", en: "Main pain" },
		{ fr: "Déclencheur d'achat", en: "Buying trigger" },
		{
			fr: "Proposition de valeur et preuve",
			en: "Value proposition and proof",
		},
		{
			fr: "Personas (décideur, champion, influenceur)",
			en: "Personas (decision-maker, champion, influencer)",
		},
		{ fr: "Critères d'exclusion", en: "Exclusion criteria" },
		{ fr: "Douleur (1–5)", en: "Pain (1–5)" },
		{ fr: "Valeur perçue (1–5)", en: "Perceived value (1–5)" },
		{ fr: "Accessibilité (1–5)", en: "Reachability (1–5)" },
		{ fr: "Statut", en: "Status" },
		{ fr: "Part du CA visée", en: "Target revenue share" },
		{
			fr: "Score (douleur × valeur × accès)",
			en: "Score (pain × value × reach)",
		},
		{ fr: "CA visé", en: "Target revenue" },
	],
};

const examples = (context: PlanContext): Cell[][] => {
	const [priority, watch] = segmentStatuses[context.language] as [
		string,
		string,
	];
	const t = context.t;
	return [
		[
			context.example({ fr: "Santé mid-market", en: "Mid-market healthcare" }),
			t({ fr: "Santé", en: "Healthcare" }),
			"200–1000",
			t({ fr: "France", en: "France" }),
			t({
				fr: "Coûts administratifs qui dérapent",
				en: "Admin costs running away",
			}),
			t({
				fr: "Nouveau DAF ou audit annoncé",
				en: "New CFO or an announced audit",
			}),
			t({
				fr: "Moins de saisie ; cas client d'un groupe de cliniques",
				en: "Less data entry; case study from a clinic group",
			}),
			t({
				fr: "DAF (décideur), DSI (champion), COO (influenceur)",
				en: "CFO (decision-maker), CIO (champion), COO (influencer)",
			}),
			t({ fr: "Moins de 50 salariés", en: "Fewer than 50 staff" }),
			5,
			4,
			4,
			priority,
			0.5,
		],
		[
			context.example({
				fr: "PME industrielles via intégrateurs",
				en: "Industrial SMEs through integrators",
			}),
			t({ fr: "Industrie", en: "Manufacturing" }),
			"50–500",
			t({ fr: "Europe de l'Ouest", en: "Western Europe" }),
			t({
				fr: "Données de production éparpillées",
				en: "Production data scattered across tools",
			}),
			t({
				fr: "Salon professionnel, renouvellement d'ERP",
				en: "Trade show, ERP replacement",
			}),
			t({
				fr: "Mise en route par un intégrateur local",
				en: "Set up by a local integrator",
			}),
			t({
				fr: "Directeur industriel, responsable méthodes",
				en: "Plant director, process engineer",
			}),
			t({
				fr: "Pas d'intégrateur dans la région",
				en: "No integrator in the region",
			}),
			4,
			4,
			2,
			watch,
			0.3,
		],
	];
};

export function buildSegments(context: PlanContext): Tab {
	const { t, formats, ref } = context;
	const b = new TabBuilder("segments", context.names.segments);
	b.heading(t(text.title), t(text.guidance));
	const widths = [
		200, 130, 120, 120, 200, 200, 220, 240, 180, 90, 100, 100, 110, 120, 130,
		130,
	];
	const score = { kind: "number" as const, minimum: 0 };
	const revenue = ref("settings", settingCell("revenueTarget"));
	const result = table(b, {
		headerRow: HEADER,
		capacity: SEGMENT_CAPACITY,
		rows: context.choices.examples ? examples(context) : [],
		columns: text.headers.map((header, i) => {
			const column = { header: t(header), width: widths[i] ?? 120 };
			if (i >= 9 && i <= 11) return { ...column, validation: score };
			if (i === 12)
				return {
					...column,
					validation: {
						kind: "list" as const,
						values: segmentStatuses[context.language],
					},
				};
			if (i === 13)
				return {
					...column,
					format: formats.percent,
					validation: { kind: "percent" as const },
				};
			if (i === 14)
				return {
					...column,
					formula: (r: number) =>
						`=IF(COUNT(${cell(r, 9)}:${cell(r, 11)})<3,"",${cell(r, 9)}*${cell(r, 10)}*${cell(r, 11)})`,
				};
			if (i === 15)
				return {
					...column,
					format: formats.currency,
					formula: (r: number) =>
						`=IF(${cell(r, 13)}="","",${cell(r, 13)}*${revenue})`,
				};
			return column;
		}),
	});
	b.set(2, 0, t(text.priorityCount));
	b.set(
		2,
		1,
		formula(
			`=COUNTIF(${range(result.column(12))},"${segmentStatuses[context.language][0]}")`,
		),
	);
	b.set(2, 2, t(text.shareTotal));
	b.set(2, 3, formula(`=SUM(${range(result.column(13))})`));
	b.format(area(2, 3), formats.percent).boldRow(2);
	b.protect(area(0, 0, HEADER + 1, text.headers.length));
	return b.build(HEADER + 1);
}
