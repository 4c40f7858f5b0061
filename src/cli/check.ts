// `npm run check`: the plan's health check on an .xlsx file a person edited, one finding a line or as JSON.

import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { planFindings } from "../health/check";
import { serialOfDay } from "../health/plan-cells";
import { readXlsx } from "../health/read-xlsx";
import { recognisePlan } from "../health/recognise";
import { isCalendarDate, isoToSerial } from "../plan/dates";
import {
	type Output,
	parseOptions,
	runCommand,
	UsageError,
} from "./run-command";

export const USAGE = `Usage: npm run check -- FILE.xlsx [--today YYYY-MM-DD] [--json]

Checks a sales action plan made by this add-in: at most three priorities, every action with an owner, a
deadline and a KPI from the KPI tab, every KPI with a target and an alert threshold, no action overdue, no open
deal past its close date or without a next step, seasonality weights adding up to 100%.

Prints one finding a line (Actions!C7: action without an owner), then how many there are on standard error, and
exits with 1 when there is any, 0 when there is none, 2 when FILE is not a plan of this add-in.

Options:
  --today DATE   the day to judge deadlines against, YYYY-MM-DD (default: today)
  --json         an array of {"tab", "cell", "rule", "message"} instead of lines
  -h, --help     print this help
`;

interface Request {
	readonly file: string;
	readonly today: number;
	readonly json: boolean;
}

function parse(argv: readonly string[]): Request | "help" {
	const { values, positionals } = parseOptions(
		argv,
		{
			today: { type: "string" },
			json: { type: "boolean" },
			help: { type: "boolean", short: "h" },
		},
		true,
	);
	if (values.help) return "help";
	const [file, ...extra] = positionals;
	if (file === undefined) throw new UsageError("FILE.xlsx is required");
	if (extra.length > 0)
		throw new UsageError(`one file at a time; got ${positionals.length}`);
	if (values.today !== undefined && !isCalendarDate(values.today))
		throw new UsageError(
			`--today must be a calendar date as YYYY-MM-DD, such as 2027-03-31; got "${values.today}"`,
		);
	const now = new Date();
	return {
		file,
		today:
			values.today === undefined
				? serialOfDay(now.getFullYear(), now.getMonth(), now.getDate())
				: isoToSerial(values.today),
		json: values.json ?? false,
	};
}

async function check(request: Request, output: Output): Promise<number> {
	if (!existsSync(request.file)) {
		output.err(`check: ${request.file} does not exist.\n`);
		return 2;
	}
	let workbook: Awaited<ReturnType<typeof readXlsx>>;
	try {
		workbook = await readXlsx(request.file);
	} catch {
		output.err(
			`check: ${request.file} is not a plan of this add-in: it cannot be read as an .xlsx workbook.\n`,
		);
		return 2;
	}
	const plan = recognisePlan(workbook);
	if (!plan) {
		output.err(
			`check: ${request.file} is not a plan of this add-in: it has no Settings tab as the add-in writes it.\n`,
		);
		return 2;
	}
	const findings = planFindings(plan, request.today);
	if (request.json) output.out(`${JSON.stringify(findings, null, 2)}\n`);
	else {
		for (const finding of findings)
			output.out(`${finding.tab}!${finding.cell}: ${finding.message}\n`);
		// On standard error, so that standard output stays one finding a line for a script to read.
		output.err(`check: ${request.file}: ${countOf(findings.length)}\n`);
	}
	return findings.length > 0 ? 1 : 0;
}

const countOf = (findings: number): string =>
	findings === 0
		? "no finding, every rule holds."
		: `${findings} finding${findings === 1 ? "" : "s"}.`;

/** Runs the check; returns the exit status: 0 no finding, 1 findings, 2 not a plan or bad options. */
export const main = runCommand("check", USAGE, parse, check);

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
	process.exitCode = await main(process.argv.slice(2));
}
