// What reading a CRM export produces, as data: the table as read, what was recognised, the deals and the problem rows.

import type { Language } from "../plan/types";

/** The plan's deal fields a file column can map to, in the order the sidebar shows them. */
export const dealFields = [
	"deal",
	"account",
	"owner",
	"stage",
	"amount",
	"closeDate",
	"probability",
	"nextStep",
	"nextStepDate",
	"channel",
	"segment",
	"forecastCategory",
	"crmId",
] as const;
export type DealField = (typeof dealFields)[number];

/** Which file column (0-based) feeds each field; null when the file has none. */
export type Mapping = Readonly<Record<DealField, number | null>>;

export type Source = "salesforce" | "hubspot" | "pipedrive" | "table";
export type Separator = "," | ";" | "\t";
export type Encoding = "utf-8" | "utf-16le" | "windows-1252" | "text";

/** How d/m/y and m/d/y dates are read: decided by the file when one part is over 12, else by the plan's language. */
export interface DateReading {
	readonly order: "day-first" | "month-first";
	/** "iso-only": the file has no d/m/y or m/d/y date at all. */
	readonly decidedBy: "file" | "language" | "iso-only";
}

/** One data row as read, with its line number as a text editor counts them (the header is line 1). */
export interface Row {
	readonly line: number;
	readonly cells: readonly string[];
}

/** A file as read: its header and data rows, before any mapping. */
export interface ReadTable {
	readonly encoding: Encoding;
	readonly separator: Separator;
	readonly header: readonly string[];
	readonly rows: readonly Row[];
	/** Rows the CSV reader could not make sense of (an unclosed quote), by line. */
	readonly malformed: readonly { readonly line: number }[];
}

/** A deal ready for the Pipeline tab. Amounts in the file's currency; dates ISO "YYYY-MM-DD"; probability a fraction. */
export interface ImportedDeal {
	readonly line: number;
	readonly deal: string;
	readonly account: string;
	readonly owner: string;
	readonly stage: string;
	readonly amount: number | null;
	readonly closeDate: string | null;
	/** The file's own probability for this deal, when it has a probability column. */
	readonly probability: number | null;
	readonly nextStep: string;
	readonly nextStepDate: string | null;
	readonly channel: string;
	readonly segment: string;
	readonly forecastCategory: string;
	readonly crmId: string;
}

export type ProblemReason =
	| { readonly kind: "amount"; readonly value: string }
	| { readonly kind: "negative-amount"; readonly value: string }
	| {
			readonly kind: "date";
			readonly field: "closeDate" | "nextStepDate";
			readonly value: string;
	  }
	| { readonly kind: "no-close-date" }
	| { readonly kind: "no-stage" }
	| { readonly kind: "probability"; readonly value: string }
	| {
			readonly kind: "duplicate-id";
			readonly id: string;
			readonly first: number;
	  }
	| { readonly kind: "malformed" };

export interface Problem {
	readonly line: number;
	readonly reason: ProblemReason;
}

/** Where a stage's probability comes from, in the order they are tried. */
export type ProbabilitySource = "given" | "file" | "hubspot" | "plan";

export interface StageProbability {
	readonly stage: string;
	/** A fraction, or null while nobody has given one. */
	readonly probability: number | null;
	readonly from: ProbabilitySource | null;
	readonly deals: number;
}

/** Why a whole file cannot be imported: one sentence each (see messages.ts). */
export type FileError =
	| { readonly kind: "empty" }
	| { readonly kind: "not-text"; readonly looksLike?: "xlsx" | "xls" | "pdf" }
	| { readonly kind: "no-amount-column" }
	| {
			readonly kind: "mixed-date-orders";
			readonly dayFirstLine: number;
			readonly monthFirstLine: number;
	  };

export interface ImportOptions {
	readonly language: Language;
	/** The plan's stages, to give a known stage its probability. */
	readonly planStages: readonly {
		readonly name: string;
		readonly probability: number;
	}[];
	/** Probabilities the person gave, by stage name (fractions). */
	readonly given?: Readonly<Record<string, number>>;
	/** A mapping the person edited; otherwise the recognised one. */
	readonly mapping?: Mapping;
}

/** Everything the sidebar shows and the CLI prints before importing. */
export interface ImportPlan {
	readonly source: Source;
	readonly encoding: Encoding;
	readonly separator: Separator;
	readonly dates: DateReading;
	readonly header: readonly string[];
	readonly mapping: Mapping;
	readonly deals: readonly ImportedDeal[];
	readonly problems: readonly Problem[];
	readonly stages: readonly StageProbability[];
}

export type ImportOutcome =
	| ({ readonly ok: true } & ImportPlan)
	| { readonly ok: false; readonly error: FileError };
