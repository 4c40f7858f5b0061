// `npm start`: the local preview. Serves a spreadsheet-like page with the real built sidebar, whose calls run the
// add-in's own server code against an in-memory workbook. Listens on 127.0.0.1 only.

import {
	createServer,
	type IncomingMessage,
	type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { type Assets, loadAssets } from "./assets";
import { RequestError, readJson } from "./request-body";
import { callNames, PreviewWorkbook } from "./workbook";

const HOST = "127.0.0.1";
const DEFAULT_PORT = 8080;

export interface PreviewOptions {
	/** 0 picks a free port. */
	readonly port?: number;
	/** The spreadsheet's locale, which decides the sidebar's language and how numbers are written. */
	readonly locale?: string;
	readonly sidebarFile?: URL;
}

export interface Preview {
	readonly url: string;
	readonly workbook: PreviewWorkbook;
	close(): Promise<void>;
}

function send(
	response: ServerResponse,
	status: number,
	type: string,
	body: string,
	headers: Record<string, string> = {},
): void {
	response.writeHead(status, {
		"content-type": type,
		"cache-control": "no-store",
		"x-content-type-options": "nosniff",
		...headers,
	});
	response.end(body);
}

const sendJson = (response: ServerResponse, status: number, value: unknown) =>
	send(
		response,
		status,
		"application/json; charset=utf-8",
		JSON.stringify(value),
	);

const PAGE_POLICY =
	"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-src 'self'; img-src 'self' data:";

async function route(
	request: IncomingMessage,
	response: ServerResponse,
	workbook: PreviewWorkbook,
	assets: Assets,
): Promise<void> {
	const path = new URL(request.url ?? "/", "http://preview").pathname;
	const method = request.method ?? "GET";
	const get = method === "GET" || method === "HEAD";
	if (get && path === "/")
		return send(response, 200, "text/html; charset=utf-8", assets.page, {
			"content-security-policy": PAGE_POLICY,
		});
	if (get && path === "/page.js")
		return send(
			response,
			200,
			"text/javascript; charset=utf-8",
			assets.pageScript,
		);
	if (get && path === "/chart.js")
		return send(
			response,
			200,
			"text/javascript; charset=utf-8",
			assets.chartScript,
		);
	if (get && path === "/sidebar") {
		const html = await assets.sidebar().catch(() => undefined);
		if (html === undefined)
			throw new RequestError(
				503,
				"dist/Sidebar.html is missing: run node build.mjs first.",
			);
		return send(response, 200, "text/html; charset=utf-8", html);
	}
	if (get && path === "/api/workbook")
		return sendJson(response, 200, workbook.read());
	if (method === "POST" && path === "/api/call") {
		const body = await readJson(request);
		try {
			return sendJson(response, 200, { value: workbook.call(body) ?? null });
		} catch (error) {
			if (error instanceof RequestError) throw error;
			// The add-in refused or failed, as it would in Apps Script: the sidebar's failure handler shows it.
			return sendJson(response, 500, {
				error: error instanceof Error ? error.message : String(error),
			});
		}
	}
	if (method === "POST" && path === "/api/cell") {
		workbook.edit(await readJson(request));
		return sendJson(response, 200, { ok: true });
	}
	if (method === "POST" && path === "/api/select") {
		workbook.select(await readJson(request));
		return sendJson(response, 200, { ok: true });
	}
	throw new RequestError(404, "Not found.");
}

/** Only this machine's own names: a web page elsewhere cannot reach the preview by rebinding a domain to 127.0.0.1. */
function hostAllowed(request: IncomingMessage, port: number): boolean {
	const host = request.headers.host ?? "";
	return host === `${HOST}:${port}` || host === `localhost:${port}`;
}

export async function startPreview(
	options: PreviewOptions = {},
): Promise<Preview> {
	const workbook = new PreviewWorkbook(options.locale ?? "fr_FR");
	const sidebarFile =
		options.sidebarFile ?? new URL("../../dist/Sidebar.html", import.meta.url);
	const assets = await loadAssets(sidebarFile, callNames);
	let port = 0;
	const server = createServer((request, response) => {
		const handled = hostAllowed(request, port)
			? route(request, response, workbook, assets)
			: Promise.reject(new RequestError(403, "Open the preview at 127.0.0.1."));
		handled.catch((error: unknown) => {
			const status = error instanceof RequestError ? error.status : 500;
			const message = error instanceof Error ? error.message : String(error);
			if (status === 500) console.error(error);
			if (!response.headersSent) sendJson(response, status, { error: message });
			else response.end();
			// Stop reading a refused body rather than draining it.
			if (status === 413) request.destroy();
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once("error", reject);
		server.listen(options.port ?? DEFAULT_PORT, HOST, () => resolve());
	});
	port = (server.address() as AddressInfo).port;
	return {
		url: `http://${HOST}:${port}/`,
		workbook,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			}),
	};
}

function portFromEnvironment(): number {
	const text = process.env.PORT;
	if (text === undefined || text === "") return DEFAULT_PORT;
	const port = Number(text);
	if (!Number.isInteger(port) || port < 0 || port > 65_535)
		throw new Error(`PORT must be a port number, not "${text}".`);
	return port;
}

export async function main(): Promise<void> {
	let preview: Preview;
	try {
		preview = await startPreview({
			port: portFromEnvironment(),
			locale: process.env.PREVIEW_LOCALE || "fr_FR",
		});
	} catch (error) {
		const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
		console.error(
			inUse
				? `Port ${portFromEnvironment()} is taken: run with another one, e.g. PORT=8081 npm start.`
				: error instanceof Error
					? error.message
					: String(error),
		);
		process.exitCode = 1;
		return;
	}
	console.log(`Local preview of the add-in: ${preview.url}  (Ctrl+C to stop)`);
	const stop = () => {
		preview.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once("SIGINT", stop);
	process.once("SIGTERM", stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
