import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	addDays,
	addMonths,
	isoToSerial,
	periodEnd,
	serialToIso,
} from "../../src/plan/dates";

describe("date serials", () => {
	it.each([
		["1899-12-30", 0],
		["1899-12-31", 1],
		["1900-03-01", 61],
		["2027-01-01", 46388],
		["2024-02-29", 45351],
	])("%s is serial %i, and back", (iso, serial) => {
		expect(isoToSerial(iso)).toBe(serial);
		expect(serialToIso(serial)).toBe(iso);
	});

	it("round-trips every day between 1950 and 2150", () => {
		fc.assert(
			fc.property(
				fc.integer({
					min: isoToSerial("1950-01-01"),
					max: isoToSerial("2150-12-31"),
				}),
				(serial) => {
					expect(isoToSerial(serialToIso(serial))).toBe(serial);
				},
			),
		);
	});

	it.each(["2027-02-30", "2027-13-01", "27-01-01", "2027-1-1", ""])(
		"rejects %j",
		(iso) => {
			expect(() => isoToSerial(iso)).toThrow(RangeError);
		},
	);

	it("adds months as EDATE does, clamping to the month's last day", () => {
		expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
		expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
		expect(addMonths("2027-11-15", 3)).toBe("2028-02-15");
		expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
	});

	it.each([
		["annual", "2027-01-01", "2027-12-31"],
		["annual", "2027-04-01", "2028-03-31"],
		["quarterly", "2027-01-01", "2027-03-31"],
		["90-day", "2027-07-01", "2027-09-30"],
		["30-60-90", "2027-01-01", "2027-03-31"],
		["30-60-90", "2027-03-01", "2027-05-29"],
	] as const)("a %s plan starting %s ends %s", (kind, start, end) => {
		expect(periodEnd(kind, start)).toBe(end);
	});
});
