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
