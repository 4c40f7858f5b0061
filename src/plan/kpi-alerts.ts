// Green / amber / red rules for a KPI table: met target, between alert threshold and target, past the threshold.

import { abs, cell } from "./a1";
import type { AlertColor, Area, ConditionalRule } from "./types";

/** Words a direction column may hold, in either language; comparisons in Sheets ignore case. */
export const directionWords = {
	higher: ["higher", "hausse"],
	lower: ["lower", "baisse"],
} as const;

/** Words a pace column may hold to say "judge this KPI against the time elapsed". */
export const paceWords = {
	yes: ["yes", "oui"],
	no: ["no", "non"],
} as const;

export interface KpiTable {
	/** The cells that take the colour: data rows only, 0-based. */
	readonly area: Area;
	/** 0-based column indexes of the tab. */
	readonly actual: number;
	readonly target: number;
	readonly threshold: number;
	/** Higher or lower is better for every row, or the column that says so per row. */
	readonly direction: "higher" | "lower" | { readonly column: number };
	/**
	 * Judge on pace: target and threshold are multiplied by the share of the period elapsed, a cell of the same tab.
	 * With `column`, only rows whose cell there says yes/oui are judged on pace; without, every row is.
	 */
	readonly pace?: {
		readonly share: { readonly row: number; readonly column: number };
		readonly column?: number;
	};
}

const anyOf = (ref: string, words: readonly string[]): string =>
	`OR(${words.map((word) => `${ref}="${word}"`).join(",")})`;

export interface KpiConditions {
	/** True when the row has an actual and a target to judge. */
	readonly judged: string;
	readonly green: string;
	readonly amber: string;
	readonly red: string;
}

/**
 * The conditions for the row of `row` (0-based), columns absolute and row relative, so they can serve as a rule written
 * for the area's first row or as a status formula on the same row.
 */
export function kpiConditions(table: KpiTable, row: number): KpiConditions {
	const at = (column: number) => cell(row, column, { absoluteColumn: true });
	const actual = at(table.actual);
	let target = at(table.target);
	let threshold = at(table.threshold);
	if (table.pace) {
		const share = abs(table.pace.share.row, table.pace.share.column);
		if (table.pace.column === undefined) {
			target = `${target}*${share}`;
			threshold = `${threshold}*${share}`;
		} else {
			const onPace = anyOf(at(table.pace.column), paceWords.yes);
			target = `IF(${onPace},${target}*${share},${target})`;
			threshold = `IF(${onPace},${threshold}*${share},${threshold})`;
		}
	}
	const hasThreshold = `ISNUMBER(${at(table.threshold)})`;
	const judged = `ISNUMBER(${actual}),ISNUMBER(${at(table.target)})`;
	const compare = (higher: string, lower: string): string => {
		if (table.direction === "higher") return higher;
		if (table.direction === "lower") return lower;
		return `IF(${anyOf(at(table.direction.column), directionWords.lower)},${lower},${higher})`;
	};
	const meets = compare(`${actual}>=${target}`, `${actual}<=${target}`);
	const withinThreshold = compare(
		`${actual}>=${threshold}`,
		`${actual}<=${threshold}`,
	);
	return {
		judged: `AND(${judged})`,
		green: `AND(${judged},${meets})`,
		amber: `AND(${judged},NOT(${meets}),${hasThreshold},${withinThreshold})`,
		// Missing the target with no threshold set counts as past it.
		red: `AND(${judged},NOT(${meets}),OR(NOT(${hasThreshold}),NOT(${withinThreshold})))`,
	};
}

/** Rules in the order Sheets should apply them: red, then amber, then green. Rows with a blank actual get no colour. */
export function kpiAlertRules(table: KpiTable): ConditionalRule[] {
	const conditions = kpiConditions(table, table.area.row);
	const order: AlertColor[] = ["red", "amber", "green"];
	return order.map((color) => ({
		area: table.area,
		formula: `=${conditions[color]}`,
		color,
	}));
}
