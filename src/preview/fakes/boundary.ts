// Where the fakes meet the real Apps Script interfaces: the casts from a fake to the type a script sees.

import type { GProtection, GRange, GRule, GSheet } from "./apps-script";
import type {
	ProtectionModel,
	RangeModel,
	RuleModel,
	SheetModel,
} from "./models";

export const asRange = (range: RangeModel): GRange =>
	range as unknown as GRange;
export const asSheet = (sheet: SheetModel): GSheet =>
	sheet as unknown as GSheet;
export const asProtection = (protection: ProtectionModel): GProtection =>
	protection as unknown as GProtection;
export const asRule = (rule: RuleModel): GRule => rule as unknown as GRule;
