// Header names compared as people read them: case, accents, punctuation and extra spaces ignored.

/** "Probabilité (%)" → "probabilite"; "Deal - Expected close date" → "deal expected close date". */
export function headerKey(name: string): string {
	return name
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, " ")
		.trim();
}
