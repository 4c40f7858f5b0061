// `npm run plan`: writes the plan the sidebar would make as an .xlsx or .json file, for people whose company blocks add-ins.

import { existsSync, statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { writeJson } from "../export/json";
import { writeXlsx } from "../export/xlsx";
import { buildPlan } from "../plan/build-plan";
import { normalizeStages } from "../plan/context";
import { isCalendarDate } from "../plan/dates";
import { defaultChoices } from "../plan/defaults";
import { defaultTabNames } from "../plan/tab-names";
import type { ImportedPipeline, Language, PlanKind } from "../plan/types";
import { computePlan } from "../workbook/compute-plan";
import { readDeals } from "./deals";
import {
	type Output,
	parseOptions,
	runCommand,
	UsageError,
} from "./run-command";

const KINDS: readonly PlanKind[] = [
	"annual",
	"quarterly",
	"30-60-90",
	"90-day",
];
const LANGUAGES: readonly Language[] = ["fr", "en"];
const FORMATS = [".xlsx", ".json"] as const;

export const USAGE = `Usage: npm run plan -- --kind KIND --lang LANG --out FILE [options]

Writes the sales action plan the add-in's sidebar would make, as a file.

Required:
  --kind KIND       annual | quarterly | 30-60-90 | 90-day
  --lang LANG       fr | en (labels, tab names, date format)
  --out FILE        FILE.xlsx: an Excel workbook that also opens in LibreOffice Calc. Every tab, with
                    native formulas only: the add-in's WEIGHTED_FORECAST, FUNNEL_TARGETS,
                    HEADCOUNT_NEEDED and HIRING_PLAN are rewritten as standard formulas, so no
                    add-in is needed.
                    FILE.json: {"sheets":[{"name","values","formulas"}]}: every value computed, and each
                    cell's formula as the Sheets add-in writes it (custom functions included), null
                    where the cell holds no formula.

Options:
  --currency CODE   ISO 4217 currency code (default EUR)
  --start DATE      first day of the period, YYYY-MM-DD (default: the first day of next year for an
                    annual plan, of next month for the others)
  --examples        add example rows, marked as examples (default: none)
  --deals FILE      fills the Pipeline tab with the deals of a CRM export (CSV or TSV: a Salesforce
                    report, a HubSpot or Pipedrive deals export, or any table with an amount column)
  --stage-probability "STAGE=PERCENT"
                    the probability of a stage the export uses and the plan does not know; repeatable
  --skip-bad-rows   import the export's other deals when some rows cannot be read (otherwise nothing
                    is written and each such row is listed)
  --force           overwrite FILE if it exists
  -h, --help        print this help

Examples:
  npm run plan -- --kind annual --lang fr --start 2027-01-01 --out plan.xlsx
  npm run plan -- --kind annual --lang en --deals export.csv --stage-probability "Demo done=30" --out plan.xlsx
`;

const pad = (n: number): string => String(n).padStart(2, "0");

/** The first day of next year (annual plans) or of next month (the others), from today's local date. */
export function defaultStart(kind: PlanKind, today: Date = new Date()): string {
	if (kind === "annual") return `${today.getFullYear() + 1}-01-01`;
	const next = new Date(today.getFullYear(), today.getMonth() + 1, 1);
	return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-01`;
}

function oneOf<T extends string>(
	value: string | undefined,
	allowed: readonly T[],
	option: string,
): T {
	if (value === undefined)
		throw new UsageError(`--${option} is required (${allowed.join(", ")})`);
	if (!(allowed as readonly string[]).includes(value))
		throw new UsageError(
			`--${option} must be one of ${allowed.join(", ")}; got "${value}"`,
		);
	return value as T;
}

function currencyCode(value: string): string {
	const code = value.trim().toUpperCase();
	if (
		!/^[A-Z]{3}$/.test(code) ||
		!Intl.supportedValuesOf("currency").includes(code)
	) {
		throw new UsageError(
			`--currency must be an ISO 4217 code such as EUR or USD; got "${value}"`,
		);
	}
	return code;
}

function startDate(value: string): string {
	if (!isCalendarDate(value)) {
		throw new UsageError(
			`--start must be a calendar date as YYYY-MM-DD, such as 2027-01-01; got "${value}"`,
		);
	}
	return value;
}

interface Request {
	readonly kind: PlanKind;
	readonly language: Language;
	readonly currency: string | undefined;
	readonly start: string;
	readonly examples: boolean;
	readonly deals: string | undefined;
	readonly stageProbabilities: readonly string[];
	readonly skipBadRows: boolean;
	readonly file: string;
	readonly format: (typeof FORMATS)[number];
}

function parse(argv: readonly string[]): Request | "help" {
	const { values } = parseOptions(
		argv,
		{
			kind: { type: "string" },
			lang: { type: "string" },
			currency: { type: "string" },
			start: { type: "string" },
			examples: { type: "boolean" },
			out: { type: "string" },
			deals: { type: "string" },
			"stage-probability": { type: "string", multiple: true },
			"skip-bad-rows": { type: "boolean" },
			force: { type: "boolean" },
			help: { type: "boolean", short: "h" },
		},
		false,
	);
	if (values.help) return "help";
	const kind = oneOf(values.kind, KINDS, "kind");
	const language = oneOf(values.lang, LANGUAGES, "lang");
	if (values.out === undefined || values.out === "")
		throw new UsageError("--out FILE is required (FILE.xlsx or FILE.json)");
	const format = FORMATS.find(
		(ext) => ext === extname(values.out as string).toLowerCase(),
	);
	if (!format)
		throw new UsageError(
			`--out must end in .xlsx or .json; got "${values.out}"`,
		);
	const file = resolve(values.out);
	if (!existsSync(dirname(file)) || !statSync(dirname(file)).isDirectory())
		throw new UsageError(`--out: the folder ${dirname(file)} does not exist`);
	if (existsSync(file) && !values.force)
		throw new UsageError(
			`${values.out} already exists; use --force to overwrite it`,
		);
	return {
		kind,
		language,
		currency:
			values.currency === undefined ? undefined : currencyCode(values.currency),
		start:
			values.start === undefined ? defaultStart(kind) : startDate(values.start),
		examples: values.examples ?? false,
		deals: values.deals,
		stageProbabilities: values["stage-probability"] ?? [],
		skipBadRows: values["skip-bad-rows"] ?? false,
		file,
		format,
	};
}

async function write(request: Request, output: Output): Promise<number> {
	try {
		const defaults = defaultChoices(
			request.kind,
			request.language,
			request.start,
		);
		const choices = {
			...defaults,
			currency: request.currency ?? defaults.currency,
			examples: request.examples,
		};
		let imported: ImportedPipeline | undefined;
		if (request.deals !== undefined) {
			const deals = await readDeals({
				file: request.deals,
				stageProbabilities: request.stageProbabilities,
				skipBadRows: request.skipBadRows,
				planStages: normalizeStages(choices).pipeline,
				language: request.language,
				planRoles: choices.roles,
			});
			if (!deals.ok) {
				output.err(`plan: ${deals.message}\n`);
				return 2;
			}
			output.out(deals.report);
			imported = deals.pipeline;
		}
		const plan = buildPlan(
			choices,
			defaultTabNames(request.language),
			imported,
		);
		const computed = computePlan(plan, { knownValues: true });
		if (request.format === ".json")
			await writeJson(plan, request.file, computed);
		else await writeXlsx(plan, request.file, computed);
		const problems = computed.flatMap((tab) =>
			tab.errors.map((problem) => ({ tab: tab.name, ...problem })),
		);
		for (const problem of problems) {
			output.err(
				`plan: ${problem.tab}!R${problem.row + 1}C${problem.column + 1} computes to an error: ${problem.message.split("\n")[0]}\n`,
			);
		}
		output.out(`Wrote ${request.file}\n`);
		return problems.length > 0 ? 1 : 0;
	} catch (error) {
		output.err(
			`plan: ${error instanceof Error ? error.message : String(error)}\n`,
		);
		return 1;
	}
}

/** Runs the command; returns the exit status: 0 written, 1 failed, 2 bad options or deals that cannot be imported. */
export const main = runCommand("plan", USAGE, parse, write);

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
	process.exitCode = await main(process.argv.slice(2));
}
