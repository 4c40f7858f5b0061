// Hand-made plans shaped like the real ones (titles, headers, money and percent columns, dropdowns, alerts, protected formulas).

import { allTabs } from "../../src/plan/catalogue";
import { defaultTabNames } from "../../src/plan/tab-names";
import type {
	Area,
	Plan,
	PlanChoices,
	Tab,
	TabKey,
	TabNames,
} from "../../src/plan/types";

export const KEYS: readonly TabKey[] = allTabs;

export const NAMES: TabNames = defaultTabNames("en");

export const CHOICES: PlanChoices = {
	kind: "annual",
	language: "en",
	start: "2027-01-01",
	currency: "EUR",
	stages: [
		{ name: "Lead", probability: 0.1, conversionRate: 0.3 },
		{ name: "Proposal", probability: 0.5, conversionRate: 0.5 },
		{ name: "Won", probability: 1, conversionRate: 1 },
	],
	roles: ["AE", "SDR"],
	examples: true,
};

const area = (
	row: number,
	column: number,
	rows: number,
	columns: number,
): Area => ({ row, column, rows, columns });

/** A table tab: title, header, 20 input rows, a formula column on the right. */
export function tableTab(
	key: TabKey,
	names: TabNames = NAMES,
	features: { rules?: boolean; validations?: boolean } = {},
): Tab {
	const rows = 20;
	const cells = [
		[`${names[key]}`],
		["Item", "Owner", "Stage", "Date", "Amount", "Probability", "Weighted"],
		...Array.from({ length: rows }, (_, i) => [
			`Row ${i + 1}`,
			null,
			null,
			null,
			1000 * (i + 1),
			0.5,
			{ formula: `E${i + 3}*F${i + 3}` },
		]),
	];
	const withValidations = features.validations ?? true;
	const withRules = features.rules ?? key === "kpis";
	return {
		key,
		name: names[key],
		cells,
		frozenRows: 2,
		columnWidths: [220, 140, 140, 110, 110, 110, 110],
		boldRows: [0, 1],
		formats: [
			{ area: area(2, 3, rows, 1), pattern: "yyyy-mm-dd" },
			{ area: area(2, 4, rows, 1), pattern: '#,##0 "€"' },
			{ area: area(2, 5, rows, 1), pattern: "0%" },
			{ area: area(2, 6, rows, 1), pattern: '#,##0 "€"' },
		],
		validations: withValidations
			? [
					{ area: area(2, 1, rows, 1), kind: "list", values: ["AE", "SDR"] },
					{
						area: area(2, 2, rows, 1),
						kind: "range",
						tab: "settings",
						source: area(1, 0, 3, 1),
					},
					{ area: area(2, 3, rows, 1), kind: "date" },
					{ area: area(2, 4, rows, 1), kind: "number", minimum: 0 },
					{ area: area(2, 5, rows, 1), kind: "percent" },
				]
			: [],
		rules: withRules
			? [
					{
						area: area(2, 0, rows, 7),
						formula: "AND(ISNUMBER($E3),$E3<$F3)",
						color: "red",
					},
					{
						area: area(2, 0, rows, 7),
						formula: "AND(ISNUMBER($E3),$E3>=$F3)",
						color: "green",
					},
				]
			: [],
		protectedAreas: [area(0, 0, 2, 7), area(2, 6, rows, 1)],
	};
}

/** A text tab: title and a few paragraphs, nothing to validate. */
export function textTab(key: TabKey, names: TabNames = NAMES): Tab {
	return {
		key,
		name: names[key],
		cells: [
			[names[key]],
			[],
			["Why this tab exists."],
			["How to fill it in."],
			[{ formula: `'${names.settings}'!A1` }],
		],
		frozenRows: 0,
		columnWidths: [600],
		boldRows: [0],
		formats: [],
		validations: [],
		rules: [],
		protectedAreas: [area(0, 0, 1, 1)],
	};
}

export function settingsTab(names: TabNames = NAMES): Tab {
	return {
		key: "settings",
		name: names.settings,
		cells: [
			["Stage", "Probability", "Conversion"],
			["Lead", 0.1, 0.3],
			["Proposal", 0.5, 0.5],
			["Won", 1, 1],
		],
		frozenRows: 1,
		columnWidths: [180, 110, 110],
		boldRows: [0],
		formats: [{ area: area(1, 1, 3, 2), pattern: "0%" }],
		validations: [{ area: area(1, 1, 3, 2), kind: "percent" }],
		rules: [],
		protectedAreas: [area(0, 0, 1, 3)],
	};
}

/** The annual plan's 12 tabs, with the tab names given (final names, after renames). */
export function annualPlan(names: TabNames = NAMES): Plan {
	const tabs = KEYS.map((key): Tab => {
		if (key === "settings") return settingsTab(names);
		if (key === "overview" || key === "rituals") return textTab(key, names);
		return tableTab(key, names);
	});
	return { choices: CHOICES, tabs };
}

export function planOf(keys: readonly TabKey[], names: TabNames = NAMES): Plan {
	const all = annualPlan(names);
	return {
		choices: all.choices,
		tabs: all.tabs.filter((tab) => keys.includes(tab.key)),
	};
}
