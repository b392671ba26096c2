import {dropSizes} from './bulkRun.js';
import {burnWindows} from './burnSummary.js';
import {meanCost, stillMeasuring, type AmountRange, type Measuring} from './forecast.js';
import type {History} from './history.js';

/** What one more job costs: `--per-job` as given, or learnt from the history's drops (`drops` of them). */
export type PerJob = {credits: AmountRange; source: 'flag' | 'history'; drops: number};

/**
 * The cost of one more job: `given` (--per-job) exactly, else the mean of the last day's drops with
 * its standard error, once the forecast rule allows (two drops, 45 s of readings); else what the
 * history still lacks. A drop can be two jobs that finished between two readings, so this errs high.
 */
export function perJobCost(given: number | undefined, history: History, now: number): PerJob | {measuring: Measuring} {
	if (given !== undefined) {
		return {credits: {point: given, low: given, high: given}, source: 'flag', drops: 0};
	}

	const since = now - burnWindows.day;
	const sizes = dropSizes(history, since, now);
	const first = history.samples[0];
	const measuring = stillMeasuring(sizes.length, first === undefined ? 0 : now - Math.max(first.at, since));
	const cost = meanCost(sizes);
	return measuring !== undefined || cost === undefined
		? {measuring: measuring ?? {dropsNeeded: 0, coverageNeededMs: 0}}
		: {credits: cost, source: 'history', drops: sizes.length};
}
