import {expect, test} from 'vitest';
import {forecastRule, meanCost, rateError, stillMeasuring, whenUsedUp} from '../../source/model/forecast.js';

const hour = 3_600_000;

test('the rule, pinned as docs/forecasts.md states it: two drops and 45 seconds', () => {
	expect(forecastRule).toEqual({minDrops: 2, minCoverageMs: 45_000});
});

test.each<[number, number, ReturnType<typeof stillMeasuring>]>([
	[0, 0, {dropsNeeded: 2, coverageNeededMs: 45_000}],
	[1, 60_000, {dropsNeeded: 1, coverageNeededMs: 0}],
	[2, 30_000, {dropsNeeded: 0, coverageNeededMs: 15_000}],
	[2, 45_000, undefined],
	[9, 600_000, undefined],
])('%i drops over %i ms: still measuring %o', (drops, coveredMs, expected) => {
	expect(stillMeasuring(drops, coveredMs)).toEqual(expected);
});

test('a rate from n drops is known to within 1/√n, never better than from 2', () => {
	expect(rateError(2)).toBeCloseTo(0.7071, 4);
	expect(rateError(16)).toBe(0.25);
	expect(rateError(100)).toBe(0.1);
	expect(rateError(1)).toBe(rateError(2));
});

test('when an amount is used up: the point, and a range that narrows with more drops', () => {
	const now = 0;
	const perMs = 100 / hour;
	const few = whenUsedUp(now, 1000, perMs, 4);
	expect(few).toEqual({at: 10 * hour, earliest: Math.round(10 * hour / 1.5), latest: 20 * hour});
	const many = whenUsedUp(now, 1000, perMs, 100);
	expect(many.at).toBe(10 * hour);
	expect(many.latest - many.earliest).toBeLessThan(few.latest - few.earliest);
	expect(many.earliest).toBeLessThan(many.at);
	expect(many.latest).toBeGreaterThan(many.at);
});

test('nothing left is used up now, whatever the rate', () => {
	expect(whenUsedUp(5, -20, 1, 9)).toEqual({at: 5, earliest: 5, latest: 5});
});

test('the mean cost of a job and its standard error; none from a single drop', () => {
	expect(meanCost([10])).toBeUndefined();
	expect(meanCost([10, 10, 10])).toEqual({point: 10, low: 10, high: 10});
	// sd of (10, 40, 25) is 15; over √3 is 8.66.
	const cost = meanCost([10, 40, 25])!;
	expect(cost.point).toBe(25);
	expect(cost.low).toBeCloseTo(16.34, 2);
	expect(cost.high).toBeCloseTo(33.66, 2);
	// Mean 25, standard error 25.01 (sd 50.02 over √4): clamped to 0, never a negative cost.
	expect(meanCost([0, 0, 0, 100.05])!.low).toBe(0);
});
