// While the server works: the sidebar is marked busy, and a progress bar counts the seconds.

import { h } from "./dom";
import { type Busy, render, state, text } from "./state";

let timer: ReturnType<typeof setInterval> | undefined;

/** Marks the sidebar busy while `work` runs, then renders what it left in `state`. */
export async function whileBusy(
	busy: Busy,
	work: () => Promise<void>,
): Promise<void> {
	state.busy = busy;
	state.busySince = Date.now();
	render();
	clearInterval(timer);
	timer = setInterval(() => {
		const elapsed = document.getElementById("elapsed");
		if (elapsed)
			elapsed.textContent = text().elapsed(
				Math.round((Date.now() - state.busySince) / 1000),
			);
	}, 1000);
	try {
		await work();
	} finally {
		clearInterval(timer);
		timer = undefined;
		state.busy = undefined;
		render();
	}
}

export function progressBar(status: string): HTMLElement {
	return h(
		"div",
		{ class: "progress", role: "status" },
		h("progress", { "aria-label": status }),
		h(
			"span",
			{ class: "status" },
			status,
			" ",
			h("span", { id: "elapsed", class: "gray", "aria-hidden": "true" }),
		),
	);
}
