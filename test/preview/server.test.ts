// The preview server runs the add-in's own server code for the sidebar and shows the workbook it writes.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanPreview, SidebarContext } from "../../src/api";
import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { type Preview, startPreview } from "../../src/preview/server";
import type { WorkbookView } from "../../src/preview/workbook-view";

let preview: Preview;

beforeAll(async () => {
	preview = await startPreview({ port: 0, locale: "fr_FR" });
});

afterAll(async () => {
	await preview.close();
});

async function post(
	path: string,
	body: unknown,
	headers: Record<string, string> = { "content-type": "application/json" },
): Promise<{ status: number; json: { value?: unknown; error?: string } }> {
	const response = await fetch(new URL(path, preview.url), {
		method: "POST",
		headers,
		body: typeof body === "string" ? body : JSON.stringify(body),
	});
	return { status: response.status, json: await response.json() };
}

async function call<T>(name: string, ...args: unknown[]): Promise<T> {
	const { status, json } = await post("/api/call", { name, args });
	if (status !== 200) throw new Error(`${name}: ${status} ${json.error}`);
	return json.value as T;
}

async function workbook(): Promise<WorkbookView> {
	return (
		await fetch(new URL("/api/workbook", preview.url))
	).json() as Promise<WorkbookView>;
}

describe("the preview server", () => {
	it("listens on 127.0.0.1 only", () => {
		expect(new URL(preview.url).hostname).toBe("127.0.0.1");
	});

	it("generates a plan through the sidebar's calls and shows its tabs computed, without error values", async () => {
		const context = await call<SidebarContext>("getSidebarContext");
		expect(context.language).toBe("fr");
		const { names } = await call<PlanPreview>("previewPlan", {
			kind: "annual",
			language: "fr",
			replace: [],
		});
		const plan = buildPlan(
			defaultChoices("annual", "fr", context.start),
			names,
		);
		await call("generatePlan", { plan, replace: [] });

		const view = await workbook();
		expect(view.tabs.map((tab) => tab.name)).toEqual([
			"Sheet1",
			...plan.tabs.map((tab) => tab.name),
		]);
		const errors = view.tabs.flatMap((tab) =>
			tab.rows.flatMap((row, r) =>
				row
					.filter((cell) => cell.error || cell.text.startsWith("#"))
					.map((cell) => `${tab.name}!R${r + 1}: ${cell.text}`),
			),
		);
		expect(errors).toEqual([]);
		const kpis = view.tabs.find((tab) => tab.name === names.kpis);
		expect(kpis?.frozenRows).toBe(4);
		expect(kpis?.rows.flat().some((cell) => cell.background)).toBe(true);
	});

	it("switches to the tab the sidebar opens", async () => {
		const kpis = (await workbook()).tabs.find((tab) => tab.name === "KPI");
		await call("openTab", { sheetId: kpis?.id });
		expect((await workbook()).active).toBe(kpis?.id);
	});

	it("recomputes figures and alert colours after a person edits a cell", async () => {
		const kpis = (await workbook()).tabs.find((tab) => tab.name === "KPI");
		if (!kpis) throw new Error("no KPI tab");
		const row =
			kpis.rows.findIndex((cells) =>
				cells[0]?.text.includes("Cycle de vente"),
			) + 1;
		// Lower is better: 66 days is between the target (60) and the threshold (72), 90 is past the threshold.
		const status = (view: WorkbookView) =>
			view.tabs.find((tab) => tab.id === kpis.id)?.rows[row - 1]?.[13];
		expect(status(await workbook())?.background).toBe("#fce8b2");
		const { status: code } = await post("/api/cell", {
			sheet: kpis.id,
			row,
			column: 8,
			value: "90",
		});
		expect(code).toBe(200);
		const after = status(await workbook());
		expect(after?.background).toBe("#f4c7c3");
		expect(after?.text).toMatch(/trajectoire|alerte|risque/i);
	});

	it("refuses calls the add-in's server does not have", async () => {
		for (const name of ["constructor", "__proto__", "toString", "eval"]) {
			const { status, json } = await post("/api/call", { name, args: [] });
			expect(status).toBe(404);
			expect(json.error).toContain(name);
		}
	});

	it("answers with the add-in's own error when it refuses a request", async () => {
		const { status, json } = await post("/api/call", {
			name: "previewPlan",
			args: [{ kind: "weekly", language: "fr", replace: [] }],
		});
		expect(status).toBe(500);
		expect(json.error).toMatch(/^Invalid request/);
	});

	it("refuses bodies that are not JSON, too large, or malformed", async () => {
		expect(
			(await post("/api/call", "{", { "content-type": "application/json" }))
				.status,
		).toBe(400);
		expect(
			(
				await post("/api/call", "name=x", {
					"content-type": "application/x-www-form-urlencoded",
				})
			).status,
		).toBe(415);
		expect(
			(await post("/api/call", { name: "openTab", args: "x" })).status,
		).toBe(400);
		expect(
			(await post("/api/cell", { sheet: 0, row: 0, column: 1, value: "1" }))
				.status,
		).toBe(400);
		expect(
			(
				await post("/api/cell", {
					sheet: 424242,
					row: 1,
					column: 1,
					value: "1",
				})
			).status,
		).toBe(404);
		const huge = JSON.stringify({
			name: "getSidebarContext",
			args: ["x".repeat(5 * 1024 * 1024)],
		});
		expect((await post("/api/call", huge)).status).toBe(413);
	});

	it("refuses requests addressed to another host name", async () => {
		const { port } = new URL(preview.url);
		const http = await import("node:http");
		const status = await new Promise<number>((resolve, reject) => {
			http
				.get(
					{
						host: "127.0.0.1",
						port,
						path: "/api/workbook",
						headers: { host: `evil.example:${port}` },
					},
					(response) => {
						response.resume();
						resolve(response.statusCode ?? 0);
					},
				)
				.on("error", reject);
		});
		expect(status).toBe(403);
	});

	it("serves the built sidebar with google.script.run stood in before its own script", async () => {
		const html = await (await fetch(new URL("/sidebar", preview.url))).text();
		const shim = html.indexOf("preview:changed");
		expect(shim).toBeGreaterThan(-1);
		expect(shim).toBeLessThan(html.indexOf('id="app"'));
	});
});
