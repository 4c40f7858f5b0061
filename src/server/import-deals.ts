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

/** The plan's tab, found by the id an earlier run recorded; null when it was deleted or never made. */
function recordedSheet(key: TabKey): Sheet | null {
	const id = readTabIds(PropertiesService.getDocumentProperties())[key];
	return id === undefined
		? null
		: SpreadsheetApp.getActiveSpreadsheet().getSheetById(id);
}

function planSheet(key: "pipeline" | "settings", language: Language): Sheet {
	const sheet = recordedSheet(key);
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
	const sheet = planSheet("pipeline", language);
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
		const sheet = planSheet("pipeline", language);
		// Every read first, then the writes: a read after a write makes Apps Script send the writes and wait.
		let stages: ReturnType<typeof addStages> = { added: [], write: () => {} };
		if (valid.stages?.length && valid.stageTable) {
			const settings = planSheet("settings", language);
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
				planSheet("settings", language),
				valid.teamTable,
				valid.owners,
			);
		// The Overview's forecast of each period reads the deal table: it follows the table when it grows.
		const overview = recordedSheet("overview");
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
