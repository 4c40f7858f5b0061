import { describe, expect, it } from "vitest";
import { dateEvidence, dateReading, parseDate } from "../../src/import/dates";

const dayFirst = { order: "day-first", decidedBy: "file" } as const;
const monthFirst = { order: "month-first", decidedBy: "file" } as const;

describe("parseDate", () => {
	it.each([
		["2027-03-15", monthFirst, "2027-03-15"],
		["2027-03-15 00:00", monthFirst, "2027-03-15"],
		["2027-03-15T09:30:00Z", monthFirst, "2027-03-15"],
		["2027-3-5", dayFirst, "2027-03-05"],
		["15/03/2027", dayFirst, "2027-03-15"],
		["3/15/2027", monthFirst, "2027-03-15"],
		["3/4/2027", monthFirst, "2027-03-04"],
		["3/4/2027", dayFirst, "2027-04-03"],
		["15.03.2027", dayFirst, "2027-03-15"],
		["3/15/2027 9:00 AM", monthFirst, "2027-03-15"],
	])("%s read %o is %s", (text, reading, iso) => {
		expect(parseDate(text, reading)).toBe(iso);
	});

	it.each([
		["2027-02-30", monthFirst],
		["15/03/2027", monthFirst],
		["next week", dayFirst],
		["03/2027", dayFirst],
		["2027/13/01", dayFirst],
	])("%s read %o is not a date", (text, reading) => {
		expect(parseDate(text, reading)).toBeNull();
	});
});

describe("dateReading: one reading per file", () => {
	const values = (...texts: string[]) =>
		texts.map((text, i) => ({ line: i + 2, text }));
	it.each([
		[["15/03/2027", "02/04/2027"], "en", "day-first", "file"],
		[["3/15/2027", "02/04/2027"], "fr", "month-first", "file"],
		[["02/04/2027", "01/01/2027"], "en", "month-first", "language"],
		[["02/04/2027", "01/01/2027"], "fr", "day-first", "language"],
		[["2027-04-02"], "fr", "day-first", "iso-only"],
	] as const)(
		"%o in %s: %s, decided by %s",
		(texts, language, order, decidedBy) => {
			expect(dateReading(dateEvidence(values(...texts)), language)).toEqual({
				order,
				decidedBy,
			});
		},
	);

	it("finds the first line proving each order, so a file with both can be refused", () => {
		const evidence = dateEvidence(
			values("01/02/2027", "15/03/2027", "3/15/2027"),
		);
		expect(evidence).toMatchObject({ dayFirstLine: 3, monthFirstLine: 4 });
	});
});
