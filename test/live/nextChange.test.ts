import {expect, test} from 'vitest';
import {untilNextVisibleChange} from '../../source/live/nextChange.js';

const now = 10_000_000_000;

test.each([
	['an age under a minute reads "just now" until the minute', [now - 1200], [], 58_800],
	['an age under a minute never changes sooner', [now - 12_300], [], 47_700],
	['an age in minutes changes at the next whole minute', [now - 190_000], [], 50_000],
	['an age in hours changes at the next whole hour', [now - (2 * 3_600_000) - 60_000], [], 3_540_000],
	['a countdown under an hour changes each minute', [], [now + (42 * 60_000) + 7250], 7250],
	['a countdown in its last minute changes each second', [], [now + 42_250], 250],
	['a countdown just over a minute changes at the minute', [], [now + 61_500], 1500],
	['a countdown in days changes each hour', [], [now + (3 * 86_400_000) + (2 * 3_600_000) + 30_000], 30_000],
	['a countdown in days, on the hour, waits the hour', [], [now + (3 * 86_400_000) + 3_600_000], 3_600_000],
	['a countdown a day and some minutes off changes when under a day', [], [now + 86_400_000 + (20 * 60_000)], 20 * 60_000],
	['a past deadline never changes', [], [now - 5000], 3_600_000],
	['the soonest change wins', [now - 190_000], [now + 1500], 500],
	['a countdown an hour off changes at the minute, not each second', [], [now + 3_600_000], 60_000],
	['an age just under a minute changes at the minute', [now - 58_000], [], 2000],
	['nothing shown: an hour', [], [], 3_600_000],
])('%s', (_, since, until, expected) => {
	expect(untilNextVisibleChange(now, since, until)).toBe(expected);
});
