import {expect, test} from 'vitest';
import {untilNextVisibleChange} from '../../source/live/nextChange.js';
import {resetCountdown} from '../../source/present/format.js';

const now = 10_000_000_000;

test.each([
	['an age under a minute reads "just now" until the minute', [now - 1200], [], 58_800],
	['an age under a minute never changes sooner', [now - 12_300], [], 47_700],
	['an age in minutes changes at the next whole minute', [now - 190_000], [], 50_000],
	['an age in hours changes at the next whole hour', [now - 2 * 3_600_000 - 60_000], [], 3_540_000],
	['a countdown under an hour changes each minute', [], [now + 42 * 60_000 + 7250], 7251],
	['a countdown in its last minute changes each second', [], [now + 42_250], 251],
	['a countdown just over a minute changes at the minute', [], [now + 61_500], 1501],
	['a countdown in days changes each hour', [], [now + 3 * 86_400_000 + 2 * 3_600_000 + 30_000], 30_001],
	['a countdown exactly on the hour reads differently a moment later', [], [now + 3 * 86_400_000 + 3_600_000], 1],
	[
		'a countdown a day and some minutes off changes when under a day',
		[],
		[now + 86_400_000 + 20 * 60_000],
		20 * 60_000 + 1,
	],
	['a past deadline never changes', [], [now - 5000], 3_600_000],
	['the soonest change wins', [now - 190_000], [now + 1500], 501],
	['a countdown an hour and a bit off changes at the minute, not each second', [], [now + 3_630_000], 30_001],
	['an age just under a minute changes at the minute', [now - 58_000], [], 2000],
	['nothing shown: an hour', [], [], 3_600_000],
])('%s', (_, since, until, expected) => {
	expect(untilNextVisibleChange(now, since, until)).toBe(expected);
});

test.each([42_250, 60_000, 61_500, 3_600_000, 3_630_000, 86_400_000, 86_400_000 + 1_200_000, (3 * 86_400_000) + 3_600_000])('a countdown %i ms off reads the same until the wait is over, and differently then', remaining => {
	const deadline = new Date(now + remaining);
	const wait = untilNextVisibleChange(now, [], [deadline.getTime()]);
	expect(resetCountdown(deadline, now + wait - 1)).toBe(resetCountdown(deadline, now));
	expect(resetCountdown(deadline, now + wait)).not.toBe(resetCountdown(deadline, now));
});
