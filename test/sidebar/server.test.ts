// What the sidebar says when a call fails: the server's own words, or plain words for what a person cannot act on.

import { beforeAll, describe, expect, it } from "vitest";
import { UnexpectedAnswer } from "../../sidebar/answers";
import { errorMessage } from "../../sidebar/server";
import { state } from "../../sidebar/state";

beforeAll(() => {
	state.context = { language: "en", currency: "EUR", start: "2027-01-01" };
});

describe("errorMessage", () => {
	it.each([
		{
			failure: "the server's refusal",
			error: new Error("You do not have permission to edit this spreadsheet."),
			says: "You do not have permission to edit this spreadsheet.",
		},
		{
			failure: "a message passed as text",
			error: "Service unavailable",
			says: "Service unavailable",
		},
		{
			failure: "an object with a message",
			error: { message: "Exceeded maximum execution time" },
			says: "Exceeded maximum execution time",
		},
		{
			failure: "an answer the sidebar cannot read",
			error: new UnexpectedAnswer("previewPlan"),
			says: "the add-in answered in a way this sidebar cannot read. Close and reopen the sidebar: the add-in may have been updated since it opened.",
		},
		{
			failure: "the sidebar's own slip",
			error: new TypeError(
				"Cannot read properties of undefined (reading 'map')",
			),
			says: "something unexpected went wrong in the sidebar. Close and reopen the sidebar, then try again.",
		},
	])("shows $failure as “$says”", ({ error, says }) => {
		expect(errorMessage(error)).toBe(says);
	});
});
