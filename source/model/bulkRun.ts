import type {History} from './history.js';

/** Where the user pressed `m`: the start of a bulk run, with its number of jobs if known. */
export type Mark = {at: number; jobs?: number};

export type BulkRun = {
	elapsedMs: number;
	/** Credits spent since the mark: the sum of the drops only (a top-up or plan reset during the run is not negative spending). */
	spent: number;
	/** Drops since the mark, roughly the jobs finished. */
	drops: number;
	/** spent / drops; undefined with no drop yet. */
	averageCost: number | undefined;
	/** Credits per hour since the mark; undefined before 2 drops or under 30 s elapsed. */
	creditsPerHour: number | undefined;
	/** Only when the mark has a job count. */
	jobs?: RunJobs;
};

export type RunJobs = {
	total: number;
	done: number;
	remaining: number;
	/** remaining × averageCost; undefined without an average. */
	needed: number | undefined;
	/** balance ≥ needed; undefined when needed or the balance is unknown. */
	covers: boolean | undefined;
	/** balance − needed when it covers, else undefined. */
	spare: number | undefined;
	/** needed − balance when it does not, else undefined. */
	shortBy: number | undefined;
	/** ceil(shortBy / averageCost): roughly how many jobs the balance will not cover. */
	jobsShort: number | undefined;
	/** now + remaining × (elapsed / done) at the pace so far; undefined with no job done, or 0 remaining gives `now`. */
	finishAt: number | undefined;
};

const hour = 3_600_000;
/** Less than this much time since the mark, and there is no rate yet, even with drops. */
const minRunMs = 30_000;

/**
 * What a bulk run has cost since its mark. The reading at or just before the mark is the starting
 * point (the first reading when the mark comes before them all); every step down between
 * consecutive readings after it counts as a job. Readings after `now` are ignored.
 */
export function bulkRun(history: History, mark: Mark, balance: number | undefined, now: number): BulkRun {
	const known = history.samples.filter(sample => sample.at <= now);
	const firstAfter = known.findIndex(sample => sample.at > mark.at);
	const used = firstAfter === -1 ? known.slice(-1) : known.slice(Math.max(0, firstAfter - 1));
	let spent = 0;
	let drops = 0;
	for (const [index, after] of used.entries()) {
		const before = used[index - 1];
		if (before !== undefined && after.total < before.total) {
			spent += before.total - after.total;
			drops++;
		}
	}

	const elapsedMs = Math.max(0, now - mark.at);
	const run: BulkRun = {
		elapsedMs,
		spent,
		drops,
		averageCost: drops === 0 ? undefined : spent / drops,
		creditsPerHour: drops >= 2 && elapsedMs >= minRunMs ? spent / elapsedMs * hour : undefined,
	};
	return mark.jobs === undefined ? run : {...run, jobs: runJobs(mark.jobs, run, balance, now)};
}

function runJobs(total: number, run: BulkRun, balance: number | undefined, now: number): RunJobs {
	const {spent, drops, elapsedMs} = run;
	const done = drops;
	const remaining = Math.max(0, total - done);
	// From spent and drops rather than the average (often a repeating fraction), so that whole credits
	// land exactly on the edges: a balance of exactly what is needed covers.
	const needed = drops === 0 ? undefined : remaining * spent / drops;
	let finishAt: number | undefined;
	if (done > 0) {
		finishAt = remaining === 0 ? now : now + Math.round(remaining * elapsedMs / done);
	}

	const unknown = {covers: undefined, spare: undefined, shortBy: undefined, jobsShort: undefined};
	if (needed === undefined || balance === undefined) {
		return {total, done, remaining, needed, ...unknown, finishAt};
	}

	if (balance >= needed) {
		return {total, done, remaining, needed, ...unknown, covers: true, spare: balance - needed, finishAt};
	}

	const jobsCovered = Math.max(0, Math.floor(balance * drops / spent));
	return {total, done, remaining, needed, ...unknown, covers: false, shortBy: needed - balance, jobsShort: remaining - jobsCovered, finishAt};
}
