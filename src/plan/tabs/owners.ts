// The team dropdown several tables share: the owners Settings lists, as names or roles.

import type { ValidationKind } from "../columns";
import { settingsAreas } from "./settings";

/** A dropdown of the team: the Settings owner column, a name or else a role on each row. */
export const ownerDropdown = {
	kind: "range",
	tab: "settings",
	source: settingsAreas.owners,
} as const satisfies ValidationKind;
