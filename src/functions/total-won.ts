// The distribution of the total won when each deal is won independently with its probability: its quantiles, exact or close.

/**
 * Probabilities typed as percents are decimals that binary floats hold only approximately (1 − 90% is
 * 0.09999999999999998): a cumulative probability this close to a level counts as reaching it.
 */
const TIE = 1e-9;

/** Deals won or lost, each with its whole amount. */
export interface UncertainDeals {
	/** What the deals at 100% bring in any case. */
	readonly certain: number;
	readonly amounts: ArrayLike<number>;
	readonly probabilities: ArrayLike<number>;
	readonly count: number;
}

export interface TotalWon {
	/** The smallest total x with P(total ≤ x) ≥ level. */
	quantile(level: number): number;
}

interface Outcomes {
	/** Every total the deals can bring, ascending, and the probability of each. */
	readonly sums: Float64Array;
	readonly probabilities: Float64Array;
}

/** All 2^n outcomes of n deals, the first total starting at `base`. */
function outcomes(
	base: number,
	amounts: ArrayLike<number>,
	probabilities: ArrayLike<number>,
	from: number,
	to: number,
): Outcomes {
	const size = 2 ** (to - from);
	const sums = new Float64Array(size);
	const odds = new Float64Array(size);
	sums[0] = base;
	odds[0] = 1;
	for (let deal = from, known = 1; deal < to; deal++, known *= 2) {
		const amount = amounts[deal] as number;
		const won = probabilities[deal] as number;
		for (let outcome = 0; outcome < known; outcome++) {
			sums[outcome + known] = (sums[outcome] as number) + amount;
			odds[outcome + known] = (odds[outcome] as number) * won;
			odds[outcome] = (odds[outcome] as number) * (1 - won);
		}
	}
	const order = Array.from({ length: size }, (_, i) => i).sort(
		(a, b) => (sums[a] as number) - (sums[b] as number),
	);
	return {
		sums: Float64Array.from(order, (i) => sums[i] as number),
		probabilities: Float64Array.from(order, (i) => odds[i] as number),
	};
}

/**
 * Exact: the deals split in two halves, each half's 2^(n/2) outcomes listed and sorted, so that
 * P(total ≤ x) is one merge-like pass over both lists instead of a sum over 2^n outcomes.
 */
export function exactTotalWon(deals: UncertainDeals): TotalWon {
	const half = Math.ceil(deals.count / 2);
	const first = outcomes(
		deals.certain,
		deals.amounts,
		deals.probabilities,
		0,
		half,
	);
	const second = outcomes(
		0,
		deals.amounts,
		deals.probabilities,
		half,
		deals.count,
	);
	const below = new Float64Array(second.sums.length);
	let running = 0;
	second.probabilities.forEach((probability, i) => {
		running += probability;
		below[i] = running;
	});
	const a = first.sums;
	const b = second.sums;

	/** P(total ≤ x). */
	const cumulative = (x: number): number => {
		let total = 0;
		let j = b.length - 1;
		for (let i = 0; i < a.length; i++) {
			while (j >= 0 && (a[i] as number) + (b[j] as number) > x) j--;
			if (j < 0) break;
			total += (first.probabilities[i] as number) * (below[j] as number);
		}
		return total;
	};

	/** The smallest total strictly above x. */
	const nextTotal = (x: number): number => {
		let next = Infinity;
		let j = b.length;
		for (let i = 0; i < a.length; i++) {
			while (j > 0 && (a[i] as number) + (b[j - 1] as number) > x) j--;
			if (j < b.length)
				next = Math.min(next, (a[i] as number) + (b[j] as number));
		}
		return next;
	};

	return {
		quantile(level) {
			const target = level - TIE;
			let low = (a[0] as number) - 1;
			let high = (a[a.length - 1] as number) + (b[b.length - 1] as number);
			// Halve [low, high] until it cannot shrink; the answer is a total in (low, high].
			for (let step = 0; step < 200; step++) {
				const middle = low + (high - low) / 2;
				if (middle <= low || middle >= high) break;
				if (cumulative(middle) >= target) high = middle;
				else low = middle;
			}
			for (;;) {
				const total = nextTotal(low);
				if (total >= high || cumulative(total) >= target)
					return Math.min(total, high);
				low = total;
			}
		},
	};
}

/** Deals above this share of the expected total are computed exactly; below it, the bell curve is within a few of them. */
const LARGE_SHARE = 0.002;
/** The rounding of the large deals' amounts moves a quantile by at most this share of the expected total. */
const ROUNDING_SHARE = 0.004;
/** At most this many steps of the large deals' grid, so that odd pipelines stay fast. */
const MOST_STEPS = 1 << 16;
/** Beyond this many standard deviations, the bell curve's probability is 0 or 1 to double precision. */
const TAIL = 9;

/** erfc(x) with a relative error below 1.2 × 10⁻⁷ (Chebyshev fit, Numerical Recipes §6.2). */
function erfc(x: number): number {
	const z = Math.abs(x);
	const t = 1 / (1 + 0.5 * z);
	const r =
		t *
		Math.exp(
			-z * z -
				1.26551223 +
				t *
					(1.00002368 +
						t *
							(0.37409196 +
								t *
									(0.09678418 +
										t *
											(-0.18628806 +
												t *
													(0.27886807 +
														t *
															(-1.13520398 +
																t *
																	(1.48851587 +
																		t * (-0.82215223 + t * 0.17087277)))))))),
		);
	return x >= 0 ? r : 2 - r;
}

/** P(N(0, 1) ≤ z). */
const normal = (z: number): number => 0.5 * erfc(-z / Math.SQRT2);

/**
 * Close, for many deals: the large deals (above LARGE_SHARE of the expected total) are combined exactly on a grid of
 * amounts, and the many small ones, whose sum follows a bell curve, are added as one normal distribution.
 */
export function approximateTotalWon(
	deals: UncertainDeals,
	expected: number,
): TotalWon {
	const large: number[] = [];
	let smallMean = 0;
	let smallVariance = 0;
	let largeSum = 0;
	let everything = deals.certain;
	for (let i = 0; i < deals.count; i++) {
		const amount = deals.amounts[i] as number;
		const won = deals.probabilities[i] as number;
		everything += amount;
		if (amount > LARGE_SHARE * expected) {
			large.push(i);
			largeSum += amount;
		} else {
			smallMean += amount * won;
			smallVariance += amount * amount * won * (1 - won);
		}
	}
	const step =
		large.length === 0
			? 1
			: Math.max(
					(2 * ROUNDING_SHARE * expected) / large.length,
					largeSum / MOST_STEPS,
				);
	// grid[g]: the probability that the large deals bring g steps.
	const grid = new Float64Array(
		large.reduce(
			(steps, i) => steps + Math.round((deals.amounts[i] as number) / step),
			1,
		),
	);
	grid[0] = 1;
	let reach = 0;
	for (const i of large) {
		const steps = Math.round((deals.amounts[i] as number) / step);
		const won = deals.probabilities[i] as number;
		for (let g = reach; g >= 0; g--) {
			grid[g + steps] = (grid[g + steps] as number) + (grid[g] as number) * won;
			grid[g] = (grid[g] as number) * (1 - won);
		}
		reach += steps;
	}
	const below = new Float64Array(grid.length);
	let running = 0;
	grid.forEach((probability, g) => {
		running += probability;
		below[g] = running;
	});
	const base = deals.certain + smallMean;
	const spread = Math.sqrt(smallVariance);

	/** P(total ≤ x): the large deals' grid, each step shifted by the small deals' bell curve. */
	const cumulative = (x: number): number => {
		const centre = (x - base) / step;
		const reachOfCurve = (TAIL * spread) / step;
		const first = Math.max(0, Math.ceil(centre - reachOfCurve));
		const last = Math.min(reach, Math.floor(centre + reachOfCurve));
		// Steps well below x count whole, steps well above not at all.
		let total = first > 0 ? (below[Math.min(first - 1, reach)] as number) : 0;
		for (let g = first; g <= last; g++)
			total += (grid[g] as number) * normal((x - base - g * step) / spread);
		return total;
	};

	return {
		quantile(level) {
			const target = level - TIE;
			if (spread === 0) {
				let g = 0;
				while (g < reach && (below[g] as number) < target) g++;
				return base + g * step;
			}
			let low = base - TAIL * spread;
			let high = base + reach * step + TAIL * spread;
			const precision = 1e-7 * Math.max(expected, 1);
			while (high - low > precision) {
				const middle = low + (high - low) / 2;
				if (cumulative(middle) >= target) high = middle;
				else low = middle;
			}
			return Math.min(Math.max(high, deals.certain), everything);
		},
	};
}
