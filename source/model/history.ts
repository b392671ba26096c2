import type {Snapshot} from '../api/snapshot.js';

/** One balance reading, as kept in the history. `plans` maps a plan's id (else its name) to its balance. */
export type Sample = {at: number; total: number; extra?: number; plans: Record<string, number>};

/** Balance readings, sorted by `at`, thinned so that its size stays bounded however long it runs. */
export type History = {samples: Sample[]};

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export const maxSamples = 5000;

/** A reading more than this far behind the newest one means the clock went back, not a late reading. */
export const clockSlackMs = 5 * minute;

const thinEveryMs = 10 * minute;

/**
 * How coarse the kept readings may be, by age: every reading for the last hour, then about one per
 * bucket. The minute tier reaches a little past a day so the 24-hour burn window's edge falls on
 * fine readings.
 */
const tiers = [
	{upTo: hour, bucket: 0},
	{upTo: 25 * hour, bucket: minute},
	{upTo: 7 * day, bucket: hour},
];

/**
 * The plans a reading keeps, and how much of a plan's name: the history needs them only to tell a
 * plateau from a change, and a reading must stay small however many plans a server lists.
 */
export const samplePlans = {most: 4, nameLength: 24};

export function sampleOf(snapshot: Snapshot, at: number): Sample | undefined {
	if (snapshot.totalBalance === undefined) {
		return undefined;
	}

	const plans = snapshot.plans.flatMap(plan => {
		const key = plan.id ?? plan.name;
		return key === undefined || plan.balance === undefined ? [] : [[key, plan.balance] as const];
	});
	return {
		at,
		total: snapshot.totalBalance,
		extra: snapshot.extraCredits,
		plans: boundedPlans(Object.fromEntries(plans)),
	};
}

/** At most `samplePlans.most` plans, the first ones, each named by at most `samplePlans.nameLength` characters. */
export function boundedPlans(plans: Record<string, number>): Record<string, number> {
	const entries = Object.entries(plans).slice(0, samplePlans.most);
	return Object.fromEntries(entries.map(([key, balance]) => [key.slice(0, samplePlans.nameLength), balance]));
}

/**
 * Adds a reading. One with the same `at` as a kept one replaces it; one up to `clockSlackMs` older
 * than the newest is put in order; one older than that means the clock went back, so the readings
 * stamped after it are dropped as belonging to the abandoned timeline.
 */
export function addSample(history: History, sample: Sample): History {
	const {samples} = history;
	const last = samples.at(-1);
	if (last === undefined || sample.at > last.at) {
		const previous = samples.at(-2);
		const onPlateau
			= previous !== undefined && last !== undefined && sameValue(previous, last) && sameValue(last, sample);
		const appended = samples.slice(0, onPlateau ? -1 : samples.length);
		appended.push(sample);
		// A full pass costs the whole history, so it runs once per `thinEveryMs` of clock time (and at
		// the cap); the readings in between wait at full resolution.
		const due
			= last === undefined
				|| Math.floor(sample.at / thinEveryMs) !== Math.floor(last.at / thinEveryMs)
				|| appended.length > maxSamples;
		return due ? {samples: thin(appended)} : {samples: appended};
	}

	if (sample.at < last.at - clockSlackMs) {
		return {samples: thin([...samples.filter(kept => kept.at < sample.at), sample])};
	}

	return {samples: thin(sorted([...samples.filter(kept => kept.at !== sample.at), sample]))};
}

/** The union of two writers' histories; where both have a reading at the same `at`, b's is kept. */
export function mergeHistories(a: History, b: History): History {
	const byTime = new Map<number, Sample>();
	for (const sample of [...a.samples, ...b.samples]) {
		byTime.set(sample.at, sample);
	}

	return {samples: thin(sorted([...byTime.values()]))};
}

/**
 * Drops readings stamped after `now`: they come from a clock that has since gone back (or were
 * written by hand), and one left in would be shown as the last change, minutes ahead. Run before
 * thinning: thinned with a reading days ahead as the newest, the real readings would all look days
 * old and be cut to one an hour.
 */
export function withoutFuture(history: History, now: number): History {
	return {samples: history.samples.filter(sample => sample.at <= now)};
}

const sorted = (samples: Sample[]) => samples.sort((a, b) => a.at - b.at);

/**
 * Keeps the first and last reading, and every reading whose removal would change the credits
 * spent or added: a reading goes only when the total is monotonic across it (so the steps on either
 * side add up to one step of the same size), and either the readings around it are identical or
 * the next one falls in the same bucket of its age tier (so a step moves by less than a bucket).
 * Readings older than the last tier go, then the oldest beyond the cap.
 */
function thin(samples: Sample[]): Sample[] {
	const newest = samples.at(-1)?.at ?? 0;
	const kept: Sample[] = [];
	// Oldest first, so the tier only ever gets finer along the way.
	let tier = tiers.length - 1;
	for (let index = 0; index < samples.length; index++) {
		const sample = samples[index]!;
		const age = newest - sample.at;
		while (tier > 0 && age <= tiers[tier - 1]!.upTo) {
			tier--;
		}

		const previous = kept.at(-1);
		const next = samples[index + 1];
		if (
			age <= tiers[tier]!.upTo
			&& (previous === undefined || next === undefined || !removable(previous, sample, next, tiers[tier]!.bucket))
		) {
			kept.push(sample);
		}
	}

	return kept.length > maxSamples ? kept.slice(-maxSamples) : kept;
}

function removable(previous: Sample, sample: Sample, next: Sample, bucket: number): boolean {
	const monotonic
		= (previous.total >= sample.total && sample.total >= next.total)
			|| (previous.total <= sample.total && sample.total <= next.total);
	const sameBucket = bucket > 0 && Math.floor(sample.at / bucket) === Math.floor(next.at / bucket);
	return monotonic && (sameBucket || (sameValue(previous, sample) && sameValue(sample, next)));
}

function sameValue(a: Sample, b: Sample): boolean {
	if (a.total !== b.total || a.extra !== b.extra) {
		return false;
	}

	const aPlans = Object.entries(a.plans);
	return aPlans.length === Object.keys(b.plans).length && aPlans.every(([key, balance]) => b.plans[key] === balance);
}
