// npm run bench: prints the speed and size figures the README quotes. Figures only, no pass/fail.

import { readFileSync } from "node:fs";
import vm from "node:vm";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import { install } from "../../src/preview/fakes/services";
import { applyPlan } from "../../src/sheets";

const DEALS = 100_000;
const RUNS = 15;

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

const context = vm.createContext({});
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

  // What WEIGHTED_FORECAST does, without its checks: the floor any implementation pays.
  function bareLoop(amounts, names, table, dates, start, end) {
    var probability = new Map();
    for (var s = 0; s < table.length; s++) probability.set(String(table[s][0]).trim().toLowerCase(), table[s][1]);
    var from = start.getTime(), to = end.getTime() + 86400000, total = 0;
    for (var i = 0; i < amounts.length; i++) {
      var amount = amounts[i][0];
      if (amount === "") continue;
      var p = probability.get(names[i][0].trim().toLowerCase());
      var closes = dates[i][0].getTime();
      if (closes < from || closes >= to) continue;
      total += amount * p;
    }
    return total;
  }
  `,
	context,
);

const forecast = () =>
	vm.runInContext(
		"WEIGHTED_FORECAST(amounts, names, stages, dates, start, end)",
		context,
	);
const bare = () =>
	vm.runInContext(
		"bareLoop(amounts, names, stages, dates, start, end)",
		context,
	);
if (Math.abs((forecast() as number) - (bare() as number)) > 1e-6)
	throw new Error("bench: the two loops disagree");
for (let i = 0; i < 3; i++) {
	forecast();
	bare();
}
const forecastTimes: number[] = [];
const bareTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
	forecastTimes.push(time(forecast));
	bareTimes.push(time(bare));
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(
	`WEIGHTED_FORECAST, ${DEALS.toLocaleString("en")} deals, stage names + close-date window`,
);
console.log(`  add-in:    ${ms(median(forecastTimes))} (median of ${RUNS})`);
console.log(`  bare loop: ${ms(median(bareTimes))}`);
console.log(
	`  ratio:     ${(median(forecastTimes) / median(bareTimes)).toFixed(2)}× (target ≤ 1.5×)`,
);
console.log("dist/Code.js");
console.log(
	`  size:       ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB (target < 60 KB)`,
);
console.log(
	`  evaluation: ${ms(median(evaluations))} (median of ${evaluations.length}, fresh context each)`,
);

// The annual plan written to the recording fake: every call on a Spreadsheet, Sheet, Range or Protection counts.
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
