// A read table and a mapping to deals: every cell checked, every problem kept with its line and reason.

import { share, toNumber } from "../functions/fraction";
import { parseAmount } from "./amounts";
import { parseDate } from "./dates";
import type {
	DateReading,
	ImportedDeal,
	Mapping,
	Problem,
	ProblemReason,
	ReadTable,
} from "./types";

const PERCENT = /^([\d.,]+)\s*%$/;

/** A probability column holds fractions (0.2) or whole percents (20, 20%): one value above 1 makes them all percents. */
export function probabilityScale(values: readonly string[]): 1 | 100 {
	for (const value of values) {
		const text = value.trim();
		if (PERCENT.test(text)) return 100;
		const number = parseAmount(text);
		if (number !== null && number > 1) return 100;
	}
	return 1;
}

function parseProbability(text: string, scale: 1 | 100): number | null {
	const percent = PERCENT.exec(text.trim());
	const number = parseAmount(percent ? (percent[1] as string) : text);
	if (number === null) return null;
	const fraction = toNumber(share(number, percent ? 100 : scale));
	return fraction >= 0 && fraction <= 1 ? fraction : null;
}

export interface ReadDeals {
	readonly deals: ImportedDeal[];
	readonly problems: Problem[];
}

export function readDeals(
	table: ReadTable,
	mapping: Mapping,
	dates: DateReading,
): ReadDeals {
	const deals: ImportedDeal[] = [];
	const problems: Problem[] = table.malformed.map(({ line }) => ({
		line,
		reason: { kind: "malformed" } as const,
	}));
	const column = (field: keyof Mapping) => mapping[field];
	const probabilityColumn = column("probability");
	const scale =
		probabilityColumn === null
			? 1
			: probabilityScale(
					table.rows.map((row) => row.cells[probabilityColumn] ?? ""),
				);
	const firstLineOf = new Map<string, number>();
	for (const { line, cells } of table.rows) {
		const text = (field: keyof Mapping): string => {
			const index = column(field);
			return index === null ? "" : (cells[index] ?? "").trim();
		};
		const reasons: ProblemReason[] = [];
		const amountText = text("amount");
		let amount: number | null = null;
		if (amountText !== "") {
			amount = parseAmount(amountText);
			if (amount === null) reasons.push({ kind: "amount", value: amountText });
			else if (amount < 0)
				reasons.push({ kind: "negative-amount", value: amountText });
		}
		const date = (field: "closeDate" | "nextStepDate"): string | null => {
			const value = text(field);
			if (value === "") return null;
			const parsed = parseDate(value, dates);
			if (parsed === null) reasons.push({ kind: "date", field, value });
			return parsed;
		};
		const closeDate = date("closeDate");
		const nextStepDate = date("nextStepDate");
		// The forecast weighs each amount by its stage's probability: without either, it cannot count the deal.
		if (amountText !== "" && text("closeDate") === "")
			reasons.push({ kind: "no-close-date" });
		if (amountText !== "" && text("stage") === "")
			reasons.push({ kind: "no-stage" });
		const probabilityText = text("probability");
		let probability: number | null = null;
		if (probabilityText !== "") {
			probability = parseProbability(probabilityText, scale);
			if (probability === null)
				reasons.push({ kind: "probability", value: probabilityText });
		}
		const crmId = text("crmId");
		if (crmId !== "") {
			const first = firstLineOf.get(crmId);
			if (first !== undefined)
				reasons.push({ kind: "duplicate-id", id: crmId, first });
			else firstLineOf.set(crmId, line);
		}
		if (reasons.length > 0) {
			for (const reason of reasons) problems.push({ line, reason });
			continue;
		}
		deals.push({
			line,
			deal: text("deal"),
			account: text("account"),
			owner: text("owner"),
			stage: text("stage"),
			amount,
			closeDate,
			probability,
			nextStep: text("nextStep"),
			nextStepDate,
			channel: text("channel"),
			segment: text("segment"),
			forecastCategory: text("forecastCategory"),
			crmId,
		});
	}
	problems.sort((a, b) => a.line - b.line);
	return { deals, problems };
}
