import {meanCost, stillMeasuring, whenUsedUp, type AmountRange, type Measuring, type TimeRange} from './forecast.js';
import type {History} from './history.js';

/** Where the user pressed `m`: the start of a bulk run, with its number of jobs if known. */
export type Mark = {at: number; jobs?: number};

export type BulkRun = {
	elapsedMs: number;
	/**
	 * Credits spent since the mark: the sum of the drops only (a top-up or plan reset during the
	 * run is not negative spending).
	 */
	spent: number;
	/** Drops since the mark, roughly the jobs finished. */
	drops: number;
	/** spent / drops; undefined with no drop yet. */
	averageCost: number | undefined;
	/** Credits per hour since the mark; undefined while measuring. */
	creditsPerHour: number | undefined;
	/** What the forecasts still wait for (see forecast.ts); undefined once they may speak. */
	measuring: Measuring | undefined;
	/** Only when the mark has a job count. */
	jobs?: RunJobs;
};

/** Every forecast here is undefined while the run is measuring, and while the balance is unknown for the verdicts. */
export type RunJobs = {
	total: number;
	done: number;
	remaining: number;
	/** remaining × the average cost. */
	needed: number | undefined;
	/** remaining × (the average cost ± its standard error). */
	neededRange: AmountRange | undefined;
	/** balance ≥ needed. */
	covers: boolean | undefined;
	/** balance − needed when it covers, else undefined. */
	spare: number | undefined;
	/** needed − balance when it does not, else undefined. */
	shortBy: number | undefined;
	/** Roughly how many jobs the balance will not cover. */
	jobsShort: number | undefined;
	/** When the remaining jobs are done at the pace so far (now with none remaining), within the pace's error. */
	finish: TimeRange | undefined;
	/** When the drop that finished the last job was seen; undefined while jobs remain. */
	doneAt?: number;
};

/**
 * A run whose jobs are all done answers the verdict this long after its last job, so that "all
 * done" is seen; then the verdict is about the balance again (the run's lines stay, and say so).
 */
export const doneRunSteersMs = 10 * 60_000;

/** Whether the run is what the verdict is about: it has a job count, and jobs left or only just done. */
export function runSteers(run: BulkRun, now: number): boolean {
	const {jobs} = run;
	return (
		jobs !== undefined && (jobs.remaining > 0 || jobs.doneAt === undefined || now - jobs.doneAt < doneRunSteersMs)
	);
}

const hour = 3_600_000;

/**
 * What a bulk run has cost since its mark: every drop since it (dropSizes) counts as a job.
 * Readings after `now` are ignored.
 */
export function bulkRun(history: History, mark: Mark, balance: number | undefined, now: number): BulkRun {
	const steps = stepsDown(history, mark.at, now);
	const sizes = steps.map(step => step.size);
	const spent = sizes.reduce((sum, size) => sum + size, 0);
	const drops = sizes.length;
	const elapsedMs = Math.max(0, now - mark.at);
	const measuring = stillMeasuring(drops, elapsedMs);
	const run: BulkRun = {
		elapsedMs,
		spent,
		drops,
		averageCost: drops === 0 ? undefined : spent / drops,
		creditsPerHour: measuring === undefined ? spent / elapsedMs * hour : undefined,
		measuring,
	};
	return mark.jobs === undefined
		? run
		: {...run, jobs: runJobs(mark.jobs, run, sizes, balance, now, steps[mark.jobs - 1]?.at)};
}

/**
 * The size of every step down between consecutive readings from the one at or just before `since`
 * (the first reading when `since` comes before them all) up to `now`: roughly, what each job cost.
 * Steps up (a top-up, a plan reset) are not jobs.
 */
export function dropSizes(history: History, since: number, now: number): number[] {
	return stepsDown(history, since, now).map(step => step.size);
}

/** The steps down of dropSizes, each with when the reading after it was taken. */
function stepsDown(history: History, since: number, now: number): Array<{size: number; at: number}> {
	const known = history.samples.filter(sample => sample.at <= now);
	const firstAfter = known.findIndex(sample => sample.at > since);
	const used = firstAfter === -1 ? known.slice(-1) : known.slice(Math.max(0, firstAfter - 1));
	const steps: Array<{size: number; at: number}> = [];
	for (const [index, after] of used.entries()) {
		const before = used[index - 1];
		if (before !== undefined && after.total < before.total) {
			steps.push({size: before.total - after.total, at: after.at});
		}
	}

	return steps;
}

function runJobs(
	total: number,
	run: BulkRun,
	sizes: number[],
	balance: number | undefined,
	now: number,
	doneAt: number | undefined,
): RunJobs {
	const {spent, drops, elapsedMs} = run;
	const done = drops;
	const remaining = Math.max(0, total - done);
	const unknown = {
		needed: undefined,
		neededRange: undefined,
		covers: undefined,
		spare: undefined,
		shortBy: undefined,
		jobsShort: undefined,
		finish: undefined,
	};
	if (remaining === 0) {
		const spare = balance === undefined ? {} : {covers: true, spare: balance};
		return {
			total,
			done,
			remaining,
			...unknown,
			needed: 0,
			neededRange: {point: 0, low: 0, high: 0},
			...spare,
			finish: {at: now, earliest: now, latest: now},
			doneAt,
		};
	}

	const cost = meanCost(sizes);
	if (run.measuring !== undefined || cost === undefined) {
		return {total, done, remaining, ...unknown};
	}

	// From spent and drops rather than the average (often a repeating fraction), so that whole credits
	// land exactly on the edges: a balance of exactly what is needed covers.
	const needed = (remaining * spent) / drops;
	const neededRange = {point: needed, low: remaining * cost.low, high: remaining * cost.high};
	const finish = whenUsedUp(now, remaining, done / elapsedMs, drops);
	const forecast = {total, done, remaining, ...unknown, needed, neededRange, finish};
	if (balance === undefined) {
		return forecast;
	}

	if (balance >= needed) {
		return {...forecast, covers: true, spare: balance - needed};
	}

	const jobsCovered = Math.max(0, Math.floor((balance * drops) / spent));
	return {...forecast, covers: false, shortBy: needed - balance, jobsShort: remaining - jobsCovered};
}
