// The small pieces the sections build their forms from: labelled fields, inputs, checkboxes and error boxes.

import { h, type Props } from "./dom";
import { state } from "./state";

/** For a short code typed by hand, such as a currency or a column letter. */
export const CODE_INPUT = {
	maxlength: 3,
	autocomplete: "off",
	autocapitalize: "characters",
	spellcheck: "false",
} as const;

export const inputValue = (event: Event): string =>
	(event.target as HTMLInputElement | HTMLSelectElement).value;

/** A submit handler that stays on the page, and does nothing while the server is busy. */
export const submitted = (run: () => void) => (event: Event) => {
	event.preventDefault();
	if (state.busy === undefined) run();
};

export const field = (
	id: string,
	label: string,
	control: HTMLElement,
	extra = "",
): HTMLElement =>
	h(
		"div",
		{ class: `form-group ${extra}`.trim() },
		h("label", { for: id }, label),
		control,
	);

/** A one-line text input that hands each change to `set`. */
export const textInput = (
	id: string,
	current: string,
	invalid: boolean,
	set: (text: string) => void,
	props: Props = {},
): HTMLInputElement =>
	h("input", {
		type: "text",
		id,
		...props,
		value: current,
		"aria-invalid": invalid ? "true" : undefined,
		oninput: (event) => set(inputValue(event)),
	});

export const checkbox = (
	id: string,
	label: string,
	checked: boolean,
	set: (checked: boolean) => void,
	props: Props = {},
): HTMLElement =>
	h(
		"div",
		{ class: "checkbox" },
		h("input", {
			type: "checkbox",
			id,
			checked,
			...props,
			onchange: (event) => set((event.target as HTMLInputElement).checked),
		}),
		h("label", { for: id }, label),
	);

/** The errors of a form, announced when they appear; empty when there are none. */
export function errorBox(id: string, errors: readonly string[]): HTMLElement {
	return h(
		"div",
		{ id, class: "errors error", role: "alert", tabindex: -1 },
		errors.length === 1
			? h("p", {}, errors[0])
			: errors.length > 1
				? h(
						"ul",
						{},
						errors.map((error) => h("li", {}, error)),
					)
				: null,
	);
}
