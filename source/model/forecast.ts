/**
 * The one rule every forecast follows: nothing from a single drop or from under 45 seconds of
 * readings, and then a range rather than a point.
 */
export const forecastRule = {minDrops: 2, minCoverageMs: 45_000} as const;

/** What a forecast still waits for, or undefined once it may speak. */
export type Measuring = {dropsNeeded: number; coverageNeededMs: number};

export function stillMeasuring(drops: number, coveredMs: number): Measuring | undefined {
	const dropsNeeded = Math.max(0, forecastRule.minDrops - drops);
	const coverageNeededMs = Math.max(0, forecastRule.minCoverageMs - coveredMs);
	return dropsNeeded === 0 && coverageNeededMs === 0 ? undefined : {dropsNeeded, coverageNeededMs};
}

/** A moment forecast, with the earliest and latest it may come. */
export type TimeRange = {at: number; earliest: number; latest: number};

/** A quantity forecast, with its low and high ends. */
export type AmountRange = {point: number; low: number; high: number};

/**
 * The relative error of a rate counted from `drops` finished jobs. Jobs finish at random moments,
 * so their count over a time is a Poisson count, whose standard error is √n: the rate is known
 * to within 1/√n of itself (71 % from 2 drops, 25 % from 16, 10 % from 100).
 */
export function rateError(drops: number): number {
	return 1 / Math.sqrt(Math.max(forecastRule.minDrops, drops));
}

/** When `amount` is used up at `perMs`, learnt from `drops` drops: the point and its range. */
export function whenUsedUp(now: number, amount: number, perMs: number, drops: number): TimeRange {
	const error = rateError(drops);
	const after = (rate: number) => now + Math.round(Math.max(0, amount) / rate);
	return {at: after(perMs), earliest: after(perMs * (1 + error)), latest: after(perMs * (1 - error))};
}

/**
 * The mean of `sizes` and its standard error (the sample's standard deviation over √n): what one
 * more job is likely to cost. Needs two sizes at least.
 */
export function meanCost(sizes: number[]): AmountRange | undefined {
	const n = sizes.length;
	if (n < forecastRule.minDrops) {
		return undefined;
	}

	const mean = sizes.reduce((sum, size) => sum + size, 0) / n;
	const variance = sizes.reduce((sum, size) => sum + ((size - mean) ** 2), 0) / (n - 1);
	const error = Math.sqrt(variance / n);
	return {point: mean, low: Math.max(0, mean - error), high: mean + error};
}
