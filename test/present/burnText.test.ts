import {expect, test} from 'vitest';
import type {BurnWindow} from '../../source/model/burnRate.js';
import {formatRate, lastDropText, roughDuration} from '../../source/present/burnText.js';

const hour = 3_600_000;
const window = (creditsPerHour: number | undefined): BurnWindow => ({
	windowMs: 900_000,
	creditsPerHour,
	drops: 9,
	spent: 80,
	samplesUsed: 30,
	coveredMs: 900_000,
});

test('rates', () => {
	expect(formatRate(window(1234.4))).toBe('1,234/h');
	expect(formatRate(window(undefined))).toBe('…');
});

test('durations keep two units', () => {
	expect(roughDuration((2 * hour) + (10 * 60_000) + 5000)).toBe('2h 10m');
	expect(roughDuration((3 * 24 * hour) + (4 * hour) + 60_000)).toBe('3d 4h');
	expect(roughDuration(20_000)).toBe('1m');
});

test('the last drop, in local time', () => {
	expect(lastDropText({size: 37, at: Date.parse('2026-11-25T14:02:11Z')})).toBe('−37 at 14:02:11');
});
