// Which number-format patterns Sheets accepts, as its format guide describes them: the fake refuses the others.

/** Tokens the guide lists, longest first so "yyyy" is read before "y"; matched case-insensitively. */
const TOKENS = [
	"general",
	"am/pm",
	"a/p",
	"mmmmm",
	"mmmm",
	"dddd",
	"yyyy",
	"mmm",
	"ddd",
	"mm",
	"dd",
	"yy",
	"hh",
	"ss",
	"e+",
	"e-",
	"m",
	"d",
	"y",
	"h",
	"s",
];

/** Unquoted characters a pattern may show as they are, besides the digit and date tokens. */
const LITERALS = new Set([..." $-+/():!^&'~{}<>=,.%0#?@€£¥₹"]);

/**
 * Why Sheets would refuse `pattern`, or undefined when it is accepted: at most four ";" sections, quotes and
 * brackets closed, and every letter part of a token ("yyyy", "General"), quoted ("…") or escaped (\x).
 */
export function numberFormatProblem(pattern: string): string | undefined {
	if (pattern === "") return "a pattern cannot be empty";
	let sections = 1;
	for (let i = 0; i < pattern.length; ) {
		const ch = pattern[i] as string;
		if (ch === '"') {
			const end = pattern.indexOf('"', i + 1);
			if (end < 0) return "a quoted text is not closed";
			i = end + 1;
		} else if (ch === "\\") {
			if (i + 1 >= pattern.length) return "a \\ escapes nothing";
			i += 2;
		} else if (ch === "[") {
			const end = pattern.indexOf("]", i + 1);
			if (end < 0) return "a [ is not closed";
			i = end + 1;
		} else if (ch === "*" || ch === "_") {
			if (i + 1 >= pattern.length) return `a ${ch} needs a character after it`;
			i += 2;
		} else if (ch === ";") {
			sections++;
			if (sections > 4) return "a pattern has at most four sections";
			i++;
		} else {
			const rest = pattern.slice(i).toLowerCase();
			const token = TOKENS.find((t) => rest.startsWith(t));
			if (token) i += token.length;
			else if (/[\p{L}]/u.test(ch) && !LITERALS.has(ch))
				return `the letter "${ch}" must be quoted ("${ch}") or escaped (\\${ch})`;
			else i++;
		}
	}
	return undefined;
}
