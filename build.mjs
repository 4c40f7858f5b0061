// Builds dist/ for clasp: Code.js (one classic script plus generated top-level declarations), appsscript.json and Sidebar.html.
//
// Apps Script only sees top-level `function` declarations, and esbuild strips the JSDoc that Sheets reads for
// autocomplete, so the declarations are generated here from the bundle's own registry.

import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import * as esbuild from "esbuild";

const GLOBAL = "AddIn";
const dist = new URL("./dist/", import.meta.url);

async function bundleServer() {
	const result = await esbuild.build({
		entryPoints: ["src/main.ts"],
		bundle: true,
		write: false,
		format: "iife",
		globalName: GLOBAL,
		platform: "neutral",
		mainFields: ["module", "main"],
		target: "es2020",
		// Apps Script evaluates the whole file on every custom-function call: smaller is faster.
		minify: true,
		legalComments: "none",
		logLevel: "warning",
	});
	return result.outputFiles[0].text;
}

/** Reads what the bundle declares, in a context where every Apps Script service is missing. */
function inspect(bundle) {
	const context = vm.createContext({});
	vm.runInContext(`${bundle}\nthis.${GLOBAL} = ${GLOBAL};`, context);
	return context[GLOBAL];
}

/** Fails the build when the registry and the functions the bundle exports disagree. */
export function checkRegistry(addIn) {
	const problems = [];
	const names = addIn.registry.map((spec) => spec.name);
	const exported = Object.keys(addIn.functions);
	if (names.join() !== exported.join())
		problems.push(
			`registry [${names}] differs from exported functions [${exported}]`,
		);
	for (const spec of addIn.registry) {
		if (!/^[A-Z][A-Z0-9_]*$/.test(spec.name))
			problems.push(`${spec.name}: custom function names are upper case`);
		const takes =
			spec.parameters.length + (spec.takesSpreadsheetTimeZone ? 1 : 0);
		if (spec.implementation.length !== takes) {
			problems.push(
				`${spec.name}: the registry lists ${spec.parameters.length} parameters${spec.takesSpreadsheetTimeZone ? " and the time zone" : ""}, the implementation takes ${spec.implementation.length}`,
			);
		}
	}
	if (problems.length) throw new Error(`build: ${problems.join("; ")}`);
}

const jsdoc = (lines) =>
	["/**", ...lines.map((line) => ` * ${line}`.trimEnd()), " */"].join("\n");

function customFunctionStub(spec) {
	const params = spec.parameters.map((p) => p.name);
	const doc = jsdoc([
		spec.summary,
		"",
		...spec.parameters.map(
			(p) =>
				`@param {${p.type}} ${p.name} ${p.optional ? "Optional. " : ""}${p.help} Example: ${p.example}`,
		),
		`@return {${spec.returns.type}} ${spec.returns.help}`,
		"@customfunction",
	]);
	// Dates reach a custom function as midnight in the spreadsheet's zone, not the script's
	// (https://developers.google.com/apps-script/guides/sheets/functions#data_types), and a custom function may call
	// SpreadsheetApp's read-only get* methods
	// (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services), among them
	// Spreadsheet.getSpreadsheetTimeZone()
	// (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()).
	const args = spec.takesSpreadsheetTimeZone
		? [
				...params,
				"SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()",
			]
		: params;
	return `${doc}\nfunction ${spec.name}(${params.join(", ")}) {\n  return ${GLOBAL}.functions.${spec.name}(${args.join(", ")});\n}`;
}

const delegate = (object, name, param, help) =>
	`${jsdoc([help])}\nfunction ${name}(${param}) {\n  return ${GLOBAL}.${object}.${name}(${param});\n}`;

function declarations(addIn) {
	return [
		...addIn.registry.map(customFunctionStub),
		delegate("triggers", "onOpen", "e", "Adds the add-on menu."),
		delegate(
			"triggers",
			"onInstall",
			"e",
			"Adds the add-on menu right after installation.",
		),
		delegate("triggers", "showSidebar", "", "Opens the sidebar (menu item)."),
		...Object.keys(addIn.server).map((name) =>
			delegate("server", name, "request", `Sidebar call: ${name}.`),
		),
	].join("\n\n");
}

/** The README's function table, between its markers, so the docs cannot drift from the registry. */
async function updateReadme(addIn) {
	const readme = await readFile("README.md", "utf8").catch(() => undefined);
	const start = "<!-- functions:start -->";
	const end = "<!-- functions:end -->";
	if (!readme?.includes(start)) return;
	const rows = addIn.registry.flatMap((spec) => [
		`| \`${spec.name}(${spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})\` | ${spec.summary} |`,
		...spec.parameters.map(
			(p) =>
				`| &nbsp;&nbsp;\`${p.name}\`${p.optional ? " (optional)" : ""} | ${p.help} e.g. \`${p.example}\` |`,
		),
	]);
	const table = [
		"| Function and arguments | What it does |",
		"| --- | --- |",
		...rows,
	].join("\n");
	const before = readme.slice(0, readme.indexOf(start) + start.length);
	const after = readme.slice(readme.indexOf(end));
	const next = `${before}\n${table}\n${after}`;
	if (next === readme) return;
	// In CI the committed README must already match: a stale table fails the build instead of being fixed silently.
	if (process.env.CI)
		throw new Error(
			"build: README.md's function table is out of date: run `npm run build` and commit README.md",
		);
	await writeFile("README.md", next);
}

async function buildSidebar() {
	const script = await esbuild.build({
		entryPoints: ["sidebar/main.ts"],
		bundle: true,
		write: false,
		format: "iife",
		platform: "browser",
		target: "es2020",
		minify: true,
		logLevel: "warning",
	});
	const js = script.outputFiles[0].text.replaceAll("</script", "<\\/script");
	const css = await readFile("sidebar/styles.css", "utf8");
	const html = await readFile("sidebar/index.html", "utf8");
	// Replacer functions: the bundle may contain "$&"-like sequences that a replacement string would expand.
	return html
		.replace("<!-- styles -->", () => `<style>\n${css}</style>`)
		.replace("<!-- script -->", () => `<script>\n${js}</script>`);
}

export async function build() {
	await mkdir(dist, { recursive: true });
	const bundle = await bundleServer();
	if (/^\s*(import|export)\s/m.test(bundle))
		throw new Error(
			"build: Code.js must be a classic script, without import or export",
		);
	const addIn = inspect(bundle);
	checkRegistry(addIn);
	const header =
		"// Generated by build.mjs from src/: edit the TypeScript, not this file.\n";
	await writeFile(
		new URL("Code.js", dist),
		`${header}${bundle}\n${declarations(addIn)}\n`,
	);
	await copyFile("appsscript.json", new URL("appsscript.json", dist));
	await writeFile(new URL("Sidebar.html", dist), await buildSidebar());
	await updateReadme(addIn);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
	await build();
