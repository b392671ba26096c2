import {describe, expect, test} from 'vitest';
import type {Snapshot} from '../../source/api/snapshot.js';
import {burnRate, lastDrop} from '../../source/model/burnRate.js';
import {
	addSample,
	clockSlackMs,
	mergeHistories,
	sampleOf,
	withoutFuture,
	type History,
	type Sample,
} from '../../source/model/history.js';

const start = Date.parse('2026-11-25T12:00:00Z');
const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

const sample = (at: number, total: number, plans: Record<string, number> = {}): Sample => ({
	at: start + at,
	total,
	plans,
});
const addAll = (samples: Sample[], history: History = {samples: []}) => samples.reduce(addSample, history);
const times = (history: History) => history.samples.map(kept => kept.at - start);
const dropsTotal = (samples: Sample[]) =>
	samples.reduce(
		(sum, kept, index) => sum + Math.max(0, (samples[index - 1]?.total ?? kept.total) - kept.total),
		0,
	);

/** A small deterministic generator, so a failing run can be reproduced. */
function randomFrom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
		return state / 0x1_00_00_00_00;
	};
}

/** Polls every `every` ms for `duration`: a job of 5 to 50 credits every 10 to 30 s, and a top-up each day. */
function simulate(duration: number, every: number, seed: number): Sample[] {
	const random = randomFrom(seed);
	const samples: Sample[] = [];
	let total = 1_000_000;
	let nextJob = 0;
	let nextTopUp = day / 3;
	for (let at = 0; at <= duration; at += every) {
		for (; nextJob <= at; nextJob += 10_000 + (random() * 20_000)) {
			total -= 5 + Math.floor(random() * 46);
		}

		for (; nextTopUp <= at; nextTopUp += day) {
			total += 20_000;
		}

		samples.push(sample(at, total, {pro: total}));
	}

	return samples;
}

describe('sampleOf', () => {
	const snapshot = (totalBalance: number | undefined): Snapshot => ({
		account: {},
		totalBalance,
		extraCredits: 250,
		plans: [
			{id: 'pro', name: 'Pro Plan', balance: 1000},
			{name: 'Team Add-on', balance: 500},
			{id: 'unknown-balance'},
		],
		storage: {},
		unreadable: [],
	});

	test('keeps the total, extra, and each plan by id, else name', () => {
		expect(sampleOf(snapshot(1750), start)).toEqual({
			at: start,
			total: 1750,
			extra: 250,
			plans: {pro: 1000, 'Team Add-on': 500},
		});
	});

	test('no sample without a total', () => {
		expect(sampleOf(snapshot(undefined), start)).toBeUndefined();
	});
});

describe('addSample', () => {
	test('a steady balance keeps only the first and last reading of the run', () => {
		const history = addAll(Array.from({length: 1000}, (_, index) => sample(index * 2 * second, 500)));
		expect(times(history)).toEqual([0, 999 * 2 * second]);
	});

	test('a run is identical only if plans and extra are too', () => {
		const history = addAll([
			sample(0, 500, {a: 500}),
			sample(second, 500, {b: 500}),
			sample(2 * second, 500, {b: 500}),
		]);
		expect(history.samples).toHaveLength(3);
	});

	test('the same timestamp replaces the reading', () => {
		const history = addAll([sample(0, 500), sample(second, 490), sample(second, 480)]);
		expect(history.samples.map(kept => kept.total)).toEqual([500, 480]);
	});

	test('a reading a little late is put in order', () => {
		const history = addAll([sample(0, 500), sample(60 * second, 480), sample(30 * second, 490)]);
		expect(times(history)).toEqual([0, 30 * second, 60 * second]);
	});

	test('a clock jump back drops the readings stamped after the new one', () => {
		const ahead = [sample(0, 500), sample(hour, 480), sample(hour + minute, 470)];
		const history = addSample(addAll(ahead), sample(10 * minute, 490));
		expect(times(history)).toEqual([0, 10 * minute]);
		expect(history.samples.at(-1)?.total).toBe(490);
	});

	test('a step back within the slack is not a clock jump', () => {
		const history = addAll([sample(0, 500), sample(hour, 480), sample(hour - clockSlackMs + second, 490)]);
		expect(history.samples).toHaveLength(3);
	});

	test('does not change the history it is given', () => {
		const history = addAll([sample(0, 500), sample(second, 500)]);
		addSample(history, sample(2 * second, 500));
		expect(times(history)).toEqual([0, second]);
	});
});

test('mergeHistories is the union of two writers, the second winning on equal timestamps', () => {
	const a = addAll([sample(0, 500), sample(20 * second, 480), sample(40 * second, 460)]);
	const b = addAll([sample(10 * second, 490), sample(20 * second, 481), sample(30 * second, 470)]);
	const merged = mergeHistories(a, b);
	expect(merged.samples.map(kept => kept.total)).toEqual([500, 490, 481, 470, 460]);
	expect(a.samples).toHaveLength(3);
});

test('withoutFuture drops readings from a clock that has since gone back', () => {
	const history = addAll([sample(0, 500), sample(minute, 490), sample(hour, 480)]);
	expect(times(withoutFuture(history, start + minute))).toEqual([0, minute]);
});

// The documented promise (docs/forecasts.md), as a literal: a change to the code's constant must fail here.
const maxSamples = 5000;

// Whole simulated weeks of polls: seconds, not milliseconds. The week of 2 s polls is simulated and
// thinned once, for the two tests that read it.
let weekOf2sPolls: {full: Sample[]; thinned: History} | undefined;
function week2s() {
	if (weekOf2sPolls === undefined) {
		const full = simulate(7 * day, 2 * second, 1);
		weekOf2sPolls = {full, thinned: addAll(full)};
	}

	return weekOf2sPolls;
}

describe('thinning', {timeout: 30_000}, () => {
	test('a week of 2 s polls: bounded, and the burn answers stay within 2% of the full ones', () => {
		const {full, thinned} = week2s();
		const now = full.at(-1)!.at;
		expect(thinned.samples.length).toBeLessThan(maxSamples / 2);
		expect(thinned.samples.length).toBeLessThan(full.length / 50);
		expect(dropsTotal(thinned.samples)).toBe(dropsTotal(full));
		for (const window of [15 * minute, day, 3 * day]) {
			const exact = burnRate({samples: full}, now, window).creditsPerHour!;
			expect(Math.abs((burnRate(thinned, now, window).creditsPerHour! / exact) - 1)).toBeLessThan(0.02);
		}

		expect(lastDrop(thinned)).toEqual(lastDrop({samples: full}));
	});

	test('the 24-hour rate stays close at every moment of a day', () => {
		const full = simulate(3 * day, 10 * second, 2);
		let thinned: History = {samples: []};
		let index = 0;
		for (let hours = 25; hours <= 72; hours += 7) {
			for (; index < full.length && full[index]!.at <= start + (hours * hour); index++) {
				thinned = addSample(thinned, full[index]!);
			}

			const now = start + (hours * hour);
			const exact = burnRate({samples: full.slice(0, index)}, now, day).creditsPerHour!;
			expect(Math.abs((burnRate(thinned, now, day).creditsPerHour! / exact) - 1)).toBeLessThan(0.02);
		}
	});

	test('a month and more of polls: bounded, and nothing older than a week', () => {
		const thinned = addAll(simulate(40 * day, 30 * second, 3));
		expect(thinned.samples.length).toBeLessThan(maxSamples);
		const newest = thinned.samples.at(-1)!.at;
		expect(newest - thinned.samples[0]!.at).toBeLessThanOrEqual(7 * day);
		expect(newest - thinned.samples[0]!.at).toBeGreaterThan(6 * day);
	});

	test('flat after the first day: a week of 2 s polls keeps about as many readings as one day', () => {
		const {full, thinned} = week2s();
		const oneDay = addAll(full.filter(reading => reading.at <= start + day)).samples.length;
		expect(thinned.samples.length / oneDay).toBeLessThan(1.2);
	});

	test('a balance that never moves in one direction still stops at the cap', () => {
		const seesaw = Array.from({length: maxSamples + 2000}, (_, index) =>
			sample(index * 2 * second, index % 2 === 0 ? 500 : 490),
		);
		const thinned = addAll(seesaw);
		expect(thinned.samples).toHaveLength(maxSamples);
		expect(thinned.samples.at(-1)).toEqual(seesaw.at(-1));
	});
});
