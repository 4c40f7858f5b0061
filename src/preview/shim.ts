// google.script.run for the sidebar in the local preview: each call is POSTed to /api/call and answered as Apps Script would.

/** The keys of the add-in's `server`, set by the preview server when it bundles this file. */
declare const PREVIEW_CALLS: readonly string[];

type Handler = (value: unknown) => void;

interface Answer {
	readonly value?: unknown;
	readonly error?: string;
}

/** Tells the page around the sidebar that the spreadsheet may have changed, that the sidebar closed, or its language. */
function notifyPage(
	type: "preview:changed" | "preview:close" | "preview:language",
	detail: Record<string, string> = {},
): void {
	if (window.parent !== window)
		window.parent.postMessage({ type, ...detail }, window.location.origin);
}

/** The sidebar writes the plan's language on its <html lang>: the page's own words follow it. */
new MutationObserver(() =>
	notifyPage("preview:language", { language: document.documentElement.lang }),
).observe(document.documentElement, { attributeFilter: ["lang"] });

async function send(name: string, args: unknown[]): Promise<unknown> {
	const response = await fetch("/api/call", {
		method: "POST",
		headers: { "content-type": "application/json" },
		body: JSON.stringify({ name, args }),
	});
	const answer = (await response.json().catch(() => ({}))) as Answer;
	if (!response.ok)
		throw new Error(
			answer.error ?? `The preview server answered ${response.status}.`,
		);
	return answer.value ?? null;
}

function runner(success?: Handler, failure?: Handler): Record<string, unknown> {
	const run: Record<string, unknown> = {
		withSuccessHandler: (handler: Handler) => runner(handler, failure),
		withFailureHandler: (handler: Handler) => runner(success, handler),
	};
	for (const name of PREVIEW_CALLS) {
		run[name] = (...args: unknown[]) => {
			send(name, args)
				.finally(() => notifyPage("preview:changed"))
				.then(
					(value) => success?.(value),
					(error: unknown) => failure?.(error),
				);
		};
	}
	return run;
}

Object.assign(window, {
	google: {
		script: {
			run: runner(),
			host: { close: () => notifyPage("preview:close") },
		},
	},
});
