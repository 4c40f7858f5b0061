// Which strings Sheets would read as another type when written: they go in plain-text cells to stay what they are.

/** Sheets' plain-text number format. */
export const TEXT_FORMAT = "@";

const NUMBER_LIKE = /^[\s\d.,'%+\-/:$€£¥₹]*\d[\s\d.,'%+\-/:$€£¥₹eE]*$/;
const BOOLEAN = /^\s*(true|false|vrai|faux)\s*$/i;
/** "Jan 2027", "12 mars", "March 3, 2027": Sheets reads month names as dates. */
const MONTH_DATE =
	/^\s*(\d{1,2}\s+)?(jan|feb|f[ée]v|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|ao[uû]|sep|oct|nov|dec|d[ée]c)[a-zéû]*\.?(\s+\d{1,2},?)?(\s+\d{2,4})?\s*$/i;

/**
 * True when Sheets would turn this text into a number, percent, date, time or boolean: "1", "50%", "TRUE",
 * "2027-01-31", "Jan 2027". Errs on the side of text; a formula is never text.
 */
export function looksLikeValue(text: string): boolean {
	if (text.startsWith("=")) return false;
	return NUMBER_LIKE.test(text) || BOOLEAN.test(text) || MONTH_DATE.test(text);
}
