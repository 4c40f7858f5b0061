// Sheets' rule for the custom formula of a conditional-format rule or a data validation.

/**
 * Sheets' help: a custom formula starts with "=" and may only refer to its own sheet; others need INDIRECT.
 * Without a sheet name, only the "=" is checked (the builder does not know the sheet yet).
 */
export function checkRuleFormula(formula: string, sheetName?: string): void {
	if (!formula.startsWith("="))
		throw new Error(
			`Invalid formula "${formula}": a custom formula must start with "=".`,
		);
	if (sheetName === undefined) return;
	const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
	for (const match of outsideStrings.matchAll(
		/(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!/g,
	)) {
		const name = (match[1] ?? match[2] ?? "").replaceAll("''", "'");
		if (name.toLowerCase() !== sheetName.toLowerCase())
			throw new Error(
				`Invalid formula "${formula}": it refers to sheet "${name}"; a rule can only refer to its own sheet (use INDIRECT).`,
			);
	}
}
