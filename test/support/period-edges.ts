// Deals closing on and next to the edges of a mid-month plan's Objectives months, with each month's forecast by hand.

import { buildPlan } from "../../src/plan/build-plan";
import { defaultChoices } from "../../src/plan/defaults";
import { defaultTabNames } from "../../src/plan/tab-names";
import type { PipelineDeal, Plan, PlanKind } from "../../src/plan/types";

export const deal = (
	name: string,
	stage: string,
	amount: number,
	closeDate: string,
): PipelineDeal => ({
	deal: name,
	account: "Account",
	segment: "",
	owner: "",
	stage,
	amount,
	closeDate,
	nextStep: "",
	nextStepDate: null,
	channel: "",
	forecastCategory: "",
	crmId: "",
});

/** An English plan of `kind` from `start`, holding `deals`; the default stage table (Lead 5% … Won 100%, Lost 0%). */
export const planOf = (
	kind: PlanKind,
	start: string,
	deals: readonly PipelineDeal[],
): Plan =>
	buildPlan(defaultChoices(kind, "en", start), defaultTabNames("en"), {
		deals,
		stages: [],
	});

export const MID_MONTH_START = "2027-01-15";

// Objectives' months run from the 15th to the 14th: M1 is 15 Jan – 14 Feb, M2 15 Feb – 14 Mar … M12 is
// 15 Dec 2027 – 14 Jan 2028, the plan's last day. Each deal closes on or next to one of those edges.
export const midMonthDeals: readonly PipelineDeal[] = [
	deal("Day before the plan", "Proposal", 4000, "2027-01-14"), // in no period
	deal("First day", "Negotiation", 10000, "2027-01-15"), // M1: 10,000 × 80% = 8,000
	deal("Last day of M1", "Proposal", 6000, "2027-02-14"), // M1: 6,000 × 50% = 3,000
	deal("First day of M2", "Qualified meeting", 20000, "2027-02-15"), // M2: 20,000 × 25% = 5,000
	deal("Last day of M2", "Negotiation", 8000, "2027-03-14"), // M2: 8,000 × 80% = 6,400
	deal("Lost in M4", "Lost", 7000, "2027-04-20"), // M4: 7,000 × 0% = 0
	deal("Last day of M6", "Won", 3000, "2027-07-14"), // M6: 3,000 × 100% = 3,000
	deal("Mid-December", "Lead", 5000, "2027-12-20"), // M12: 5,000 × 5% = 250
	deal("Last day of the plan", "Proposal", 12000, "2028-01-14"), // M12: 12,000 × 50% = 6,000
	deal("Day after the plan", "Negotiation", 30000, "2028-01-15"), // in no period
];

/** The weighted forecast of each Objectives month M1 … M12, summed from the comments above. */
export const midMonthByHand: readonly number[] = [
	8000 + 3000, // M1
	5000 + 6400, // M2
	0,
	0, // M4: the lost deal weighs nothing
	0,
	3000, // M6
	0,
	0,
	0,
	0,
	0,
	250 + 6000, // M12
];
