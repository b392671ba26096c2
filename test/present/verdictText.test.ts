import {describe, expect, test} from 'vitest';
import type {BulkRun, RunJobs} from '../../source/model/bulkRun.js';
import type {BurnWindow, Projection} from '../../source/model/burnRate.js';
import type {BurnSummary} from '../../source/model/burnSummary.js';
import {verdict, measuringText, timeRangeText, toneSymbol} from '../../source/present/verdictText.js';

const now = Date.parse('2026-11-25T14:00:00Z');
const minute = 60_000;
const hour = 60 * minute;

const window = (fields: Partial<BurnWindow>): BurnWindow => ({
	windowMs: 15 * minute,
	creditsPerHour: 600,
	drops: 9,
	spent: 150,
	samplesUsed: 30,
	coveredMs: 15 * minute,
	...fields,
});
const burn = (
	projection: Projection,
	nextResetAt = now + 2 * hour + 11 * minute,
	fields: Partial<BurnWindow> = {},
): BurnSummary => ({
	recent: window(fields),
	day: window({}),
	projection,
	lastDrop: undefined,
	nextResetAt,
	nextResetPlan: 'Pro Plan',
});
const runsOut = (at: number, earliest: number, latest: number): Projection => ({
	state: 'runs-out',
	emptyAt: now + at,
	earliest: now + earliest,
	latest: now + latest,
	beforeReset: undefined,
});
const run = (jobs: Partial<RunJobs>, fields: Partial<BulkRun> = {}): BulkRun => ({
	elapsedMs: 10 * minute,
	spent: 110,
	drops: 11,
	averageCost: 10,
	creditsPerHour: 660,
	measuring: undefined,
	jobs: {
		total: 150,
		done: 11,
		remaining: 139,
		needed: 1390,
		neededRange: {point: 1390, low: 1200, high: 1580},
		covers: true,
		spare: 610,
		shortBy: undefined,
		jobsShort: undefined,
		finish: {at: now + 119 * minute, earliest: now + 112 * minute, latest: now + 128 * minute},
		...jobs,
	},
	...fields,
});

describe('the balance', () => {
	test.each<[string, number | undefined, BurnSummary | undefined, string, string, string]>([
		['no balance', undefined, undefined, 'unknown', 'balance unknown', 'measuring'],
		[
			'nothing left',
			0,
			burn({state: 'idle'}),
			'empty',
			'no credits left: jobs fail until a top-up or the Pro Plan reset (in 2h 11m)',
			'error',
		],
		[
			'measuring, no drop yet',
			3000,
			burn({state: 'measuring'}, now + hour, {drops: 0, coveredMs: 5000}),
			'measuring',
			'measuring… (45s of readings needed)',
			'measuring',
		],
		[
			'measuring, one drop',
			3000,
			burn({state: 'measuring'}, now + hour, {drops: 1, coveredMs: 60_000}),
			'measuring',
			'measuring… (1 more drop needed)',
			'measuring',
		],
		['idle', 3000, burn({state: 'idle'}), 'idle', 'no credits spent in the last 15m', 'ok'],
		[
			'lasts: even the earliest empty time is after the reset',
			3000,
			burn(runsOut(5 * hour, 3 * hour, 9 * hour)),
			'lasts-past-reset',
			'lasts past the Pro Plan reset (in 2h 11m)',
			'ok',
		],
		[
			'runs out: even the latest is before the reset',
			3000,
			burn(runsOut(76 * minute, 68 * minute, 84 * minute)),
			'runs-out-before-reset',
			'empty 15:08–15:24 (in ~1h 16m), before the Pro Plan reset (in 2h 11m)',
			'error',
		],
		[
			'may run out: the range straddles the reset',
			3000,
			burn(runsOut(2 * hour, 90 * minute, 3 * hour)),
			'may-run-out-before-reset',
			'may run out before the Pro Plan reset (in 2h 11m): empty 15:30–17:00 (in ~2h)',
			'warning',
		],
		[
			'no reset known',
			3000,
			{...burn(runsOut(2 * hour, 90 * minute, 3 * hour)), nextResetAt: undefined},
			'runs-out',
			'empty 15:30–17:00 (in ~2h)',
			'warning',
		],
	])('%s', (_, total, summary, code, text, tone) => {
		expect(verdict(total, summary, undefined, now)).toEqual({code, text, tone});
	});
});

describe('a marked run with a job count is what the verdict is about', () => {
	const lasting = burn(runsOut(5 * hour, 3 * hour, 9 * hour));
	test.each<[string, number, BulkRun, string, string, string]>([
		[
			'covered even at the high end of its cost',
			2000,
			run({}),
			'run-covered',
			'covers the remaining 139 jobs, done 15:52–16:08 (in ~1h 59m)',
			'ok',
		],
		[
			'may fall short: the balance is inside the range',
			1400,
			run({covers: true, spare: 10}),
			'run-may-fall-short',
			'may fall short: the remaining 139 jobs need ~1,200–1,580, 1,400 left',
			'warning',
		],
		[
			'short even at the low end',
			1000,
			run({covers: false, spare: undefined, shortBy: 390, jobsShort: 39}),
			'run-short',
			'short by ~390 credits — about 39 jobs',
			'error',
		],
		[
			'measuring',
			2000,
			run(
				{needed: undefined, neededRange: undefined, finish: undefined, done: 1, remaining: 149},
				{drops: 1, measuring: {dropsNeeded: 1, coverageNeededMs: 0}},
			),
			'run-measuring',
			'149 jobs to go — measuring… (1 more drop needed)',
			'measuring',
		],
		['done', 2000, run({remaining: 0, done: 150}), 'run-done', 'all 150 jobs done', 'ok'],
	])('%s', (_, total, bulk, code, text, tone) => {
		expect(verdict(total, lasting, bulk, now)).toEqual({code, text, tone});
	});

	test('a run without a job count leaves the verdict to the balance', () => {
		expect(verdict(3000, lasting, {...run({}), jobs: undefined}, now).code).toBe('lasts-past-reset');
	});

	test('an empty balance is the verdict even during a run', () => {
		expect(verdict(0, lasting, run({}), now).code).toBe('empty');
	});
});

test.each<[string, number, number, number, string]>([
	['a range within the day, in 24-hour time', 76 * minute, 68 * minute, 84 * minute, '15:08–15:24 (in ~1h 16m)'],
	['past midnight', 10 * hour + 5 * minute, 10 * hour, 10 * hour + 10 * minute, '00:00–00:10 (in ~10h 5m)'],
	['both ends in the same minute', 30 * minute, 30 * minute, 30 * minute + 20_000, '~14:30 (in ~30m)'],
	[
		'a day or more away: durations, since a time of day would be ambiguous',
		26 * hour,
		20 * hour,
		40 * hour,
		'in ~1d 2h (20h–1d 16h)',
	],
])('time ranges: %s', (_, at, earliest, latest, text) => {
	expect(timeRangeText({at: now + at, earliest: now + earliest, latest: now + latest}, now)).toBe(text);
});

test('what measuring waits for', () => {
	expect(measuringText({dropsNeeded: 2, coverageNeededMs: 45_000}, 0)).toBe('measuring… (2 drops needed)');
	expect(measuringText({dropsNeeded: 1, coverageNeededMs: 0}, 1)).toBe('measuring… (1 more drop needed)');
	expect(measuringText({dropsNeeded: 0, coverageNeededMs: 12_500}, 3)).toBe('measuring… (45s of readings needed)');
	expect(measuringText(undefined, 3)).toBe('measuring…');
});

test('every tone has its own symbol, so colour is never the only sign', () => {
	expect(new Set(Object.values(toneSymbol)).size).toBe(4);
});

describe('a guard holding its command', () => {
	test('says so before the run or the balance: that is why nothing is spent', () => {
		const held = {holding: true, since: now - (12 * minute), keep: 1000};
		expect(
			verdict(
				1020,
				burn(runsOut(hour, hour, 2 * hour)),
				run({remaining: 10, neededRange: {point: 100, low: 90, high: 110}}),
				now,
				held,
			),
		).toEqual({
			code: 'guard-holding',
			tone: 'warning',
			text: 'run paused by --guard since 13:48, keeping 1,000 credits (1,020 left)',
		});
		expect(verdict(1020, undefined, undefined, now, {...held, since: now - 26 * hour}).text).toBe(
			'run paused by --guard for 1d 2h, keeping 1,000 credits (1,020 left)',
		);
	});

	test('a guard that lets its command run changes nothing', () => {
		expect(
			verdict(1020, burn({state: 'idle'}), undefined, now, {holding: false, since: now, keep: 1000}).code,
		).toBe('idle');
	});
});
