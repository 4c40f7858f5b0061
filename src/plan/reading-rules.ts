// The custom functions' reading rules as formula text, so the plan's own lookups and sums read inputs as the functions do.

/** Rates typed as whole percents: one number above 1 makes the whole range whole percents (50 is 50%). */
export const rateScale = (range: string): string => `IF(MAX(${range})>1,100,1)`;

/**
 * A stage's probability from the stage table, as WEIGHTED_FORECAST reads it: names trimmed and compared without
 * regard to case, whole percents divided by 100; #N/A for a stage the table does not list. A stage listed twice
 * takes the mean of its rows (the same figure when they agree; Settings shows the duplicate in red).
 */
export function stageProbability(
	stage: string,
	names: string,
	odds: string,
): string {
	const match = `(TRIM(${names})=TRIM(${stage}))`;
	const matches = `SUMPRODUCT(${match}*1)`;
	return `IF(TRIM(${stage})="","",IF(${matches}=0,NA(),SUMPRODUCT(${match}*${odds})/${matches}/${rateScale(odds)}))`;
}

/** SUMIFS criteria for dates from a period's first day; a blank start is no bound. */
export const fromDay = (start: string): string => `">="&INT(N(${start}))`;

/** SUMIFS criteria for dates up to a period's last day, whole; a blank end is no bound (the last date sheets hold). */
export const toDay = (end: string): string =>
	`"<"&IF(LEN(${end})=0,2958466,INT(N(${end}))+1)`;

/** Text the formula engines would read as a number, date, time or boolean rather than compare as text. */
const READS_AS_VALUE = /^[\s\d.,:/+\-%$€£]*$|^\s*(true|false|vrai|faux)\s*$/i;
/** TRIM as Sheets and HyperFormula do it: spaces off both ends, each run of spaces inside made one. */
const trimSpaces = (text: string): string =>
	text.replace(/^ +| +$/g, "").replace(/ +/g, " ");
/** HyperFormula compares text as this collator does; Sheets compares it without regard to case only. */
const engineCollator = new Intl.Collator("en", { sensitivity: "base" });

/**
 * What stageProbability's formula computes for a stage cell, from the stage table's rows: "" for a blank stage, the
 * probability (the mean of its rows when listed twice) otherwise. Undefined where only the formula can tell: a stage
 * the table does not list (#N/A), text an engine would read as a number or date, or names that match without regard
 * to accents but not otherwise (engines differ there).
 */
export function stageProbabilityValue(
	stage: unknown,
	table: readonly { readonly name: string; readonly probability: number }[],
): number | "" | undefined {
	if (stage === null || stage === "") return "";
	if (typeof stage !== "string" || READS_AS_VALUE.test(stage)) return undefined;
	const wanted = trimSpaces(stage);
	if (wanted === "") return "";
	let sum = 0;
	let matches = 0;
	let highest = 0;
	for (const row of table) {
		if (!Number.isFinite(row.probability) || READS_AS_VALUE.test(row.name))
			return undefined;
		highest = Math.max(highest, row.probability);
		const name = trimSpaces(row.name);
		const same = name.toLowerCase() === wanted.toLowerCase();
		if (same !== (engineCollator.compare(name, wanted) === 0)) return undefined;
		if (same) {
			sum += row.probability;
			matches++;
		}
	}
	if (matches === 0) return undefined;
	return sum / matches / (highest > 1 ? 100 : 1);
}

/** What a weighted amount's formula (IF(OR(amount="",probability=""),"",amount*probability)) computes. */
export function weightedValue(
	amount: unknown,
	probability: unknown,
): number | "" | undefined {
	if (probability === undefined) return undefined;
	if (amount === null || amount === "" || probability === "") return "";
	if (typeof amount !== "number" || typeof probability !== "number")
		return undefined;
	return amount * probability;
}
