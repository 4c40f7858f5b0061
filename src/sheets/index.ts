// The only module that touches SpreadsheetApp: applies plans and alert rules to a spreadsheet.

export { a1Notation as a1, columnIndex, columnLetter } from "../plan/a1";
export { applyAlertRules, areaOf, bodyOf, recordedRules } from "./alerts";
export {
	type Applied,
	type AppliedTab,
	type ApplyOptions,
	applyPlan,
	type Placement,
	type Placements,
	placeTabs,
} from "./apply";
export { AUTOMATIC_FORMAT, gridOf, widthRuns } from "./layout";
export {
	addOwners,
	addStages,
	pipelineIds,
	writeDealsChunk,
} from "./pipeline-import";
export { readPlanCells } from "./read-plan";
export { readRules, readTabIds } from "./record";
export { PROTECTION_DESCRIPTIONS, writeTab } from "./writer";
