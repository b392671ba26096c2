import {expect, test} from 'vitest';
import type {History} from '../../source/model/history.js';
import {sparkline, sparklineSpan} from '../../source/live/sparkline.js';

const now = 1_800_000_000_000;
const minute = 60_000;
const history = (points: Array<[minutesAgo: number, total: number]>): History => ({samples: points.map(([ago, total]) => ({at: now - (ago * minute), total, plans: {}}))});

test('each slice shows the balance last known at its end, scaled between the lowest and highest', () => {
	expect(sparkline(history([[20, 1000], [12, 900], [6, 800], [1, 700]]), now, 15 * minute, 5)).toBe('██▅▅▁');
});

test('blank before the first reading; flat is a middle bar', () => {
	expect(sparkline(history([[5, 500], [2, 500]]), now, 10 * minute, 5)).toBe('  ▄▄▄');
});

test('no readings: all blank', () => {
	expect(sparkline({samples: []}, now, 15 * minute, 4)).toBe('    ');
});

test('the span shrinks to the history, in whole minutes, while it is younger than the window', () => {
	expect(sparklineSpan(history([[0.5, 1000]]), now, 15 * minute)).toBe(minute);
	expect(sparklineSpan(history([[4.2, 1000]]), now, 15 * minute)).toBe(5 * minute);
	expect(sparklineSpan(history([[40, 1000], [1, 900]]), now, 15 * minute)).toBe(minute);
	expect(sparklineSpan(history([[14, 1000]]), now, 15 * minute)).toBe(14 * minute);
	expect(sparklineSpan({samples: []}, now, 15 * minute)).toBe(15 * minute);
});
