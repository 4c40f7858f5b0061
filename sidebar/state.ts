// The sidebar's state: the one object every section renders from and changes, and the way to ask for a render.

import type {
	AlertsResult,
	CheckResult,
	GenerateResult,
	PlanPreview,
	SidebarContext,
} from "../src/api";
import type { Language, TabKey } from "../src/plan/types";
import type { AlertsForm, PlanForm } from "./form";
import { type Text, texts } from "./text";

/** What the server is doing for the sidebar, if anything. */
export type Busy =
	| "context"
	| "preview"
	| "generate"
	| "alerts"
	| "check"
	| "import";

interface State {
	context?: SidebarContext;
	loadError?: string;
	form?: PlanForm;
	busy?: Busy;
	busySince: number;
	/** After a refused submit: invalid fields are marked. */
	validated: boolean;
	planErrors: string[];
	preview?: PlanPreview & { stale: boolean };
	replace: Set<TabKey>;
	result?: GenerateResult;
	openErrors: string[];
	alerts: AlertsForm;
	alertsErrors: string[];
	alertsResult?: AlertsResult;
	checkErrors: string[];
	checkResult?: CheckResult;
	/** The element to focus after the next render. */
	focus?: string;
}

export const state: State = {
	busySince: 0,
	validated: false,
	planErrors: [],
	replace: new Set(),
	openErrors: [],
	alerts: {
		target: "kpis",
		actual: "",
		targetColumn: "",
		threshold: "",
		direction: "higher",
		directionColumn: "",
	},
	alertsErrors: [],
	checkErrors: [],
};

export function language(): Language {
	return (
		state.form?.language ??
		state.context?.language ??
		(navigator.language.toLowerCase().startsWith("fr") ? "fr" : "en")
	);
}

export const text = (): Text => texts[language()];

// The entry module draws every section, so it plugs its renderer in here rather than being imported by them.
let renderer: () => void = () => {};

export function setRenderer(draw: () => void): void {
	renderer = draw;
}

/** Re-renders the whole sidebar from `state`. */
export function render(): void {
	renderer();
}

/** A choice changed: an earlier preview may no longer be right. */
export function changed(): void {
	if (state.preview && !state.preview.stale) {
		state.preview.stale = true;
		render();
	}
}
