// The optional engines some tests drive (Debian's Chromium, LibreOffice Calc, Poppler): found or not, and whether their tests run.

import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

export type EngineName = "chromium" | "libreoffice" | "poppler";

export interface Engine {
	readonly name: string;
	/** What the tests that need it check. */
	readonly checks: string;
	/** The Debian package that provides it. */
	readonly aptPackage: string;
	readonly found: boolean;
}

/** Set by CI (`.ci/run`): there a missing engine fails its tests instead of skipping them. */
export const enginesRequired = process.env.REQUIRE_ENGINES === "1";

/** Debian's Chromium; CHROMIUM_PATH points elsewhere (or nowhere, to see the set-up without it). */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const executable = (file: string): boolean => {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};

const onPath = (command: string): boolean =>
	(process.env.PATH ?? "")
		.split(delimiter)
		.some((dir) => dir !== "" && executable(join(dir, command)));

export const engines: Readonly<Record<EngineName, Engine>> = {
	chromium: {
		name: "Chromium",
		checks: "the sidebar and the local preview, used in a headless browser",
		aptPackage: "chromium",
		found: executable(chromiumPath),
	},
	libreoffice: {
		name: "LibreOffice Calc",
		checks: "the exported .xlsx files, recalculated with no error cell",
		aptPackage: "libreoffice-calc",
		found: onPath("soffice"),
	},
	poppler: {
		name: "Poppler",
		checks: "the .xlsx chart as LibreOffice draws it, saved as a picture",
		aptPackage: "poppler-utils",
		found: onPath("pdftoppm"),
	},
};

/** Whether the tests needing these engines run: when they are installed, and always in CI, where their absence must fail. */
export const runsWith = (...names: EngineName[]): boolean =>
	enginesRequired || names.every((name) => engines[name].found);

/** "A", "A and B", "A, B and C". */
const list = (words: readonly string[]): string =>
	words.length < 2
		? words.join("")
		: `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;

export const missingEngines = (): Engine[] =>
	Object.values(engines).filter((engine) => !engine.found);

/** The one notice a run that skipped engine tests ends with; empty when nothing is missing. */
export function missingEnginesNotice(): string {
	const missing = missingEngines();
	if (missing.length === 0) return "";
	return [
		`Skipped: the tests that need ${list(missing.map((engine) => engine.name))}, not installed here.`,
		...missing.map(
			(engine) =>
				`  ${engine.name} checks ${engine.checks}: apt-get install ${engine.aptPackage}`,
		),
		"CI installs them all and requires them (.ci/run).",
	].join("\n");
}
