import {describe, expect, test} from 'vitest';
import {perJobCost} from '../../source/model/perJobCost.js';
import {preflight} from '../../source/model/preflight.js';
import {perJobMissingText, preflightText} from '../../source/present/preflightText.js';
import type {History} from '../../source/model/history.js';

const now = Date.parse('2026-11-25T12:00:00Z');
const history = (points: Array<[secondsAgo: number, total: number]>): History => ({
	samples: points.map(([ago, total]) => ({at: now - ago * 1000, total, plans: {}})),
});

describe('the cost of one more job', () => {
	test('--per-job as given, exactly', () => {
		expect(perJobCost(12.5, {samples: []}, now)).toEqual({
			credits: {point: 12.5, low: 12.5, high: 12.5},
			source: 'flag',
			drops: 0,
		});
	});

	test('from the last day\'s drops: their mean and its standard error; a top-up is no job', () => {
		expect(
			perJobCost(
				undefined,
				history([
					[120, 1000],
					[90, 990],
					[60, 1990],
					[30, 1960],
					[0, 1940],
				]),
				now,
			),
		).toEqual({
			credits: {point: 20, low: 20 - Math.sqrt(100 / 3), high: 20 + Math.sqrt(100 / 3)},
			source: 'history',
			drops: 3,
		});
	});

	test('nothing from a single drop, nor from under 45 s of readings (the forecast rule)', () => {
		expect(
			perJobCost(
				undefined,
				history([
					[120, 1000],
					[60, 990],
				]),
				now,
			),
		).toEqual({measuring: {dropsNeeded: 1, coverageNeededMs: 0}});
		expect(
			perJobCost(
				undefined,
				history([
					[30, 1000],
					[20, 990],
					[10, 980],
				]),
				now,
			),
		).toEqual({measuring: {dropsNeeded: 0, coverageNeededMs: 15_000}});
		// Drops older than a day are another day's jobs.
		expect(
			perJobCost(
				undefined,
				history([
					[90_000, 1000],
					[89_000, 990],
					[88_000, 980],
					[0, 980],
				]),
				now,
			),
		).toMatchObject({measuring: {dropsNeeded: 2}});
		expect(perJobMissingText({dropsNeeded: 1, coverageNeededMs: 0})).toBe(
			'No per-job cost is known: the history needs 1 more drop of the balance to learn it (the forecast rule). Give --per-job CREDITS.',
		);
		expect(perJobMissingText({dropsNeeded: 0, coverageNeededMs: 15_000})).toContain('15s more of readings');
	});
});

describe('whether it fits above --keep', () => {
	const perJob = {credits: {point: 10, low: 9, high: 11}, source: 'history' as const, drops: 12};
	test.each([
		[1440, 'covered', true],
		[1439, 'may-fall-short', false],
		[1360, 'may-fall-short', false],
		[1359, 'short', false],
	] as const)('40 jobs of 9–11, keeping 1,000, balance %d: %s', (balance, answer, covered) => {
		expect(preflight(balance, 1000, {jobs: 40}, perJob)).toEqual({
			answer,
			covered,
			need: {low: 360, high: 440},
			balance,
			keep: 1000,
			perJob,
		});
	});

	test('credits: the need is exact, and no per-job cost comes into it', () => {
		expect(preflight(600, 100, {credits: 500}, undefined)).toMatchObject({
			answer: 'covered',
			need: {low: 500, high: 500},
			perJob: undefined,
		});
		expect(preflight(599, 100, {credits: 500}, undefined).answer).toBe('short');
	});

	test('one line: the answer, the need as a range, the balance', () => {
		expect(preflightText(preflight(1540, 1000, {jobs: 40}, perJob), {jobs: 40})).toBe(
			'✓ covered: 40 jobs need ~360–440 credits; balance 1,540, keeping 1,000',
		);
		expect(preflightText(preflight(1500, 0, {jobs: 1}, perJob), {jobs: 1})).toBe(
			'✓ covered: 1 job needs ~9–11 credits; balance 1,500',
		);
		expect(preflightText(preflight(400, 0, {credits: 500}, undefined), {credits: 500})).toBe(
			'✗ short: 500 credits; balance 400',
		);
	});
});
