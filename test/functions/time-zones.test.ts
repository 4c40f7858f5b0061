// Dates cross time zones as in Apps Script: a date cell reaches a custom function as midnight in the spreadsheet's
// zone while the script runs in appsscript.json's zone. A deal closing on a period's last day counts, the next not.

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { functions } from "../../src/functions";
import { isoToSerial } from "../../src/plan/dates";
import { addSheet } from "../../src/preview/fakes/person";
import { install } from "../../src/preview/fakes/services";
import { sheetsRules } from "../../src/preview/fakes/sheets-rules";
import { passedToFunction } from "../../src/preview/fakes/time-zones";

const SCRIPT_ZONE = JSON.parse(readFileSync("appsscript.json", "utf8"))
	.timeZone as string;
let machineZone: string | undefined;
beforeAll(() => {
	machineZone = process.env.TZ;
	process.env.TZ = SCRIPT_ZONE;
});
afterAll(() => {
	if (machineZone === undefined) delete process.env.TZ;
	else process.env.TZ = machineZone;
});

const ZONES = ["Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati"];

/** Periods whose last day is ordinary, the script zone's daylight-saving day, and Los Angeles'. */
const PERIODS = [
	{ start: "2027-04-01", end: "2027-06-30" },
	{ start: "2027-03-01", end: "2027-03-28" },
	{ start: "2027-01-01", end: "2027-03-14" },
];

const dayBefore = (iso: string, days: number): string => {
	const time = Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000;
	return new Date(time).toISOString().slice(0, 10);
};

/**
 * Four deals at 100%: the day before the period (1), its first day (10), its last day (100), the day after (1000).
 * Written to a fake spreadsheet in `timeZone`, read back as Sheets passes them.
 */
function pipeline(timeZone: string, period: { start: string; end: string }) {
	const fakes = install();
	fakes.spreadsheet.timeZone = timeZone;
	const sheet = addSheet(fakes.spreadsheet, "Deals");
	const days = [
		dayBefore(period.start, 1),
		period.start,
		period.end,
		dayBefore(period.end, -1),
	];
	const range = sheet.getRange(1, 1, 4, 4);
	range.setNumberFormats(days.map(() => ["0", "0%", "yyyy-mm-dd", "@"]));
	range.setValues(
		days.map((day, i) => [10 ** i, 1, isoToSerial(day), "Closed"]),
	);
	const column = (c: number) =>
		passedToFunction(
			Array.from({ length: 4 }, (_, r) => [sheet.cell(r + 1, c)]),
			timeZone,
		);
	const dates = passedToFunction(
		[
			[{ value: isoToSerial(period.start), format: "yyyy-mm-dd" }],
			[{ value: isoToSerial(period.end), format: "yyyy-mm-dd" }],
		],
		timeZone,
	).map((row) => row[0]);
	return {
		amounts: column(1),
		probabilities: column(2),
		closeDates: column(3),
		categories: column(4),
		start: dates[0],
		end: dates[1],
	};
}

const cases = ZONES.flatMap((zone) =>
	PERIODS.map((period) => ({ zone, ...period })),
);

describe(`dates in the spreadsheet's zone, the script in ${SCRIPT_ZONE} (${sheetsRules.dates.source})`, () => {
	it.each(cases)(
		"WEIGHTED_FORECAST counts the deals of $start to $end, both days included, in $zone",
		({ zone, start, end }) => {
			const deals = pipeline(zone, { start, end });
			expect(
				functions.WEIGHTED_FORECAST?.(
					deals.amounts,
					deals.probabilities,
					"",
					deals.closeDates,
					deals.start,
					deals.end,
				),
			).toBe(110);
		},
	);

	it.each(cases)(
		"FORECAST_CATEGORIES and FORECAST_RANGE count the same deals in $zone ($start to $end)",
		({ zone, start, end }) => {
			const deals = pipeline(zone, { start, end });
			expect(
				functions.FORECAST_CATEGORIES?.(
					deals.amounts,
					deals.categories,
					deals.closeDates,
					deals.start,
					deals.end,
				),
			).toEqual([[110], [110], [110], [0]]);
			const range = functions.FORECAST_RANGE?.(
				deals.amounts,
				deals.probabilities,
				"",
				deals.closeDates,
				deals.start,
				deals.end,
			) as number[][];
			expect(range[0]?.[1]).toBe(110);
		},
	);
});

/** Two months from a first month: each one's first and last days count in it, the days around them nowhere. */
const MONTH_PAIRS = [
	// Paris springs forward on 28 March, Los Angeles on 14 March.
	{
		first: "2027-03-01",
		days: [
			"2027-02-28",
			"2027-03-01",
			"2027-03-31",
			"2027-04-01",
			"2027-04-30",
			"2027-05-01",
		],
	},
	// Paris falls back on 31 October, Los Angeles on 7 November.
	{
		first: "2027-10-01",
		days: [
			"2027-09-30",
			"2027-10-01",
			"2027-10-31",
			"2027-11-01",
			"2027-11-30",
			"2027-12-01",
		],
	},
	// The first of July, which a Paris calendar put in June for a Tokyo spreadsheet.
	{
		first: "2027-07-01",
		days: [
			"2027-06-30",
			"2027-07-01",
			"2027-07-31",
			"2027-08-01",
			"2027-08-31",
			"2027-09-01",
		],
	},
];

/** The deals of MONTH_PAIRS at 100% (1, 10, 100, …), as Sheets passes them from a spreadsheet in `timeZone`. */
function monthDeals(timeZone: string, days: readonly string[], first: string) {
	const fakes = install();
	fakes.spreadsheet.timeZone = timeZone;
	const sheet = addSheet(fakes.spreadsheet, "Deals");
	const range = sheet.getRange(1, 1, days.length + 1, 2);
	range.setNumberFormats([...days, first].map(() => ["0", "yyyy-mm-dd"]));
	range.setValues([
		...days.map((day, i) => [10 ** i, isoToSerial(day)]),
		["", isoToSerial(first)],
	]);
	const cells = passedToFunction(
		Array.from({ length: days.length + 1 }, (_, r) => [
			sheet.cell(r + 1, 1),
			sheet.cell(r + 1, 2),
		]),
		timeZone,
	);
	return {
		amounts: cells.slice(0, days.length).map((row) => [row[0]]),
		probabilities: days.map(() => [1]),
		closeDates: cells.slice(0, days.length).map((row) => [row[1]]),
		firstMonth: cells[days.length]?.[1],
		// What the generated stub reads and passes after the arguments.
		spreadsheetZone: fakes.spreadsheet.getSpreadsheetTimeZone(),
	};
}

// The script's own zone counts months with Date methods; Monaco, Paris' rules under another name, with a formatter.
const monthCases = [
	...ZONES,
	"Pacific/Niue",
	SCRIPT_ZONE,
	"Europe/Monaco",
].flatMap((zone) => MONTH_PAIRS.map((pair) => ({ zone, ...pair })));

describe(`FORECAST_BY_MONTH counts the spreadsheet's calendar months, the script in ${SCRIPT_ZONE}`, () => {
	it.each(monthCases)(
		"puts the first and last days of each month in it from $first, in $zone",
		({ zone, days, first }) => {
			const deals = monthDeals(zone, days, first);
			expect(
				functions.FORECAST_BY_MONTH?.(
					deals.amounts,
					deals.probabilities,
					"",
					deals.closeDates,
					deals.firstMonth,
					2,
					deals.spreadsheetZone,
				),
			).toEqual([[110, 11000]]);
		},
	);

	it("would put the first of July in June for Tokyo if it used the script's months", () => {
		// Why the zone is passed: the same cells without it, read in the script's calendar.
		const deals = monthDeals(
			"Asia/Tokyo",
			MONTH_PAIRS[2]?.days ?? [],
			"2027-07-01",
		);
		expect(
			functions.FORECAST_BY_MONTH?.(
				deals.amounts,
				deals.probabilities,
				"",
				deals.closeDates,
				deals.firstMonth,
				2,
			),
		).not.toEqual([[110, 11000]]);
	});

	it("names an unknown zone instead of counting in another", () => {
		expect(() =>
			functions.FORECAST_BY_MONTH?.(
				1,
				1,
				"",
				new Date(2027, 0, 5),
				new Date(2027, 0, 1),
				1,
				"Mars/Olympus",
			),
		).toThrow(
			'FORECAST_BY_MONTH: the spreadsheet\'s time zone "Mars/Olympus" is unknown to the script',
		);
	});
});
