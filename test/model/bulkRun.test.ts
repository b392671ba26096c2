import {describe, expect, test} from 'vitest';
import {bulkRun, doneRunSteersMs, runSteers, type BulkRun, type Mark} from '../../source/model/bulkRun.js';
import type {AmountRange, TimeRange} from '../../source/model/forecast.js';
import type {History} from '../../source/model/history.js';

const start = Date.parse('2026-11-25T12:00:00Z');
const second = 1000;

const history = (points: Array<[seconds: number, total: number]>): History => ({
	samples: points.map(([at, total]) => ({at: start + at * second, total, plans: {}})),
});
const mark = (seconds: number, jobs?: number): Mark => ({at: start + (seconds * second), jobs});
const at = (seconds: number) => start + (seconds * second);

// Fields left out of an expectation must be undefined: toEqual treats a missing key and an undefined one alike.
describe('bulkRun', () => {
	test.each<[string, History, Mark, number | undefined, number, BulkRun]>([
		[
			'no job done yet',
			history([
				[0, 1000],
				[30, 1000],
				[90, 1000],
			]),
			mark(60, 10),
			1000,
			120,
			{
				elapsedMs: 60 * second,
				spent: 0,
				drops: 0,
				averageCost: undefined,
				creditsPerHour: undefined,
				measuring: {dropsNeeded: 2, coverageNeededMs: 0},
				jobs: {
					total: 10,
					done: 0,
					remaining: 10,
					needed: undefined,
					neededRange: undefined,
					covers: undefined,
					spare: undefined,
					shortBy: undefined,
					jobsShort: undefined,
					finish: undefined,
				},
			},
		],
		[
			'one job: an average, but no rate and no forecast from a single drop',
			history([
				[0, 1000],
				[60, 1000],
				[120, 975],
			]),
			mark(60, 4),
			975,
			180,
			{
				elapsedMs: 120 * second,
				spent: 25,
				drops: 1,
				averageCost: 25,
				creditsPerHour: undefined,
				measuring: {dropsNeeded: 1, coverageNeededMs: 0},
				jobs: {
					total: 4,
					done: 1,
					remaining: 3,
					needed: undefined,
					neededRange: undefined,
					covers: undefined,
					spare: undefined,
					shortBy: undefined,
					jobsShort: undefined,
					finish: undefined,
				},
			},
		],
		[
			'uneven job costs (10, 40, 25), counted from the reading just before the mark',
			history([
				[0, 1000],
				[100, 990],
				[200, 950],
				[300, 925],
			]),
			mark(50, 6),
			925,
			410,
			{
				elapsedMs: 360 * second,
				spent: 75,
				drops: 3,
				averageCost: 25,
				creditsPerHour: 750,
				measuring: undefined,
				jobs: {
					total: 6,
					done: 3,
					remaining: 3,
					needed: 75,
					neededRange: expect.any(Object) as AmountRange,
					covers: true,
					spare: 850,
					shortBy: undefined,
					jobsShort: undefined,
					finish: expect.objectContaining({at: at(410 + 360)}) as TimeRange,
				},
			},
		],
		[
			'a top-up mid-run: not negative spending, and the current balance covers the rest',
			history([
				[0, 1000],
				[60, 990],
				[120, 1490],
				[180, 1480],
			]),
			mark(0, 4),
			1480,
			240,
			{
				elapsedMs: 240 * second,
				spent: 20,
				drops: 2,
				averageCost: 10,
				creditsPerHour: 300,
				measuring: undefined,
				jobs: {
					total: 4,
					done: 2,
					remaining: 2,
					needed: 20,
					neededRange: expect.any(Object) as AmountRange,
					covers: true,
					spare: 1460,
					shortBy: undefined,
					jobsShort: undefined,
					finish: expect.objectContaining({at: at(240 + 240)}) as TimeRange,
				},
			},
		],
		[
			'the balance runs out mid-run',
			history([
				[0, 100],
				[60, 70],
				[120, 40],
			]),
			mark(0, 10),
			40,
			120,
			{
				elapsedMs: 120 * second,
				spent: 60,
				drops: 2,
				averageCost: 30,
				creditsPerHour: 1800,
				measuring: undefined,
				jobs: {
					total: 10,
					done: 2,
					remaining: 8,
					needed: 240,
					neededRange: expect.any(Object) as AmountRange,
					covers: false,
					spare: undefined,
					shortBy: 200,
					jobsShort: 7,
					finish: expect.objectContaining({at: at(120 + 480)}) as TimeRange,
				},
			},
		],
		[
			'nothing left: every remaining job is short',
			history([
				[0, 60],
				[60, 30],
				[120, 0],
			]),
			mark(0, 5),
			0,
			120,
			{
				elapsedMs: 120 * second,
				spent: 60,
				drops: 2,
				averageCost: 30,
				creditsPerHour: 1800,
				measuring: undefined,
				jobs: {
					total: 5,
					done: 2,
					remaining: 3,
					needed: 90,
					neededRange: expect.any(Object) as AmountRange,
					covers: false,
					spare: undefined,
					shortBy: 90,
					jobsShort: 3,
					finish: expect.objectContaining({at: at(120 + 180)}) as TimeRange,
				},
			},
		],
		[
			// 7 × (29 / 7) is 29.000000000000004 in floating point.
			'a balance of exactly what is needed covers, even with an average of 29/7',
			history([
				[0, 100],
				[60, 96],
				[120, 92],
				[180, 88],
				[240, 84],
				[300, 80],
				[360, 76],
				[420, 71],
			]),
			mark(0, 14),
			29,
			420,
			{
				elapsedMs: 420 * second,
				spent: 29,
				drops: 7,
				averageCost: 29 / 7,
				creditsPerHour: expect.closeTo(248.57) as number,
				measuring: undefined,
				jobs: {
					total: 14,
					done: 7,
					remaining: 7,
					needed: 29,
					neededRange: expect.any(Object) as AmountRange,
					covers: true,
					spare: 0,
					shortBy: undefined,
					jobsShort: undefined,
					finish: expect.objectContaining({at: at(420 + 420)}) as TimeRange,
				},
			},
		],
		[
			'more drops than jobs: none remaining, finished now',
			history([
				[0, 100],
				[60, 90],
				[120, 80],
				[180, 70],
			]),
			mark(0, 2),
			70,
			200,
			{
				elapsedMs: 200 * second,
				spent: 30,
				drops: 3,
				averageCost: 10,
				creditsPerHour: 540,
				measuring: undefined,
				jobs: {
					total: 2,
					done: 3,
					remaining: 0,
					needed: 0,
					neededRange: expect.any(Object) as AmountRange,
					covers: true,
					spare: 70,
					shortBy: undefined,
					jobsShort: undefined,
					finish: expect.objectContaining({at: at(200)}) as TimeRange,
					doneAt: at(120),
				},
			},
		],
		[
			'the balance is unknown: what is needed, but no verdict',
			history([
				[0, 100],
				[60, 90],
				[120, 80],
			]),
			mark(0, 5),
			undefined,
			120,
			{
				elapsedMs: 120 * second,
				spent: 20,
				drops: 2,
				averageCost: 10,
				creditsPerHour: 600,
				measuring: undefined,
				jobs: {
					total: 5,
					done: 2,
					remaining: 3,
					needed: 30,
					neededRange: expect.any(Object) as AmountRange,
					covers: undefined,
					spare: undefined,
					shortBy: undefined,
					jobsShort: undefined,
					finish: expect.objectContaining({at: at(120 + 180)}) as TimeRange,
				},
			},
		],
		[
			'a mark before the first reading counts from that reading, and its time from the mark',
			history([
				[100, 1000],
				[160, 990],
				[220, 980],
			]),
			mark(0, 5),
			980,
			240,
			{
				elapsedMs: 240 * second,
				spent: 20,
				drops: 2,
				averageCost: 10,
				creditsPerHour: 300,
				measuring: undefined,
				jobs: {
					total: 5,
					done: 2,
					remaining: 3,
					needed: 30,
					neededRange: expect.any(Object) as AmountRange,
					covers: true,
					spare: 950,
					shortBy: undefined,
					jobsShort: undefined,
					finish: expect.objectContaining({at: at(240 + 360)}) as TimeRange,
				},
			},
		],
	])('%s', (_, samples, runMark, balance, nowSeconds, expected) => {
		expect(bulkRun(samples, runMark, balance, at(nowSeconds))).toEqual(expected);
	});

	test('a mark with no job count has no jobs', () => {
		const run = bulkRun(history([[0, 100], [60, 90], [120, 80]]), mark(0), 80, at(120));
		expect(run).not.toHaveProperty('jobs');
		expect(run.spent).toBe(20);
	});

	test.each<[string, number, number]>([
		['a reading at the mark is the starting point: its drop came before', 60, 1],
		['a mark just before a reading counts that reading\'s drop', 59, 2],
		['a mark after every reading has no drop yet', 200, 0],
	])('%s', (_, markSeconds, drops) => {
		const run = bulkRun(history([[0, 1000], [60, 990], [120, 980]]), mark(markSeconds), 980, at(200));
		expect(run.drops).toBe(drops);
		expect(run.spent).toBe(drops * 10);
	});

	test.each<[string, Array<[number, number]>, number, number | undefined]>([
		['two drops under 45 s: no rate yet', [[0, 100], [10, 90], [20, 80]], 44, undefined],
		['two drops at 45 s: a rate', [[0, 100], [10, 90], [20, 80]], 45, 1600],
	])('%s', (_, points, nowSeconds, creditsPerHour) => {
		expect(bulkRun(history(points), mark(0), 80, at(nowSeconds)).creditsPerHour).toBe(creditsPerHour);
	});

	test('readings after now are ignored', () => {
		const run = bulkRun(history([[0, 100], [30, 95], [60, 90], [120, 0]]), mark(0, 3), 90, at(90));
		expect(run.spent).toBe(10);
		// Two jobs in 90 s: the third 45 s from now.
		expect(run.jobs?.finish?.at).toBe(at(90 + 45));
	});

	test('finishAt: the remaining jobs at the pace so far, however the jobs were spread', () => {
		// 4 jobs in the first 10 minutes since the mark, then 10 quiet minutes: 5 minutes a job overall.
		const points: Array<[number, number]> = [[0, 1000], [60, 990], [120, 980], [180, 970], [240, 960], [1200, 960]];
		const run = bulkRun(history(points), mark(0, 10), 960, at(1200));
		expect(run.jobs?.finish?.at).toBe(at(1200 + (6 * 300)));
	});

	test('forecasts wait for two drops and 45 s since the mark, then give ranges', () => {
		const early = bulkRun(history([[0, 1000], [10, 990], [20, 980]]), mark(0, 10), 980, at(40));
		expect(early.measuring).toEqual({dropsNeeded: 0, coverageNeededMs: 5000});
		expect(early.jobs).toMatchObject({needed: undefined, covers: undefined, finish: undefined});

		// Jobs of 10, 30, 20 and 20: a mean of 20, a standard error of 4.08 (sd 8.16 over √4); 4 drops in 120 s.
		const run = bulkRun(
			history([
				[0, 1000],
				[30, 990],
				[60, 960],
				[90, 940],
				[120, 920],
			]),
			mark(0, 10),
			920,
			at(120),
		);
		expect(run.measuring).toBeUndefined();
		const jobs = run.jobs!;
		expect(jobs.remaining).toBe(6);
		expect(jobs.needed).toBe(120);
		expect(jobs.neededRange!.low).toBeCloseTo(6 * (20 - 4.0825), 3);
		expect(jobs.neededRange!.high).toBeCloseTo(6 * (20 + 4.0825), 3);
		// 6 jobs at 30 s each, within 1/√4 of the pace: 180 s, from 120 s to 360 s.
		expect(jobs.finish).toEqual({at: at(120 + 180), earliest: at(120 + 120), latest: at(120 + 360)});
	});
});

test('a done run steers the verdict for ten minutes after its last job, then no more', () => {
	const done = history([[0, 100], [60, 90], [120, 80]]);
	const run = (seconds: number) => bulkRun(done, mark(0, 2), 80, at(seconds));
	expect(run(130).jobs?.doneAt).toBe(at(120));
	expect(runSteers(run(130), at(130))).toBe(true);
	expect(runSteers(run(120 + (doneRunSteersMs / second) - 1), at(120 + (doneRunSteersMs / second) - 1))).toBe(true);
	expect(runSteers(run(120 + (doneRunSteersMs / second)), at(120 + (doneRunSteersMs / second)))).toBe(false);
	// Jobs left steer however long the run takes; a run without a job count never does.
	expect(runSteers(bulkRun(done, mark(0, 5), 80, at(86_400)), at(86_400))).toBe(true);
	expect(runSteers(bulkRun(done, mark(0), 80, at(130)), at(130))).toBe(false);
});
