// The plan as data: what each tab holds, independent of Google Sheets, so it can be built, tested and exported offline.

export type Language = "fr" | "en";
export type PlanKind = "annual" | "quarterly" | "30-60-90" | "90-day";
export type TabKey =
	| "overview"
	| "objectives"
	| "pipeline"
	| "funnel"
	| "capacity"
	| "actions"
	| "kpis"
	| "segments"
	| "channels"
	| "rituals"
	| "budget"
	| "settings";

/** A plan kind and the tabs it holds, in order. */
export interface PlanKindInfo {
	readonly kind: PlanKind;
	readonly tabs: readonly TabKey[];
}

/** A funnel stage as the person sets it in the sidebar. Rates and probabilities are fractions (0.25 is 25%). */
export interface StageChoice {
	readonly name: string;
	/** Probability that a deal at this stage closes: feeds the stage table and WEIGHTED_FORECAST. */
	readonly probability: number;
	/** Share of this stage that reaches the next one; the last stage's rate is the close rate. */
	readonly conversionRate: number;
}

/** Everything the person chooses in the sidebar. */
export interface PlanChoices {
	readonly kind: PlanKind;
	readonly language: Language;
	/** First day of the period or fiscal year, ISO "YYYY-MM-DD". */
	readonly start: string;
	/** ISO 4217 code, e.g. "EUR". */
	readonly currency: string;
	readonly stages: readonly StageChoice[];
	/** Team roles, e.g. SDR, AE, account manager. */
	readonly roles: readonly string[];
	/** Whether to add example rows, marked as examples. */
	readonly examples: boolean;
}

/** A deal brought in from a CRM export, for one row of the Pipeline tab. Dates are ISO "YYYY-MM-DD". */
export interface PipelineDeal {
	readonly deal: string;
	readonly account: string;
	readonly segment: string;
	readonly owner: string;
	readonly stage: string;
	readonly amount: number | null;
	readonly closeDate: string | null;
	readonly nextStep: string;
	readonly nextStepDate: string | null;
	readonly channel: string;
	readonly forecastCategory: string;
	/** The CRM's own id for the deal: a later import of a newer export updates the row it matches. */
	readonly crmId: string;
}

/** Deals from a CRM export and the probability of each of their stages (fractions), for the Pipeline and Settings tabs. */
export interface ImportedPipeline {
	readonly deals: readonly PipelineDeal[];
	readonly stages: readonly {
		readonly name: string;
		readonly probability: number;
	}[];
}

/**
 * A cell: a value, or a formula such as "=SUM(B2:B9)". Formulas start with "=" and use English function names
 * and "," between arguments, as Apps Script's setValues and HyperFormula both expect, whatever the sheet's locale.
 * Dates are serial numbers (days since 1899-12-30) with a date number format.
 */
export type Cell =
	| string
	| number
	| boolean
	| null
	| {
			readonly formula: string;
			/**
			 * What a spilling function without a native form (FORECAST_RANGE) gave on the plan's own data when the
			 * plan was built: the .xlsx holds these figures in its place.
			 */
			readonly figures?: readonly (readonly number[])[];
			/**
			 * What the formula computes in the plan as built, when its builder knows it by the formula's own reading rules:
			 * file exports use it rather than evaluate one formula per deal row. The formula stays what Sheets and the
			 * live preview compute.
			 */
			readonly value?: number | string;
	  };

/** A rectangle of a tab, 0-based. */
export interface Area {
	readonly row: number;
	readonly column: number;
	readonly rows: number;
	readonly columns: number;
}

export interface NumberFormat {
	readonly area: Area;
	/** A Sheets number-format pattern, e.g. '#,##0 "€"', '0%', 'yyyy-mm-dd'. */
	readonly pattern: string;
}

export type Validation =
	| {
			readonly area: Area;
			readonly kind: "list";
			readonly values: readonly string[];
	  }
	/** A dropdown whose choices live in another range, e.g. the stage column of Settings. */
	| {
			readonly area: Area;
			readonly kind: "range";
			readonly tab: TabKey;
			readonly source: Area;
	  }
	| { readonly area: Area; readonly kind: "date" }
	/** A fraction between 0 and 1, shown as a percentage. */
	| { readonly area: Area; readonly kind: "percent" }
	| { readonly area: Area; readonly kind: "number"; readonly minimum: number }
	/** A name typed once in its one-column area, whatever its case or surrounding spaces: a repeat is refused. */
	| { readonly area: Area; readonly kind: "unique" };

export type AlertColor = "red" | "amber" | "green";

/**
 * A conditional-format rule: cells of `area` take `color` where `formula` (starting with "=") is true.
 * The formula is written for the area's top-left cell, with relative references moving across the area,
 * and may only reference its own tab (Sheets forbids other-sheet references in rules).
 */
export interface ConditionalRule {
	readonly area: Area;
	readonly formula: string;
	readonly color: AlertColor;
}

export type ChartKind = "column" | "bar" | "line" | "combo";

/** One series of a chart: one column of its tab, the series name in its first cell, numbers below. */
export interface ChartSeries {
	readonly values: Area;
	/** In a combo chart, drawn as a line over the columns; the other series are columns. */
	readonly line?: boolean;
}

/** Where a chart sits: its top-left corner on a cell (0-based), and its size in pixels. */
export interface ChartPosition {
	readonly row: number;
	readonly column: number;
	readonly width: number;
	readonly height: number;
}

/**
 * A chart drawn from its own tab's cells, so it follows every edit. The categories and every series are one column
 * each, over the same rows: a header row (the series names), then one row per category.
 */
export interface Chart {
	/** Stable across runs and languages: how a later run recognises the charts it made. */
	readonly key: string;
	readonly kind: ChartKind;
	readonly title: string;
	readonly axes: { readonly category: string; readonly value: string };
	readonly categories: Area;
	readonly series: readonly ChartSeries[];
	/** The number format of the value axis, a Sheets pattern like the cells'. */
	readonly numberFormat: string;
	readonly position: ChartPosition;
}

export interface Tab {
	readonly key: TabKey;
	readonly name: string;
	/** Rows from A1; short rows are padded with null up to the widest. */
	readonly cells: readonly (readonly Cell[])[];
	readonly frozenRows: number;
	/** Width in pixels of each column from A. */
	readonly columnWidths: readonly number[];
	/** Rows shown in bold: titles and table headers. */
	readonly boldRows: readonly number[];
	readonly formats: readonly NumberFormat[];
	readonly validations: readonly Validation[];
	readonly rules: readonly ConditionalRule[];
	/** Header rows and formula columns: protected with a warning only, so teammates are warned, never blocked. */
	readonly protectedAreas: readonly Area[];
	/** Charts over the tab's own cells, placed where they hide no input cell; absent means none. */
	readonly charts?: readonly Chart[];
}

export interface Plan {
	readonly choices: PlanChoices;
	readonly tabs: readonly Tab[];
}

/** The name each tab takes in the spreadsheet; formulas across tabs are written with these. */
export type TabNames = Readonly<Record<TabKey, string>>;
