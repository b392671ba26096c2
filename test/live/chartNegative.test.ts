import {expect, test} from 'vitest';
import {balanceChart, yScale} from '../../source/live/chart.js';

const now = Date.parse('2026-11-25T12:00:00Z');
const minute = 60_000;

test('an overdraft: the credits axis reaches below zero to the lowest balance, not 1…0', () => {
	expect(yScale([-120, -80])).toEqual({lower: -120, upper: 0});
	expect(yScale([50, -30])).toEqual({lower: -30, upper: 50});
	expect(yScale([-1_450_000])).toEqual({lower: -1_500_000, upper: 0});
	// Above zero the axis is as it was: a round number above the highest, down to a quarter of it.
	expect(yScale([3840, 3700])).toEqual({lower: 2900, upper: 3900});
});

test('a balance falling below zero is drawn falling, with a negative label at the bottom', () => {
	const samples = Array.from({length: 16}, (_, index) => ({
		at: now - 15 * minute + index * minute,
		total: 100 - index * 20,
		plans: {},
	}));
	const chart = balanceChart({samples}, now, '15m', {width: 40, height: 7});
	expect(chart.rows.at(-1)!.label.trim()).toBe('-200');
	expect(chart.rows[0]!.label.trim()).toBe('100');
	// The first readings fill more of the height than the last: the left column reaches higher.
	const filled = (cell: number) => chart.rows.filter(row => row.plot[cell] !== ' ').length;
	expect(filled(0)).toBeGreaterThan(filled(chart.rows[0]!.plot.length - 1));
	expect(filled(chart.rows[0]!.plot.length - 1)).toBeGreaterThan(0);
	const deep = balanceChart({samples: [{at: now - minute, total: -1_450_000, plans: {}}]}, now, '15m', {
		width: 40,
		height: 7,
	});
	expect(deep.rows.at(-1)!.label.trim()).toBe('-1.5M');
});
