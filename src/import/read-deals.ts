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
	for (const value of new Set(values)) {
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

/** A parse remembered by its text: an export repeats its dates, probabilities and stages on thousands of rows. */
function remembered<T>(parse: (text: string) => T): (text: string) => T {
	const known = new Map<string, T>();
	return (text) => {
		let value = known.get(text);
		if (value === undefined && !known.has(text)) {
			value = parse(text);
			known.set(text, value);
		}
		return value as T;
	};
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
	const probabilityColumn = mapping.probability;
	const scale =
		probabilityColumn === null
			? 1
			: probabilityScale(
					table.rows.map((row) => row.cells[probabilityColumn] ?? ""),
				);
	const dateOf = remembered((text) => parseDate(text, dates));
	const probabilityOf = remembered((text) => parseProbability(text, scale));
	const firstLineOf = new Map<string, number>();
	// Each field's column, looked up once: the loop below runs once per deal.
	const at = (index: number | null) => index ?? -1;
	const columns = {
		deal: at(mapping.deal),
		account: at(mapping.account),
		owner: at(mapping.owner),
		stage: at(mapping.stage),
		amount: at(mapping.amount),
		closeDate: at(mapping.closeDate),
		probability: at(mapping.probability),
		nextStep: at(mapping.nextStep),
		nextStepDate: at(mapping.nextStepDate),
		channel: at(mapping.channel),
		segment: at(mapping.segment),
		forecastCategory: at(mapping.forecastCategory),
		crmId: at(mapping.crmId),
	};
	let cells: readonly string[] = [];
	const text = (index: number): string =>
		index < 0 ? "" : (cells[index] ?? "").trim();
	const reasons: ProblemReason[] = [];
	const problem = (reason: ProblemReason) => {
		reasons.push(reason);
	};
	for (const row of table.rows) {
		const { line } = row;
		cells = row.cells;
		reasons.length = 0;
		const amountText = text(columns.amount);
		let amount: number | null = null;
		if (amountText !== "") {
			amount = parseAmount(amountText);
			if (amount === null) problem({ kind: "amount", value: amountText });
			else if (amount < 0)
				problem({ kind: "negative-amount", value: amountText });
		}
		const closeText = text(columns.closeDate);
		const closeDate = closeText === "" ? null : dateOf(closeText);
		if (closeText !== "" && closeDate === null)
			problem({ kind: "date", field: "closeDate", value: closeText });
		const nextText = text(columns.nextStepDate);
		const nextStepDate = nextText === "" ? null : dateOf(nextText);
		if (nextText !== "" && nextStepDate === null)
			problem({ kind: "date", field: "nextStepDate", value: nextText });
		const stage = text(columns.stage);
		// The forecast weighs each amount by its stage's probability: without either, it cannot count the deal.
		if (amountText !== "" && closeText === "")
			problem({ kind: "no-close-date" });
		if (amountText !== "" && stage === "") problem({ kind: "no-stage" });
		const probabilityText = text(columns.probability);
		let probability: number | null = null;
		if (probabilityText !== "") {
			probability = probabilityOf(probabilityText);
			if (probability === null)
				problem({ kind: "probability", value: probabilityText });
		}
		const crmId = text(columns.crmId);
		if (crmId !== "") {
			const first = firstLineOf.get(crmId);
			if (first !== undefined)
				problem({ kind: "duplicate-id", id: crmId, first });
			else firstLineOf.set(crmId, line);
		}
		if (reasons.length > 0) {
			for (const reason of reasons) problems.push({ line, reason });
			continue;
		}
		deals.push({
			line,
			deal: text(columns.deal),
			account: text(columns.account),
			owner: text(columns.owner),
			stage,
			amount,
			closeDate,
			probability,
			nextStep: text(columns.nextStep),
			nextStepDate,
			channel: text(columns.channel),
			segment: text(columns.segment),
			forecastCategory: text(columns.forecastCategory),
			crmId,
		});
	}
	problems.sort((a, b) => a.line - b.line);
	return { deals, problems };
}
