import {forecastRule, whenUsedUp} from './forecast.js';
import type {History, Sample} from './history.js';

/**
 * Credits spent over a window; `drops` counts the steps down as the (thinned) history holds them,
 * `coveredMs` how much of the window the readings cover.
 */
export type BurnWindow = {
	windowMs: number;
	creditsPerHour: number | undefined;
	drops: number;
	spent: number;
	samplesUsed: number;
	coveredMs: number;
};

export type LastDrop = {size: number; at: number};

export type Projection =
	| {state: 'measuring'}
	| {state: 'idle'}
	/** `emptyAt` at the window's rate, `earliest` and `latest` within that rate's error (see forecast.ts). */
	| {state: 'runs-out'; emptyAt: number; earliest: number; latest: number; beforeReset: boolean | undefined};

const hour = 3_600_000;

/**
 * The average burn over the window ending at `now`. Each step down between two readings is
 * spread evenly over the time between them, so a window edge that falls between two readings
 * counts its share (and the rate does not jump when a step leaves the window). Steps up (a top-up,
 * a plan reset) are not burn and do not cancel drops. The window covers from its start when an
 * earlier reading exists, else from the first reading, to `now`. No rate from one reading or one
 * drop, or when less than `forecastRule.minCoverageMs` is covered (no drop at all, over enough
 * time, is a rate of 0).
 */
export function burnRate(history: History, now: number, windowMs: number): BurnWindow {
	const start = now - windowMs;
	const known = history.samples.filter(sample => sample.at <= now);
	const firstInside = known.findIndex(sample => sample.at >= start);
	const used = firstInside === -1 ? known.slice(-1) : known.slice(Math.max(0, firstInside - 1));
	let spent = 0;
	let drops = 0;
	for (const [index, after] of used.entries()) {
		const before = used[index - 1];
		const inside = before === undefined ? 0 : (after.at - Math.max(before.at, start)) / (after.at - before.at);
		if (before !== undefined && after.total < before.total && inside > 0) {
			spent += (before.total - after.total) * inside;
			drops++;
		}
	}

	const first = used[0];
	const covered = first === undefined ? 0 : now - Math.max(first.at, start);
	const enough
		= used.length >= 2 && (drops === 0 || drops >= forecastRule.minDrops) && covered >= forecastRule.minCoverageMs;
	return {
		windowMs,
		creditsPerHour: enough ? (spent / covered) * hour : undefined,
		drops,
		spent,
		samplesUsed: used.length,
		coveredMs: covered,
	};
}

/** The most recent step down: its size, and when it was first seen. */
export function lastDrop(history: History): LastDrop | undefined {
	const {samples} = history;
	for (let index = samples.length - 1; index > 0; index--) {
		const [before, after] = [samples[index - 1], samples[index]] as [Sample, Sample];
		if (after.total < before.total) {
			return {size: before.total - after.total, at: after.at};
		}
	}

	return undefined;
}

/** When the balance runs out at the window's rate, and whether that comes before the next reset. */
export function projection(
	total: number | undefined,
	rate: BurnWindow,
	nextResetAt: number | undefined,
	now: number,
): Projection {
	if (total === undefined || rate.creditsPerHour === undefined) {
		return {state: 'measuring'};
	}

	if (rate.creditsPerHour === 0) {
		return {state: 'idle'};
	}

	const empty = whenUsedUp(now, total, rate.creditsPerHour / hour, rate.drops);
	return {
		state: 'runs-out',
		emptyAt: empty.at,
		earliest: empty.earliest,
		latest: empty.latest,
		beforeReset: nextResetAt === undefined ? undefined : empty.at < nextResetAt,
	};
}
