// FUNNEL_TARGETS: the reverse funnel, from a revenue target to the volume each stage must reach.

import {
	divide,
	type Fraction,
	fraction,
	fromNumber,
	multiply,
	roundUp,
	toNumber,
} from "./fraction";
import {
	cellsOf,
	InputError,
	isBlank,
	isOmitted,
	rateScale,
	readLabel,
	readList,
	readNonNegative,
	readPositive,
	readRate,
	withoutTrailingBlanks,
} from "./sheets-input";

function readConversionRates(value: unknown): Fraction[] {
	const list = withoutTrailingBlanks(readList(value, "conversion_rates"));
	if (list.size === 0)
		throw new InputError("conversion_rates: at least one rate is needed");
	const scale = rateScale(list);
	return cellsOf(list).map((cell, i) => {
		const where = list.at(i);
		if (isBlank(cell)) throw new InputError(`${where}: a rate is missing`);
		const rate = readRate(cell, where, scale);
		if (rate.numerator === 0n)
			throw new InputError(
				`${where}: a rate of 0% means no deal ever reaches the next stage`,
			);
		return rate;
	});
}

function readStageNames(value: unknown, stageCount: number): string[] {
	const list = withoutTrailingBlanks(readList(value, "stage_names"));
	if (list.size !== stageCount) {
		throw new InputError(
			`stage_names: expected ${stageCount} names (one per stage: one more than the ${stageCount - 1} rates, the last for deals won), got ${list.size}`,
		);
	}
	return cellsOf(list).map((cell, i) => readLabel(cell, list.at(i)));
}

export function funnelTargets(
	revenueTarget: unknown,
	avgDealSize: unknown,
	conversionRates: unknown,
	stageNames?: unknown,
	periods?: unknown,
): (string | number)[][] {
	const target = readNonNegative(revenueTarget, "revenue_target");
	const dealSize = readPositive(avgDealSize, "avg_deal_size");
	const rates = readConversionRates(conversionRates);
	const names = isOmitted(stageNames)
		? undefined
		: readStageNames(stageNames, rates.length + 1);
	const periodCount = isOmitted(periods)
		? undefined
		: readPositive(periods, "periods");

	const won = roundUp(divide(fromNumber(target), fromNumber(dealSize)));
	// Each stage divides deals won by the exact product of the rates below it, so no rounding compounds.
	const volumes: number[] = [toNumber(won)];
	let chain = fraction(1n, 1n);
	for (let i = rates.length - 1; i >= 0; i--) {
		chain = multiply(chain, rates[i] as Fraction);
		volumes.unshift(toNumber(roundUp(divide(won, chain))));
	}

	return volumes.map((volume, i) => {
		const row: (string | number)[] = names
			? [names[i] as string, volume]
			: [volume];
		if (periodCount !== undefined) row.push(volume / periodCount);
		return row;
	});
}
