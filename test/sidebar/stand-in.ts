// A stand-in for google.script.run, injected into the built sidebar before its script runs.
// It records every call and answers from fixture data, asynchronously, as Apps Script does.

import type {
	CheckResult,
	ServerApi,
	SidebarContext,
	TabAction,
} from "../../src/api";
import { changedSincePreview } from "../../src/messages";
import { planKinds } from "../../src/plan/catalogue";
import { defaultTabNames } from "../../src/plan/tab-names";
import type {
	Language,
	PlanKind,
	TabKey,
	TabNames,
} from "../../src/plan/types";

export const XSS_STAGE = "<img src=x onerror=alert(1)>";
export const XSS_TAB = "Pipeline <img src=x onerror=alert(2)>";
export const XSS_SHEET = "<script>alert(3)</script>";

export const context: SidebarContext = {
	language: "fr",
	currency: "EUR",
	start: "2026-01-01",
};

/** The names the stand-in's spreadsheet uses: the real ones, but a pipeline tab whose name holds markup. */
export const names: Record<Language, TabNames> = {
	fr: { ...defaultTabNames("fr"), pipeline: XSS_TAB },
	en: { ...defaultTabNames("en"), pipeline: XSS_TAB },
};

export interface StandInConfig {
	context: SidebarContext;
	/** The tabs of each plan kind (the page cannot import src/plan). */
	kinds: Record<PlanKind, readonly TabKey[]>;
	names: Record<Language, TabNames>;
	/** What the spreadsheet already holds, per tab: anything not listed is created. */
	existing: Partial<Record<TabKey, Exclude<TabAction, "create" | "replace">>>;
	/** Calls that fail, with the message the server's exception carries. */
	fail: Partial<Record<keyof ServerApi, string>>;
	/** Calls whose answer is replaced by this one, as a server of another version might answer. */
	answer: Partial<Record<keyof ServerApi, unknown>>;
	/** Calls that wait for `__standIn.release()`. */
	hold: Partial<Record<keyof ServerApi, boolean>>;
	/** The server's "changed since the preview" refusal per language, with {key}, {now} and {planned} to fill in. */
	changed: Record<Language, string>;
	/** What checkPlan answers. */
	check: CheckResult;
}

export interface RecordedCall {
	name: string;
	args: unknown[];
}

export const defaultConfig = (): StandInConfig => ({
	context,
	kinds: Object.fromEntries(
		planKinds.map((info) => [info.kind, info.tabs]),
	) as Record<PlanKind, readonly TabKey[]>,
	names,
	existing: {
		overview: "keep",
		actions: "fill",
		kpis: "rename",
		settings: "rename",
	},
	fail: {},
	answer: {},
	hold: {},
	check: {
		language: "fr",
		findings: [
			{
				tab: "Actions",
				cell: "C5",
				rule: "action-owner",
				message: "action sans responsable",
			},
			{
				tab: XSS_SHEET,
				cell: "G9",
				rule: "deal-past-close",
				message: "affaire ouverte dont la signature prévue est passée",
			},
		],
	},
	// The real server's words: the page cannot import them.
	changed: {
		fr: changedSincePreview("fr", "{key}", "{now}", "{planned}"),
		en: changedSincePreview("en", "{key}", "{now}", "{planned}"),
	},
});

/** Runs in the page, before the sidebar's script: must be self-contained. */
export function installStandIn(config: StandInConfig): void {
	type Handler = (value: unknown) => void;
	// biome-ignore lint/suspicious/noExplicitAny: a free-form request from the page
	type Request = any;
	const calls: { name: string; args: unknown[] }[] = [];
	const held: (() => void)[] = [];

	/** Apps Script only carries primitives, arrays and plain objects: anything else is an illegal parameter. */
	const legal = (value: unknown): boolean => {
		if (
			value === null ||
			["string", "number", "boolean"].includes(typeof value)
		)
			return true;
		if (Array.isArray(value)) return value.every(legal);
		if (
			typeof value === "object" &&
			Object.getPrototypeOf(value) === Object.prototype
		)
			return Object.values(value as object).every(legal);
		return false;
	};

	/** Where the server would place each tab now, as placeTabs does: a tab holding data is renamed "… (2)" unless replaced. */
	const place = (kind: string, language: "fr" | "en", replace: string[]) => {
		const tabs = config.kinds[kind as keyof typeof config.kinds];
		if (!tabs) throw new Error(`Unknown plan kind ${kind}`);
		const names: Record<string, string> = { ...config.names[language] };
		const previews = tabs.map((key) => {
			const base = config.names[language][key];
			const existing = config.existing[key];
			if (existing === "rename") {
				if (replace.includes(key))
					return { key, name: base, action: "replace", existing: base };
				names[key] = `${base} (2)`;
				return { key, name: names[key], action: "rename", existing: base };
			}
			return { key, name: base, action: existing ?? "create" };
		});
		return { tabs: previews, names };
	};

	const answers: Record<string, (request: Request) => unknown> = {
		getSidebarContext: () => config.context,
		previewPlan: (request) =>
			place(request.kind, request.language, request.replace),
		generatePlan: (request) => {
			const { kind, language } = request.plan.choices;
			const now = place(kind, language, request.replace);
			// The server's own check: the plan was built with the names the spreadsheet still gives.
			const moved = request.plan.tabs.find(
				(tab: { key: string; name: string }) => now.names[tab.key] !== tab.name,
			);
			if (moved) {
				const said = config.changed[language as Language]
					.replace("{key}", () => moved.key)
					.replace("{now}", () => now.names[moved.key] ?? "")
					.replace("{planned}", () => moved.name);
				throw new Error(said);
			}
			return {
				tabs: now.tabs.map((tab, i) => ({ ...tab, sheetId: 1000 + i })),
			};
		},
		applyKpiAlerts: (request) => ({
			sheetName:
				request.target === "kpis"
					? config.names.en.kpis
					: "<script>alert(3)</script>",
			range: "A2:F9",
			rules: 12,
		}),
		openTab: () => undefined,
		checkPlan: () => config.check,
		selectCell: () => undefined,
	};

	const runner = (
		success?: Handler,
		failure?: Handler,
	): Record<string, unknown> => {
		const run: Record<string, unknown> = {
			withSuccessHandler: (handler: Handler) => runner(handler, failure),
			withFailureHandler: (handler: Handler) => runner(success, handler),
		};
		for (const name of Object.keys(answers)) {
			run[name] = (...args: unknown[]) => {
				if (!args.every(legal)) throw new Error(`Illegal parameter in ${name}`);
				calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
				const settle = () => {
					const message = config.fail[name as keyof typeof config.fail];
					if (message) {
						failure?.(new Error(message));
						return;
					}
					if (name in config.answer) {
						success?.(config.answer[name as keyof typeof config.answer]);
						return;
					}
					let answer: unknown;
					try {
						answer = answers[name]?.(args[0]);
					} catch (error) {
						failure?.(error);
						return;
					}
					success?.(
						answer === undefined
							? undefined
							: JSON.parse(JSON.stringify(answer)),
					);
				};
				if (config.hold[name as keyof typeof config.hold]) held.push(settle);
				else setTimeout(settle, 10);
			};
		}
		return run;
	};

	Object.assign(window, {
		google: {
			script: {
				run: runner(),
				host: { close: () => calls.push({ name: "close", args: [] }) },
			},
		},
		__standIn: {
			config,
			calls,
			release: () => {
				for (const settle of held.splice(0)) settle();
			},
		},
	});
}
