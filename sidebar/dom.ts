// A tiny element builder. Children that are strings become text nodes: data never goes through HTML parsing.

export type Child =
	| Node
	| string
	| number
	| false
	| null
	| undefined
	| readonly Child[];

type Handler = (event: Event) => void;
export type Props = Readonly<
	Record<string, string | number | boolean | Handler | null | undefined>
>;

/** Properties set as properties (live state), not attributes. */
const PROPERTIES = new Set(["value", "checked", "disabled", "selected"]);

export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Props = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	const live = element as unknown as Record<string, unknown>;
	for (const [key, value] of Object.entries(props)) {
		if (
			value === undefined ||
			value === null ||
			value === false ||
			PROPERTIES.has(key)
		)
			continue;
		if (typeof value === "function")
			element.addEventListener(key.slice(2).toLowerCase(), value);
		else element.setAttribute(key, value === true ? "" : String(value));
	}
	append(element, children);
	// After the children: a select's value needs its options.
	for (const key of PROPERTIES)
		if (key in props) live[key] = props[key] ?? (key === "value" ? "" : false);
	return element;
}

export function append(parent: Node, children: readonly Child[]): void {
	for (const child of children) {
		if (child === undefined || child === null || child === false) continue;
		if (Array.isArray(child)) append(parent, child);
		else if (child instanceof Node) parent.appendChild(child);
		else parent.appendChild(document.createTextNode(String(child)));
	}
}
