// The sidebar's import calls: the CRM ids already on the Pipeline tab, then each chunk of deals, under the document lock.

import type {
	ImportDealsRequest,
	ImportDealsResult,
	PipelineIds,
	PipelineTable,
} from "../api";
import { noPipelineTab, stageTableFull } from "../messages";
import type { Language, TabKey } from "../plan/types";
import {
	addOwners,
	addStages,
	pipelineIds,
	readTabIds,
	writeDealsChunk,
} from "../sheets";
import { parseImportDeals, parsePipelineIds } from "./schemas";

type WithLock = <T>(language: Language, work: () => T) => T;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The plan's tabs, found by the ids an earlier run recorded (null when deleted or never made): the ids are read once
 * per call and each tab looked up once, since every look-up is a service call.
 */
function recordedSheets(): (key: TabKey) => Sheet | null {
	const ids = readTabIds(PropertiesService.getDocumentProperties());
	const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
	const found = new Map<TabKey, Sheet | null>();
	return (key) => {
		if (!found.has(key)) {
			const id = ids[key];
			found.set(key, id === undefined ? null : spreadsheet.getSheetById(id));
		}
		return found.get(key) ?? null;
	};
}

function planSheet(sheet: Sheet | null, language: Language): Sheet {
	if (!sheet) throw new Error(noPipelineTab(language));
	return sheet;
}

const target = (table: PipelineTable, idField: boolean) => ({
	...table,
	columns: table.columns as Readonly<Record<string, number>>,
	idField: idField ? "crmId" : undefined,
});

export function readPipelineIds(request: unknown): PipelineIds {
	const { table, language = "en" } = parsePipelineIds(request);
	const { crmId, deal } = table.columns;
	if (crmId === undefined) return { deals: [] };
	const sheet = planSheet(recordedSheets()("pipeline"), language);
	return {
		deals: pipelineIds(sheet, target(table, true), crmId, deal ?? 0),
	};
}

export function importDeals(
	request: unknown,
	withLock: WithLock,
): ImportDealsResult {
	const valid: ImportDealsRequest = parseImportDeals(request);
	const language = valid.language ?? "en";
	return withLock(language, () => {
		const recorded = recordedSheets();
		const sheet = planSheet(recorded("pipeline"), language);
		// Every read first, then the writes: a read after a write makes Apps Script send the writes and wait.
		let stages: ReturnType<typeof addStages> = { added: [], write: () => {} };
		if (valid.stages?.length && valid.stageTable) {
			const settings = planSheet(recorded("settings"), language);
			try {
				stages = addStages(
					settings,
					{ ...valid.stageTable, columns: 2 },
					valid.stages,
				);
			} catch (error) {
				if (error instanceof RangeError && error.message.startsWith("full:"))
					throw new Error(stageTableFull(language, error.message.slice(5)));
				throw error;
			}
		}
		let team: ReturnType<typeof addOwners> = {
			added: [],
			leftOut: [],
			write: () => {},
		};
		if (valid.owners?.length && valid.teamTable)
			team = addOwners(
				planSheet(recorded("settings"), language),
				valid.teamTable,
				valid.owners,
			);
		// The Overview's forecast of each period reads the deal table: it follows the table when it grows.
		const overview = recorded("overview");
		const result = writeDealsChunk(
			sheet,
			target(valid.table, valid.fields.includes("crmId")),
			valid.fields,
			valid.deals,
			overview ? [overview] : [],
		);
		stages.write();
		team.write();
		return {
			added: result.added,
			updated: result.updated,
			stagesAdded: stages.added,
			ownersAdded: team.added,
			ownersLeftOut: team.leftOut,
		};
	});
}
