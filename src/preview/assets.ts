// What the preview serves besides data: the page, its script, Chart.js, and the built sidebar with google.script.run stood in.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = new URL("./", import.meta.url);

async function bundle(
	entry: string,
	define: Record<string, string> = {},
): Promise<string> {
	const result = await esbuild.build({
		entryPoints: [fileURLToPath(new URL(entry, here))],
		bundle: true,
		write: false,
		format: "iife",
		platform: "browser",
		target: "es2020",
		define,
		logLevel: "warning",
	});
	return (result.outputFiles[0] as esbuild.OutputFile).text;
}

/** Chart.js's UMD build, from the installed package: served by the preview itself, never fetched from a CDN. */
export async function chartLibrary(): Promise<string> {
	const entry = createRequire(import.meta.url).resolve("chart.js");
	return readFile(join(dirname(entry), "chart.umd.min.js"), "utf8");
}

export interface Assets {
	readonly page: string;
	readonly pageScript: string;
	readonly chartScript: string;
	/** Reads dist/Sidebar.html on each request, so a rebuild shows on reload. */
	sidebar(): Promise<string>;
}

export async function loadAssets(
	sidebarFile: URL,
	callNames: readonly string[],
): Promise<Assets> {
	const [page, pageScript, chartScript, shim] = await Promise.all([
		readFile(new URL("page.html", here), "utf8"),
		bundle("page.ts"),
		chartLibrary(),
		bundle("shim.ts", { PREVIEW_CALLS: JSON.stringify(callNames) }),
	]);
	const shimTag = `<script>\n${shim.replaceAll("</script", "<\\/script")}</script>`;
	return {
		page,
		pageScript,
		chartScript,
		async sidebar() {
			const html = await readFile(sidebarFile, "utf8");
			// Before the sidebar's own script, which calls google.script.run as soon as it runs.
			// A replacer function: the shim may contain "$&"-like sequences that a replacement string would expand.
			return html.replace(/<head>/i, (head) => `${head}\n${shimTag}`);
		},
	};
}
