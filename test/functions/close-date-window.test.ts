// The close-date window counts calendar days in the script's zone (Europe/Paris), whatever the machine's zone,
// with times of day and across daylight-saving changes: the suite sets the zone itself.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, column } from "./helpers";

let machineZone: string | undefined;
beforeAll(() => {
	machineZone = process.env.TZ;
	process.env.TZ = "Europe/Paris";
});
afterAll(() => {
	if (machineZone === undefined) delete process.env.TZ;
	else process.env.TZ = machineZone;
});

/** A local date and time in the zone set above (month 1-based). */
const at = (year: number, month: number, day: number, hour = 0, minute = 0) =>
	new Date(year, month - 1, day, hour, minute);

type Moment = readonly [number, number, number, number?, number?];

describe.each([
	{
		name: "an ordinary quarter",
		start: [2027, 1, 1],
		end: [2027, 3, 31],
		inside: [
			[2027, 1, 1, 0, 30],
			[2027, 3, 31, 10, 0],
			[2027, 3, 31, 23, 59],
		],
		outside: [
			[2026, 12, 31, 10, 0],
			[2026, 12, 31, 23, 30],
			[2027, 4, 1, 0, 30],
		],
	},
	{
		name: "a period ending on the spring daylight-saving day (28 March 2027, 23 hours)",
		start: [2027, 3, 1],
		end: [2027, 3, 28],
		inside: [
			[2027, 3, 28, 1, 30],
			[2027, 3, 28, 3, 30],
			[2027, 3, 28, 23, 30],
		],
		outside: [[2027, 3, 29, 0, 30]],
	},
	{
		name: "a period starting on the autumn daylight-saving day (31 October 2027, 25 hours)",
		start: [2027, 10, 31],
		end: [2027, 12, 31],
		inside: [
			[2027, 10, 31, 0, 30],
			[2027, 10, 31, 2, 30],
		],
		outside: [
			[2027, 10, 30, 23, 30],
			[2027, 10, 30, 1, 0],
		],
	},
] satisfies {
	name: string;
	start: Moment;
	end: Moment;
	inside: Moment[];
	outside: Moment[];
}[])(
	"WEIGHTED_FORECAST over $name, in Paris",
	({ start, end, inside, outside }) => {
		const forecast = (closes: Moment) =>
			call(
				"WEIGHTED_FORECAST",
				column(1000),
				column(1),
				"",
				column(at(...closes)),
				at(...start),
				at(...end),
			);
		it.each(inside)("counts a deal closing %i-%i-%i at %i:%i", (...closes) => {
			expect(forecast(closes as unknown as Moment)).toBe(1000);
		});
		it.each(outside)(
			"leaves out a deal closing %i-%i-%i at %i:%i",
			(...closes) => {
				expect(forecast(closes as unknown as Moment)).toBe(0);
			},
		);
	},
);
