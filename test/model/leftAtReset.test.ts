import {expect, test} from 'vitest';
import type {History} from '../../source/model/history.js';
import {isNotableLeftover, leftAtReset} from '../../source/model/leftAtReset.js';
import {now, snapshots} from '../helpers/snapshots.js';

const minute = 60_000;
/**
 * The Pro Plan (resets in 2h 15m) falling by `perMinute` a minute over the last `minutes`; the Team
 * Add-on untouched.
 */
const proFalling = (perMinute: number, minutes: number): History => ({
	samples: Array.from({length: minutes + 1}, (_, index) => ({
		at: now - (minutes - index) * minute,
		total: 0,
		plans: {pro: 1840 + (minutes - index) * perMinute, team: 1325},
	})),
});

test('each plan at its own pace: the range narrows with the drops, and a plan spending nothing keeps it all', () => {
	const [pro, team] = leftAtReset(proFalling(2, 30), snapshots.twoPlans, now);
	// 2 a minute for 135 minutes: 270 of 1,840 spent, so ~1,570 left; 30 drops, ±18 %.
	expect(pro).toMatchObject({index: 0, key: 'pro', total: 5000});
	expect(pro!.range.point).toBeCloseTo(1840 - 270);
	expect(pro!.range.low).toBeCloseTo(1840 - (270 * (1 + (1 / Math.sqrt(30)))));
	expect(pro!.range.high).toBeCloseTo(1840 - (270 * (1 - (1 / Math.sqrt(30)))));
	expect(team).toMatchObject({index: 1, range: {point: 1325, low: 1325, high: 1325}});
	expect(isNotableLeftover(pro!)).toBe(true);
});

test('nothing from a single drop, nothing for a plan without readings, never below zero', () => {
	const oneDrop: History = {
		samples: [
			{at: now - 10 * minute, total: 0, plans: {pro: 1900}},
			{at: now - minute, total: 0, plans: {pro: 1840}},
		],
	};
	expect(leftAtReset(oneDrop, snapshots.twoPlans, now)).toEqual([]);
	const fast = leftAtReset(proFalling(40, 30), snapshots.twoPlans, now)[0]!;
	expect(fast.range).toEqual({point: 0, low: 0, high: 0});
	expect(isNotableLeftover(fast)).toBe(false);
});
