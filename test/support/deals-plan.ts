// The command line a person types for an annual English plan holding a CRM export's deals.

export const dealsPlanArgs = (
	deals: string,
	out: string,
	...more: string[]
): string[] => [
	"--kind",
	"annual",
	"--lang",
	"en",
	"--start",
	"2027-01-01",
	"--deals",
	deals,
	"--out",
	out,
	...more,
];
