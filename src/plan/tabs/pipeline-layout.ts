// Where the Pipeline's deal table and key figures sit: what other tabs and the server read without building the tab.

/** Rows of a plan's deal table when no deals are imported; an import makes it as long as its deals. */
export const PIPELINE_CAPACITY = 200;
const HEADER = 3;
const FIRST = HEADER + 1;
const LAST = FIRST + PIPELINE_CAPACITY - 1;

export const pipelineLayout = {
	headerRow: HEADER,
	firstRow: FIRST,
	/** The last row of a plan without imported deals; see pipelineCapacity. */
	lastRow: LAST,
	/** B3: WEIGHTED_FORECAST of the deals closing within the Settings period. */
	forecast: { row: 2, column: 1 },
	/** D3: amount of open deals (probability strictly between 0 and 1). */
	openPipeline: { row: 2, column: 3 },
	/** F3: amount won (probability 1) with a close date within the period. */
	wonInPeriod: { row: 2, column: 5 },
} as const;
