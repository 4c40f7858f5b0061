// What a person may choose for a plan: the sidebar checks these first, in the person's language; the server enforces them.

export const choiceLimits = {
	/** Characters in a stage or role name. */
	nameLength: 60,
	stages: { min: 2, max: 12 },
	roles: { min: 1, max: 20 },
	firstDay: "2000-01-01",
	lastDay: "2100-12-31",
} as const;
