import {expect, test} from 'vitest';
import type {BurnWindow} from '../../source/model/burnRate.js';
import type {BurnSummary} from '../../source/model/burnSummary.js';
import {formatRate, lastDropText, projectionText, roughDuration} from '../../source/model/burnText.js';

const now = Date.parse('2026-11-25T14:00:00Z');
const hour = 3_600_000;
const window = (creditsPerHour: number | undefined): BurnWindow => ({windowMs: 900_000, creditsPerHour, drops: 9, spent: 80, samplesUsed: 30});
const summary = (projection: BurnSummary['projection'], nextResetAt?: number): BurnSummary => ({recent: window(312), day: window(280), projection, lastDrop: undefined, nextResetAt});

test('rates', () => {
	expect(formatRate(window(1234.4))).toBe('1,234/h');
	expect(formatRate(window(undefined))).toBe('…');
});

test('durations keep two units', () => {
	expect(roughDuration((2 * hour) + (10 * 60_000) + 5000)).toBe('2h 10m');
	expect(roughDuration((3 * 24 * hour) + (4 * hour) + 60_000)).toBe('3d 4h');
	expect(roughDuration(20_000)).toBe('1m');
});

test.each<[string, BurnSummary, string, 'ok' | 'warning']>([
	['measuring', summary({state: 'measuring'}), 'measuring…', 'ok'],
	['idle', summary({state: 'idle'}), 'no credits spent lately', 'ok'],
	['empty before the reset', summary({state: 'runs-out', emptyAt: now + (2 * hour) + 600_000, beforeReset: true}, now + (3 * 24 * hour)), 'empty in ~2h 10m — before the reset in 3d', 'warning'],
	['lasts past the reset', summary({state: 'runs-out', emptyAt: now + (9 * 24 * hour), beforeReset: false}, now + (3 * 24 * hour)), 'lasts past the reset', 'ok'],
	['no reset known', summary({state: 'runs-out', emptyAt: now + (5 * hour), beforeReset: undefined}), 'empty in ~5h', 'warning'],
])('projection: %s', (_, burn, text, tone) => {
	expect(projectionText(burn, now)).toEqual({text, tone});
});

test('the last drop, in local time', () => {
	expect(lastDropText({size: 37, at: Date.parse('2026-11-25T14:02:11Z')})).toBe('−37 at 14:02:11');
});
