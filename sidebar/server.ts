// The one typed way to call the server: google.script.run, as promises, checked against ServerApi.

import type { ServerApi } from "../src/api";
import { answerSchemas, UnexpectedAnswer } from "./answers";
import { text } from "./state";

/** The part of google.script.run the sidebar uses (the page has no types for it). */
interface ScriptRunner {
	withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
	withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
	[name: string]: unknown;
}

interface GoogleClient {
	readonly script: {
		readonly run: ScriptRunner;
	};
}

/** Module-scoped: the global `google` that Apps Script's HtmlService page defines. */
declare const google: GoogleClient | undefined;

/** Turns whatever the failure handler received into a message a person can read. */
export function errorMessage(error: unknown): string {
	if (error instanceof UnexpectedAnswer) return text().errors.unexpectedAnswer;
	// The sidebar's own slip ("Cannot read properties of undefined") means nothing to a person.
	if (error instanceof TypeError || error instanceof RangeError)
		return text().errors.unexpectedProblem;
	if (error instanceof Error) return error.message;
	if (typeof error === "string") return error;
	if (
		error &&
		typeof error === "object" &&
		"message" in error &&
		typeof error.message === "string"
	)
		return error.message;
	return String(error);
}

export function call<K extends keyof ServerApi>(
	name: K,
	...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
	return new Promise((resolve, reject) => {
		if (typeof google === "undefined" || !google?.script?.run) {
			reject(
				new Error(
					"google.script.run is not available: open the sidebar from the spreadsheet's Extensions menu.",
				),
			);
			return;
		}
		const runner = google.script.run
			.withSuccessHandler((value) => {
				if (answerSchemas[name].safeParse(value).success)
					resolve(value as ReturnType<ServerApi[K]>);
				else reject(new UnexpectedAnswer(name));
			})
			.withFailureHandler((error) =>
				reject(error instanceof Error ? error : new Error(errorMessage(error))),
			);
		const method = runner[name];
		if (typeof method !== "function") {
			reject(new Error(`The server has no function named ${name}.`));
			return;
		}
		method.apply(runner, args);
	});
}
