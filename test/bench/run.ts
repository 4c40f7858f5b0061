// npm run bench: prints the speed and size figures the README quotes. Figures only, no pass/fail.
// Each section imports what it needs when it runs: the writer, exceljs and HyperFormula loaded up front made the
// functions' timings depend on a heap they never use.

import { readFileSync } from "node:fs";
import vm from "node:vm";

const DEALS = 100_000;
const RUNS = 25;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(fn: () => unknown): number {
	const start = process.hrtime.bigint();
	fn();
	return Number(process.hrtime.bigint() - start) / 1e6;
}

const code = readFileSync("dist/Code.js", "utf8");

// The bundle is evaluated in a fresh context on every custom-function call, as Apps Script does.
const script = new vm.Script(code, { filename: "Code.js" });
const evaluations = Array.from({ length: 30 }, () =>
	time(() => script.runInContext(vm.createContext({}))),
);

// FORECAST_BY_MONTH's stub reads the spreadsheet's time zone: here the machine's, so the bare loop's months agree.
const spreadsheetZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const context = vm.createContext({
	SpreadsheetApp: {
		getActiveSpreadsheet: () => ({
			getSpreadsheetTimeZone: () => spreadsheetZone,
		}),
	},
});
script.runInContext(context);
vm.runInContext(
	`
  var stages = [["Lead", 0.1], ["Meeting", 0.2], ["Proposal", 0.5], ["Negotiation", 0.7], ["Won", 1], ["Lost", 0]];
  var amounts = [], names = [], dates = [];
  for (var i = 0; i < ${DEALS}; i++) {
    amounts.push([1000 + (i % 97) * 250.5]);
    names.push([stages[i % stages.length][0]]);
    dates.push([new Date(2027, i % 12, 1 + (i % 28))]);
  }
  var start = new Date(2027, 0, 1), end = new Date(2027, 5, 30);
  var words = ["Closed", "Commit", "Best case", "Pipeline", "Omitted"];
  var categories = [];
  for (var i = 0; i < ${DEALS}; i++) categories.push([words[i % words.length]]);

  // What each function does, without its checks: the floor any implementation pays.
  function probabilities(table) {
    var probability = new Map();
    for (var s = 0; s < table.length; s++) probability.set(String(table[s][0]).trim().toLowerCase(), table[s][1]);
    return probability;
  }
  // Each name as typed, matched once: the add-in does the same, so the ratio measures its checks, not this.
  function lookup(probability) {
    var matched = new Map();
    return function (name) {
      var p = matched.get(name);
      if (p === undefined) { p = probability.get(name.trim().toLowerCase()); matched.set(name, p); }
      return p;
    };
  }
  function bareLoop(amounts, names, table, dates, start, end) {
    var probabilityOf = lookup(probabilities(table));
    var from = start.getTime(), to = end.getTime() + 86400000, total = 0;
    for (var i = 0; i < amounts.length; i++) {
      var amount = amounts[i][0];
      if (amount === "") continue;
      var p = probabilityOf(names[i][0]);
      var closes = dates[i][0].getTime();
      if (closes < from || closes >= to) continue;
      total += amount * p;
    }
    return total;
  }
  function bareCategories(amounts, categories, dates, start, end) {
    var column = new Map([["Closed", 0], ["Commit", 1], ["Best case", 2], ["Pipeline", 3], ["Omitted", 4]]);
    var from = start.getTime(), to = end.getTime() + 86400000, sums = [0, 0, 0, 0, 0];
    for (var i = 0; i < amounts.length; i++) {
      var amount = amounts[i][0];
      if (amount === "") continue;
      var c = column.get(categories[i][0]);
      var closes = dates[i][0].getTime();
      if (closes < from || closes >= to) continue;
      sums[c] += amount;
    }
    return [[sums[0]], [sums[0] + sums[1]], [sums[0] + sums[1] + sums[2]], [sums[1] + sums[2] + sums[3]]];
  }
  function bareMonths(amounts, names, table, dates, first, months) {
    var probabilityOf = lookup(probabilities(table));
    var base = first.getFullYear() * 12 + first.getMonth(), totals = [];
    for (var k = 0; k < months; k++) totals.push(0);
    for (var i = 0; i < amounts.length; i++) {
      var amount = amounts[i][0];
      if (amount === "") continue;
      var p = probabilityOf(names[i][0]);
      var date = dates[i][0];
      var month = date.getFullYear() * 12 + date.getMonth() - base;
      if (month >= 0 && month < months) totals[month] += amount * p;
    }
    return [totals];
  }
  `,
	context,
);

const run = (expression: string) => () => vm.runInContext(expression, context);
const ms = (value: number) => `${value.toFixed(2)} ms`;

/** Times the add-in against a reference on the same data, interleaved so that the machine's load hits both alike. */
function compare(
	title: string,
	addIn: string,
	reference: string,
	referenceLabel: string,
	target: number,
	agree: (a: unknown, b: unknown) => boolean,
): void {
	const [first, second] = [run(addIn), run(reference)];
	if (!agree(first(), second()))
		throw new Error(`bench: ${addIn} and ${reference} disagree`);
	for (let i = 0; i < 3; i++) {
		first();
		second();
	}
	const addInTimes: number[] = [];
	const referenceTimes: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		addInTimes.push(time(first));
		referenceTimes.push(time(second));
	}
	const label = `${referenceLabel}:`.padEnd(11);
	// The fastest run is the one other processes on the machine disturbed least: the ratio compares those.
	const fastest = (times: number[]) => Math.min(...times);
	console.log(title);
	console.log(
		`  add-in:    ${ms(fastest(addInTimes))} fastest, ${ms(median(addInTimes))} median of ${RUNS}`,
	);
	console.log(
		`  ${label}${ms(fastest(referenceTimes))} fastest, ${ms(median(referenceTimes))} median`,
	);
	console.log(
		`  ratio:     ${(fastest(addInTimes) / fastest(referenceTimes)).toFixed(2)}× (target ≤ ${target}×)`,
	);
}

const sameFigures = (a: unknown, b: unknown) =>
	JSON.stringify(a, (_, value) =>
		typeof value === "number" ? Math.round(value * 1e4) : value,
	) ===
	JSON.stringify(b, (_, value) =>
		typeof value === "number" ? Math.round(value * 1e4) : value,
	);
const deals = `${DEALS.toLocaleString("en")} deals`;

compare(
	`WEIGHTED_FORECAST, ${deals}, stage names + close-date window`,
	"WEIGHTED_FORECAST(amounts, names, stages, dates, start, end)",
	"bareLoop(amounts, names, stages, dates, start, end)",
	"bare loop",
	1.5,
	sameFigures,
);
compare(
	`FORECAST_CATEGORIES, ${deals}, close-date window`,
	"FORECAST_CATEGORIES(amounts, categories, dates, start, end)",
	"bareCategories(amounts, categories, dates, start, end)",
	"bare loop",
	1.5,
	sameFigures,
);
compare(
	`FORECAST_BY_MONTH, ${deals}, stage names, 12 months`,
	"FORECAST_BY_MONTH(amounts, names, stages, dates, start, 12)",
	"bareMonths(amounts, names, stages, dates, start, 12)",
	"bare loop",
	1.5,
	sameFigures,
);
compare(
	`FORECAST_RANGE, ${deals}, stage names + close-date window (against WEIGHTED_FORECAST)`,
	"FORECAST_RANGE(amounts, names, stages, dates, start, end)",
	"WEIGHTED_FORECAST(amounts, names, stages, dates, start, end)",
	"forecast",
	3,
	(range, forecast) => (range as number[][])[0]?.[1] === forecast,
);
// HIRING_PLAN decides every hire exactly (s kept as a 12th root): its cost for the longest calendar it takes.
vm.runInContext(
	"var targets36 = [[]]; for (var m = 0; m < 36; m++) targets36[0].push(100000 + (m % 12) * 7500.5);",
	context,
);
for (const [label, call] of [
	["no attrition", "HIRING_PLAN(targets36, 20000, 0.85, 4, 0, 2, 2)"],
	["20% attrition", "HIRING_PLAN(targets36, 20000, 0.85, 4, 0.2, 2, 2)"],
] as const) {
	const once = run(call);
	once();
	const times = Array.from({ length: RUNS }, () => time(once));
	console.log(`HIRING_PLAN, 36 months, 4-month ramp, ${label}`);
	console.log(
		`  add-in:    ${ms(Math.min(...times))} fastest, ${ms(median(times))} median of ${RUNS}`,
	);
}
// Measured after the functions, so that the garbage of 30 scripts does not land in their timings.
// Without a code cache the runtime also parses the file each time: a new Script per run (the comment defeats
// node's own cache), so the size's cost shows.
const compilations = Array.from({ length: 30 }, (_, i) =>
	time(() =>
		new vm.Script(`${code}\n// run ${i}`, {
			filename: "Code.js",
		}).runInContext(vm.createContext({})),
	),
);
console.log("dist/Code.js");
console.log(
	`  size:       ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB (target < 60 KB)`,
);
console.log(
	`  evaluation: ${ms(median(evaluations))} (median of ${evaluations.length}, fresh context each)`,
);
console.log(
	`  parse + evaluation: ${ms(median(compilations))} (median of ${compilations.length}, no code cache)`,
);

// The annual plan written to the recording fake: every call on a Spreadsheet, Sheet, Range or Protection counts.
const { buildPlan } = await import("../../src/plan/build-plan");
const { defaultChoices } = await import("../../src/plan/defaults");
const { defaultTabNames } = await import("../../src/plan/tab-names");
const { install } = await import("../../src/preview/fakes/services");
const { applyPlan } = await import("../../src/sheets");
const fakes = install();
const plan = buildPlan(
	defaultChoices("annual", "en", "2027-01-01"),
	defaultTabNames("en"),
);
fakes.calls.reset();
applyPlan(fakes.document, plan);
const documentCalls = fakes.calls.byKind.document;
console.log(
	`Annual plan written to the recording fake (${plan.tabs.length} tabs)`,
);
console.log(
	`  Spreadsheet-service calls: ${documentCalls} (${(documentCalls / plan.tabs.length).toFixed(1)} per tab, target ≤ 17)`,
);
console.log(
	`  reads after the first write: ${fakes.calls.readsAfterWrites} (target 0)`,
);
console.log(
	`  builder calls (validations, rules): ${fakes.calls.byKind.builder}`,
);

const { benchImport } = await import("./import");
await benchImport();
