// Amounts as CRMs and spreadsheets write them: "12500", "12,500.00", "$12,500.00", "USD 12,500.00", "12 500,00 €", "12.500,00".

/** Spaces that group thousands: ordinary, no-break (U+00A0) and narrow no-break (U+202F, French typography). */
const SPACES = /[\s\u00a0\u202f]+/g;
/** A currency sign or ISO code on either side of the number. */
const CURRENCY =
	/^(?:[A-Z]{3}|[$€£¥₣₹]|CHF|R\$|US\$|C\$|A\$)\s*|\s*(?:[A-Z]{3}|[$€£¥₹]|CHF)$/;

/** Groups of three after the first: "12,500,000" with "," or "12.500" with ".". */
const GROUPED: Readonly<Record<string, RegExp>> = {
	",": /^\d{1,3}(,\d{3})+$/,
	".": /^\d{1,3}(\.\d{3})+$/,
};
const grouped = (digits: string, separator: string): boolean =>
	GROUPED[separator]?.test(digits) ?? false;

/**
 * The amount, or null when the text is not one. The last "." or "," followed by one or two digits (or any digits
 * when the other separator appears before it) is the decimal mark; one separator followed by exactly three
 * digits groups thousands, as "12,500" and "12.500" do in CRM exports.
 */
export function parseAmount(text: string): number | null {
	let value = text.trim();
	let sign = 1;
	if (value.startsWith("-") || value.startsWith("−")) {
		sign = -1;
		value = value.slice(1).trim();
	}
	value = value.replace(CURRENCY, "").trim();
	if (value.startsWith("-") || value.startsWith("−")) {
		sign = -sign;
		value = value.slice(1);
	}
	value = value.replace(SPACES, "");
	if (!/^[\d.,']+$/.test(value) || !/\d/.test(value)) return null;
	value = value.replaceAll("'", "");
	const lastDot = value.lastIndexOf(".");
	const lastComma = value.lastIndexOf(",");
	let whole = value;
	let fraction = "";
	if (lastDot >= 0 && lastComma >= 0) {
		const mark = lastDot > lastComma ? "." : ",";
		const at = Math.max(lastDot, lastComma);
		whole = value.slice(0, at);
		fraction = value.slice(at + 1);
		const group = mark === "." ? "," : ".";
		if (!grouped(whole, group) || !/^\d+$/.test(fraction)) return null;
		whole = whole.replaceAll(group, "");
	} else if (lastDot >= 0 || lastComma >= 0) {
		const mark = lastDot >= 0 ? "." : ",";
		const parts = value.split(mark);
		if (parts.length > 2 || (parts[1]?.length === 3 && parts[0] !== "0")) {
			if (!grouped(value, mark)) return null;
			whole = value.replaceAll(mark, "");
		} else {
			whole = parts[0] as string;
			fraction = parts[1] as string;
			if (!/^\d*$/.test(whole) || !/^\d+$/.test(fraction)) return null;
		}
	} else if (!/^\d+$/.test(value)) return null;
	const number = Number(`${whole || "0"}${fraction ? `.${fraction}` : ""}`);
	return Number.isFinite(number) ? sign * number : null;
}
