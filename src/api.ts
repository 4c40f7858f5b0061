// The contract between the sidebar and the server: what each google.script.run call takes and returns.
// Dates cross as ISO strings, since google.script.run cannot carry Date objects reliably.
//
// The sidebar builds the plan (src/plan) and the server validates and writes it: the plan's bilingual content
// stays out of Code.js, which Apps Script evaluates on every custom-function call.

import type {
	Language,
	Plan,
	PlanKind,
	PlanKindInfo,
	TabKey,
	TabNames,
} from "./plan/types";

export type { PlanKindInfo };

export interface SidebarContext {
	/** From the spreadsheet's locale: French for fr_*, English otherwise. */
	readonly language: Language;
	readonly currency: string;
	/** Suggested first day of the period, ISO "YYYY-MM-DD". */
	readonly start: string;
}

/** What happens to one tab when the plan is generated. */
export type TabAction =
	/** A new tab. */
	| "create"
	/** This plan's tab from an earlier run: left as it is. */
	| "keep"
	/** A tab with the same name exists and is empty: it is filled. */
	| "fill"
	/** A tab with the same name holds someone's data: the plan's tab gets a new name, unless the person asks to replace it. */
	| "rename"
	/** The person asked to replace an existing tab. */
	| "replace";

export interface TabPreview {
	readonly key: TabKey;
	/** The name the tab will have. */
	readonly name: string;
	readonly action: TabAction;
	/** For "rename" and "replace": the existing tab the plan's name clashed with. */
	readonly existing?: string;
}

export interface PreviewRequest {
	readonly kind: PlanKind;
	readonly language: Language;
	/** Tabs the person explicitly agreed to replace although they hold data. */
	readonly replace: readonly TabKey[];
}

export interface PlanPreview {
	readonly tabs: readonly TabPreview[];
	/** The final name of every tab, to build the plan's cross-tab formulas with. */
	readonly names: TabNames;
}

export interface GenerateRequest {
	/** Built by the sidebar with the names of the preview; the server refuses it if the spreadsheet changed since. */
	readonly plan: Plan;
	readonly replace: readonly TabKey[];
}

export interface GenerateResult {
	readonly tabs: readonly (TabPreview & { readonly sheetId: number })[];
}

export type Direction = "higher" | "lower";

/** KPI alerts on a table the person selects: which columns (letters) hold what. */
export interface AlertsRequest {
	/** "kpis": the plan's KPI tab; "selection": the table around the active range. */
	readonly target: "kpis" | "selection";
	/** The language of the server's refusals; English when absent. */
	readonly language?: Language;
	readonly columns?: {
		readonly actual: string;
		readonly target: string;
		readonly threshold: string;
		/** A fixed direction for every row, or the letter of a column holding "higher"/"lower" (or their French words). */
		readonly direction: Direction | { readonly column: string };
	};
}

/** A tab to make the active one, for the summary's links. */
export interface OpenTabRequest {
	readonly sheetId: number;
	/** The language of the server's refusals; English when absent. */
	readonly language?: Language;
}

export interface AlertsResult {
	readonly sheetName: string;
	/** A1 notation of the rows that got alerts. */
	readonly range: string;
	readonly rules: number;
}

/** Fields of a Pipeline row an import can fill (see PipelineDeal). */
export const pipelineFields = [
	"deal",
	"account",
	"segment",
	"owner",
	"stage",
	"amount",
	"closeDate",
	"nextStep",
	"nextStepDate",
	"channel",
	"forecastCategory",
	"crmId",
] as const;
export type PipelineField = (typeof pipelineFields)[number];

/** Where the deal table sits on the Pipeline tab: the sidebar knows the plan's layout, the server does not. */
export interface PipelineTable {
	/** 0-based row of the table's header. */
	readonly headerRow: number;
	/** Columns of the table, from A. */
	readonly width: number;
	/** Tab column (0-based) of each field the export fills; the other columns keep what the person typed. */
	readonly columns: Partial<Readonly<Record<PipelineField, number>>>;
	readonly inputColumns: readonly number[];
	readonly formulaColumns: readonly number[];
}

/** One chunk of an import: a few thousand deals, under the size google.script.run carries comfortably. */
export interface ImportDealsRequest {
	readonly language?: Language;
	readonly table: PipelineTable;
	/** What each deal's cells hold, in order. Dates as serial numbers (days since 1899-12-30). */
	readonly fields: readonly PipelineField[];
	readonly deals: readonly (readonly (string | number | null)[])[];
	/** With the first chunk: the stages to add to the Settings stage table, and where that table is. */
	readonly stages?: readonly {
		readonly name: string;
		readonly probability: number;
	}[];
	readonly stageTable?: {
		readonly row: number;
		readonly column: number;
		readonly rows: number;
	};
	/** With the first chunk: the export's owners, for the Settings team list, and where that list is (its role column). */
	readonly owners?: readonly string[];
	readonly teamTable?: {
		readonly row: number;
		readonly column: number;
		readonly rows: number;
	};
}

export interface ImportDealsResult {
	readonly added: number;
	readonly updated: number;
	readonly stagesAdded: readonly string[];
	/** Owners the Settings team list gained, and those it had no room for. */
	readonly ownersAdded: readonly string[];
	readonly ownersLeftOut: readonly string[];
}

/** The CRM record ids already on the Pipeline tab, read before an import to list the deals an export no longer has. */
export interface PipelineIdsRequest {
	readonly language?: Language;
	readonly table: PipelineTable;
}

export interface PipelineIds {
	readonly deals: readonly {
		readonly id: string;
		readonly row: number;
		readonly deal: string;
	}[];
}

/** The plan's health check, judged on the person's own calendar day. */
export interface CheckRequest {
	/** The person's today, ISO "YYYY-MM-DD": deadlines and close dates before it are past. */
	readonly today: string;
	/** The language of the server's refusals; English when absent. */
	readonly language?: Language;
}

export interface CheckFinding {
	readonly tab: string;
	/** A1 address, e.g. "C7". */
	readonly cell: string;
	readonly rule: string;
	/** In the plan's language. */
	readonly message: string;
}

export interface CheckResult {
	/** The plan's language, which the findings are written in. */
	readonly language: Language;
	readonly findings: readonly CheckFinding[];
}

/** A cell to select, for a finding chosen in the sidebar. */
export interface SelectCellRequest {
	readonly tab: string;
	readonly cell: string;
	readonly language?: Language;
}

/** Every function the sidebar may call, with its argument and result. */
export interface ServerApi {
	getSidebarContext(): SidebarContext;
	previewPlan(request: PreviewRequest): PlanPreview;
	generatePlan(request: GenerateRequest): GenerateResult;
	applyKpiAlerts(request: AlertsRequest): AlertsResult;
	openTab(request: OpenTabRequest): void;
	pipelineIds(request: PipelineIdsRequest): PipelineIds;
	importDeals(request: ImportDealsRequest): ImportDealsResult;
	checkPlan(request: CheckRequest): CheckResult;
	selectCell(request: SelectCellRequest): void;
}
