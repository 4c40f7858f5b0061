// `npm run plan -- --deals FILE`: reads a CRM export for the Pipeline tab, or says in one sentence why it cannot.

import { readFile } from "node:fs/promises";
import {
	type ImportPlan,
	missingStages,
	planImport,
	readInput,
} from "../import/index";
import {
	dateReadingMessage,
	fileErrorMessage,
	problemMessage,
	separatorNames,
	sourceNames,
} from "../import/messages";
import type { PipelineStage } from "../plan/context";
import { TEAM_CAPACITY } from "../plan/tabs/settings";
import { ownersOf, teamList } from "../plan/team";
import type { ImportedPipeline, Language } from "../plan/types";

export interface DealsRequest {
	readonly file: string;
	readonly stageProbabilities: readonly string[];
	readonly skipBadRows: boolean;
	readonly planStages: readonly PipelineStage[];
	/** The plan's language: dates that read both ways follow it. */
	readonly language: Language;
	/** The plan's team roles: the export's owners join them on the Settings team list. */
	readonly planRoles: readonly string[];
}

export type DealsOutcome =
	| {
			readonly ok: true;
			readonly pipeline: ImportedPipeline;
			readonly report: string;
	  }
	| { readonly ok: false; readonly message: string };

const fail = (message: string): DealsOutcome => ({ ok: false, message });

/** "Demo done=30" or "Demo done=30%" → ["Demo done", 0.3]; a fraction such as 0.3 is taken as it is. */
export function parseStageProbability(
	option: string,
): [string, number] | string {
	const at = option.lastIndexOf("=");
	const stage = at < 0 ? "" : option.slice(0, at).trim();
	const text =
		at < 0
			? ""
			: option
					.slice(at + 1)
					.trim()
					.replace(/%$/, "");
	const value = Number(text.replace(",", "."));
	if (
		stage === "" ||
		text === "" ||
		!Number.isFinite(value) ||
		value < 0 ||
		value > 100
	)
		return `--stage-probability must be written STAGE=PERCENT, such as "Demo done=30"; got "${option}"`;
	return [stage, value > 1 ? value / 100 : value];
}

function describe(plan: ImportPlan, file: string): string {
	const source = sourceNames[plan.source].en;
	const separator = separatorNames[plan.separator].en;
	const encoding =
		plan.encoding === "text" ? "text" : plan.encoding.toUpperCase();
	const deals =
		plan.deals.length === 1 ? "1 deal" : `${plan.deals.length} deals`;
	return `${file}: ${source}, ${separator}-separated, ${encoding}; dates: ${dateReadingMessage("en", plan.dates)}; ${deals}`;
}

export async function readDeals(request: DealsRequest): Promise<DealsOutcome> {
	const given: Record<string, number> = {};
	for (const option of request.stageProbabilities) {
		const parsed = parseStageProbability(option);
		if (typeof parsed === "string") return fail(parsed);
		given[parsed[0]] = parsed[1];
	}
	let bytes: Uint8Array;
	try {
		bytes = await readFile(request.file);
	} catch {
		return fail(`--deals: cannot read ${request.file}`);
	}
	const table = readInput(bytes);
	if ("kind" in table)
		return fail(`${request.file}: ${fileErrorMessage("en", table)}`);
	const outcome = planImport(table, {
		language: request.language,
		planStages: request.planStages,
		given,
	});
	if (!outcome.ok)
		return fail(`${request.file}: ${fileErrorMessage("en", outcome.error)}`);
	const lines: string[] = [describe(outcome, request.file)];
	if (outcome.problems.length > 0) {
		const listed = outcome.problems.map(
			(problem) => `  ${problemMessage("en", problem)}`,
		);
		if (!request.skipBadRows) {
			return fail(
				`${request.file}: ${outcome.problems.length} rows cannot be imported; fix them, or leave them out with --skip-bad-rows:\n${listed.join("\n")}`,
			);
		}
		const rows = new Set(outcome.problems.map((p) => p.line)).size;
		lines.push(`Left out ${rows} rows:`, ...listed);
	}
	const unknown = missingStages(outcome);
	if (unknown.length > 0) {
		const example = unknown[0] as string;
		return fail(
			`${request.file}: no probability is known for the stages ${unknown.map((s) => `"${s}"`).join(", ")}; give each one, such as --stage-probability "${example}=30"`,
		);
	}
	const team = teamList(
		request.planRoles,
		ownersOf(outcome.deals),
		TEAM_CAPACITY,
	);
	if (team.added.length > 0)
		lines.push(
			`Owners added to the team list on Settings: ${team.added.join(", ")}`,
		);
	if (team.leftOut.length > 0)
		lines.push(
			`The team list on Settings holds ${TEAM_CAPACITY} people; these owners did not fit, and the owner dropdown flags their deals: ${team.leftOut.join(", ")}`,
		);
	const stages = outcome.stages.map((s) => ({
		name: s.stage,
		probability: s.probability as number,
	}));
	return {
		ok: true,
		pipeline: { deals: outcome.deals, stages },
		report: `${lines.join("\n")}\n`,
	};
}
