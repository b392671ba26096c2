import {describe, expect, test} from 'vitest';
import {burnRate, lastDrop, projection, type BurnWindow} from '../../source/model/burnRate.js';
import type {History} from '../../source/model/history.js';

const start = Date.parse('2026-11-25T12:00:00Z');
const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const window15 = 15 * minute;

/** Polls every `every` seconds from 0 to `seconds`, reading the balance that `balanceAt` gives. */
function polled(seconds: number, every: number, balanceAt: (second: number) => number): History {
	const samples = [];
	for (let at = 0; at <= seconds; at += every) {
		samples.push({at: start + (at * second), total: balanceAt(at), plans: {}});
	}

	return {samples};
}

const history = (points: Array<[seconds: number, total: number]>): History => ({
	samples: points.map(([at, total]) => ({at: start + at * second, total, plans: {}})),
});

/** 10 credits every 20 seconds: 1,800 credits an hour. */
const steadyJobs = (second: number) => 10_000 - (10 * Math.floor(second / 20));

describe('burnRate over 15 minutes', () => {
	test.each<[string, History, number, number | undefined]>([
		['steady jobs', polled(1800, 5, steadyJobs), 1800, 1800],
		['steady jobs, polled every 30 s', polled(1800, 30, steadyJobs), 1800, 1800],
		[
			'a burst of 10 jobs, then quiet: the average, not the burst',
			history([
				[0, 1000],
				...Array.from({length: 10}, (_, job): [number, number] => [60 + job * 5, 990 - job * 10]),
				[900, 900],
			]),
			900,
			400,
		],
		[
			'a pause: jobs for 10 minutes, then 20 minutes of nothing',
			polled(1800, 5, second => steadyJobs(Math.min(second, 600))),
			1800,
			0,
		],
		[
			'a top-up mid-run neither counts nor cancels drops',
			polled(1800, 5, second => steadyJobs(second) + (second >= 1510 ? 500 : 0)),
			1800,
			1800,
		],
		[
			'a plan reset (a big rise) mid-run',
			polled(1800, 5, second => steadyJobs(second) + (second >= 1510 ? 50_000 : 0)),
			1800,
			1800,
		],
		['a single sample', history([[0, 1000]]), 600, undefined],
		[
			'a single drop',
			history([
				[0, 1000],
				[300, 990],
				[600, 990],
			]),
			600,
			undefined,
		],
		[
			'two drops within 40 s: too short to tell',
			history([
				[0, 1000],
				[15, 990],
				[30, 980],
				[40, 980],
			]),
			40,
			undefined,
		],
		[
			'two drops within a minute: enough',
			history([
				[0, 1000],
				[20, 990],
				[40, 980],
				[60, 980],
			]),
			60,
			1200,
		],
		[
			'two drops over 3 minutes',
			history([
				[0, 1000],
				[60, 990],
				[120, 980],
				[180, 980],
			]),
			180,
			400,
		],
		['no samples at all', history([]), 600, undefined],
	])('%s', (_, samples, nowSeconds, expected) => {
		const rate = burnRate(samples, start + nowSeconds * second, window15);
		if (expected === undefined) {
			expect(rate.creditsPerHour).toBeUndefined();
		} else {
			expect(rate.creditsPerHour).toBeCloseTo(expected, -1);
		}
	});

	test('a drop that straddles the window start counts only its share inside', () => {
		// 100 credits gone between minute 10 and minute 20; the window starts at minute 15.
		const rate = burnRate(
			history([
				[0, 1000],
				[600, 1000],
				[1200, 900],
				[1800, 800],
			]),
			start + 30 * minute,
			window15,
		);
		expect(rate.spent).toBeCloseTo(150);
		expect(rate.drops).toBe(2);
		expect(rate.samplesUsed).toBe(3);
		expect(rate.creditsPerHour).toBeCloseTo(600);
	});

	test('the rate moves little as one step leaves the window and another enters', () => {
		const samples = polled(3600, 5, steadyJobs);
		const rates = Array.from(
			{length: 60},
			(_, step) => burnRate(samples, start + 30 * minute + step * 5 * second, window15).creditsPerHour!,
		);
		expect(Math.max(...rates) / Math.min(...rates)).toBeLessThan(1.03);
	});

	test('covered time runs from the first sample when there is nothing earlier', () => {
		const rate = burnRate(
			history([
				[0, 1000],
				[60, 990],
				[120, 980],
				[180, 970],
				[240, 960],
			]),
			start + 5 * minute,
			window15,
		);
		expect(rate.spent).toBe(40);
		expect(rate.creditsPerHour).toBeCloseTo(40 / (5 / 60));
	});

	test('samples after now are ignored', () => {
		const rate = burnRate(history([[0, 1000], [120, 990], [240, 980], [360, 0]]), start + (4 * minute), window15);
		expect(rate.spent).toBe(20);
	});

	test('the 24-hour window averages a day that has idle hours', () => {
		// Jobs only in the first 2 of 24 hours: 3,600 credits over the day.
		const samples = polled(24 * 3600, 30, second => steadyJobs(Math.min(second, 7200)));
		const day = burnRate(samples, start + (24 * hour), 24 * hour);
		expect(day.creditsPerHour).toBeCloseTo(3600 / 24, 0);
		expect(burnRate(samples, start + (24 * hour), window15).creditsPerHour).toBe(0);
	});
});

test('lastDrop is the most recent step down, not a rise after it', () => {
	expect(
		lastDrop(
			history([
				[0, 1000],
				[20, 990],
				[40, 960],
				[60, 960],
				[80, 5000],
				[100, 5000],
			]),
		),
	).toEqual({size: 30, at: start + 40 * second});
	expect(lastDrop(history([[0, 1000], [20, 1000]]))).toBeUndefined();
	expect(lastDrop(history([]))).toBeUndefined();
});

describe('projection', () => {
	const now = start;
	const rate = (creditsPerHour: number | undefined): BurnWindow => ({
		windowMs: window15,
		creditsPerHour,
		drops: 5,
		spent: 0,
		samplesUsed: 10,
		coveredMs: window15,
	});
	// 5 drops: the rate within 1/√5 (44.7 %) of itself, so a 10 h point spans 6.91 h to 18.09 h.
	const tenHours = {
		emptyAt: now + 10 * hour,
		earliest: now + Math.round((10 * hour) / (1 + 1 / Math.sqrt(5))),
		latest: now + Math.round((10 * hour) / (1 - 1 / Math.sqrt(5))),
	};

	test.each([
		[
			'runs out before the reset',
			1000,
			rate(100),
			now + 20 * hour,
			{state: 'runs-out', ...tenHours, beforeReset: true},
		],
		[
			'lasts past the reset',
			1000,
			rate(100),
			now + 5 * hour,
			{state: 'runs-out', ...tenHours, beforeReset: false},
		],
		['no reset known', 1000, rate(100), undefined, {state: 'runs-out', ...tenHours, beforeReset: undefined}],
		[
			'already empty',
			-20,
			rate(100),
			now + hour,
			{state: 'runs-out', emptyAt: now, earliest: now, latest: now, beforeReset: true},
		],
		['measuring: no rate yet', 1000, rate(undefined), now + hour, {state: 'measuring'}],
		['measuring: balance unknown', undefined, rate(100), now + hour, {state: 'measuring'}],
		['idle', 1000, rate(0), now + hour, {state: 'idle'}],
	])('%s', (_, total, burn, nextResetAt, expected) => {
		expect(projection(total, burn, nextResetAt, now)).toEqual(expected);
	});
});
