// Segments & ICP: who to target, why they buy, whom to exclude, and a pain × value × access score.

import { area, range } from "../a1";
import { defineColumns } from "../columns";
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

const score = { kind: "number", minimum: 0 } as const;

/** The segment table, left to right. */
export const segmentTable = defineColumns([
	{ key: "segment", header: { fr: "Segment", en: "Segment" }, width: 200 },
	{ key: "industry", header: { fr: "Secteur", en: "Industry" }, width: 130 },
	{
		key: "size",
		header: { fr: "Taille (effectif)", en: "Company size (staff)" },
		width: 120,
	},
	{ key: "geography", header: { fr: "Zone", en: "Geography" }, width: 120 },
	{
		key: "pain",
		header: { fr: "Douleur principale", en: "Main pain" },
		width: 200,
	},
	{
		key: "trigger",
		header: { fr: "Déclencheur d'achat", en: "Buying trigger" },
		width: 200,
	},
	{
		key: "value",
		header: {
			fr: "Proposition de valeur et preuve",
			en: "Value proposition and proof",
		},
		width: 220,
	},
	{
		key: "personas",
		header: {
			fr: "Personas (décideur, champion, influenceur)",
			en: "Personas (decision-maker, champion, influencer)",
		},
		width: 240,
	},
	{
		key: "exclusion",
		header: { fr: "Critères d'exclusion", en: "Exclusion criteria" },
		width: 180,
	},
	{
		key: "painScore",
		header: { fr: "Douleur (1–5)", en: "Pain (1–5)" },
		width: 90,
		validation: score,
	},
	{
		key: "valueScore",
		header: { fr: "Valeur perçue (1–5)", en: "Perceived value (1–5)" },
		width: 100,
		validation: score,
	},
	{
		key: "reachScore",
		header: { fr: "Accessibilité (1–5)", en: "Reachability (1–5)" },
		width: 100,
		validation: score,
	},
	{
		key: "status",
		header: { fr: "Statut", en: "Status" },
		width: 110,
		validation: (context) => ({
			kind: "list",
			values: segmentStatuses[context.language],
		}),
	},
	{
		key: "share",
		header: { fr: "Part du CA visée", en: "Target revenue share" },
		width: 120,
		format: "percent",
		validation: { kind: "percent" },
	},
	{
		key: "score",
		header: {
			fr: "Score (douleur × valeur × accès)",
			en: "Score (pain × value × reach)",
		},
		width: 130,
		// The three scores sit side by side: COUNT reads them as one range.
		formula: ({ at }) =>
			`=IF(COUNT(${at("painScore")}:${at("reachScore")})<3,"",${at("painScore")}*${at("valueScore")}*${at("reachScore")})`,
	},
	{
		key: "targetRevenue",
		header: { fr: "CA visé", en: "Target revenue" },
		width: 130,
		format: "currency",
		formula: ({ at }, context) =>
			`=IF(${at("share")}="","",${at("share")}*${context.ref("settings", settingCell("revenueTarget"))})`,
	},
]);

/** Column indexes of the segment table. */
export const segmentColumns = segmentTable.index;

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
};

const examples = (
	context: PlanContext,
): Partial<Record<keyof typeof segmentColumns, Cell>>[] => {
	const [priority, watch] = segmentStatuses[context.language] as [
		string,
		string,
	];
	const translate = context.translate;
	return [
		{
			segment: context.example({
				fr: "Santé mid-market",
				en: "Mid-market healthcare",
			}),
			industry: translate({ fr: "Santé", en: "Healthcare" }),
			size: "200–1000",
			geography: translate({ fr: "France", en: "France" }),
			pain: translate({
				fr: "Coûts administratifs qui dérapent",
				en: "Admin costs running away",
			}),
			trigger: translate({
				fr: "Nouveau DAF ou audit annoncé",
				en: "New CFO or an announced audit",
			}),
			value: translate({
				fr: "Moins de saisie ; cas client d'un groupe de cliniques",
				en: "Less data entry; case study from a clinic group",
			}),
			personas: translate({
				fr: "DAF (décideur), DSI (champion), COO (influenceur)",
				en: "CFO (decision-maker), CIO (champion), COO (influencer)",
			}),
			exclusion: translate({
				fr: "Moins de 50 salariés",
				en: "Fewer than 50 staff",
			}),
			painScore: 5,
			valueScore: 4,
			reachScore: 4,
			status: priority,
			share: 0.5,
		},
		{
			segment: context.example({
				fr: "PME industrielles via intégrateurs",
				en: "Industrial SMEs through integrators",
			}),
			industry: translate({ fr: "Industrie", en: "Manufacturing" }),
			size: "50–500",
			geography: translate({ fr: "Europe de l'Ouest", en: "Western Europe" }),
			pain: translate({
				fr: "Données de production éparpillées",
				en: "Production data scattered across tools",
			}),
			trigger: translate({
				fr: "Salon professionnel, renouvellement d'ERP",
				en: "Trade show, ERP replacement",
			}),
			value: translate({
				fr: "Mise en route par un intégrateur local",
				en: "Set up by a local integrator",
			}),
			personas: translate({
				fr: "Directeur industriel, responsable méthodes",
				en: "Plant director, process engineer",
			}),
			exclusion: translate({
				fr: "Pas d'intégrateur dans la région",
				en: "No integrator in the region",
			}),
			painScore: 4,
			valueScore: 4,
			reachScore: 2,
			status: watch,
			share: 0.3,
		},
	];
};

export function buildSegments(context: PlanContext): Tab {
	const { translate, formats } = context;
	const tab = new TabBuilder("segments", context.names.segments);
	tab.heading(translate(text.title), translate(text.guidance));
	const result = table(tab, context, {
		headerRow: HEADER,
		capacity: SEGMENT_CAPACITY,
		rows: context.choices.examples ? examples(context) : [],
		columns: segmentTable,
	});
	tab.set(2, 0, translate(text.priorityCount));
	tab.set(
		2,
		1,
		formula(
			`=COUNTIF(${range(result.column("status"))},"${segmentStatuses[context.language][0]}")`,
		),
	);
	tab.set(2, 2, translate(text.shareTotal));
	tab.set(2, 3, formula(`=SUM(${range(result.column("share"))})`));
	tab.format(area(2, 3), formats.percent).boldRow(2);
	tab.protect(area(0, 0, HEADER + 1, segmentTable.records.length));
	return tab.build(HEADER + 1);
}
