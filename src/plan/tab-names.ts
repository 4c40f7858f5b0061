// The name each tab takes in the spreadsheet, per language.

import type { Language, TabNames } from "./types";

const names: Readonly<Record<Language, TabNames>> = {
	fr: {
		overview: "Vue d'ensemble",
		objectives: "Objectifs",
		pipeline: "Pipeline",
		funnel: "Entonnoir",
		capacity: "Capacité",
		actions: "Actions",
		kpis: "KPI",
		segments: "Segments & ICP",
		channels: "Canaux",
		rituals: "Rituels",
		budget: "Budget",
		settings: "Paramètres",
	},
	en: {
		overview: "Overview",
		objectives: "Objectives",
		pipeline: "Pipeline",
		funnel: "Funnel",
		capacity: "Capacity",
		actions: "Actions",
		kpis: "KPIs",
		segments: "Segments & ICP",
		channels: "Channels",
		rituals: "Rituals",
		budget: "Budget",
		settings: "Settings",
	},
};

export function defaultTabNames(language: Language): TabNames {
	return { ...names[language] };
}
