import {expect, test} from 'vitest';
import {gridGap, planGrid, type PlanGrid} from '../../source/live/planGrid.js';

const total = (grid: PlanGrid) =>
	grid.name
	+ [grid.amount, grid.bar, grid.share, grid.countdown, grid.status]
		.filter(width => width > 0)
		.reduce((sum, width) => sum + width + gridGap, 0);

test('wide: every column, the bar capped at 60, the status only when a plan is not active', () => {
	expect(planGrid(200, 12, 13, true)).toEqual({
		name: 12,
		amount: 13,
		countdown: 18,
		share: 9,
		bar: 60,
		status: 8,
		leftover: 0,
	});
	expect(planGrid(200, 12, 13, false)).toMatchObject({status: 0, bar: 60});
});

test('by priority as it narrows: the name and amount, the reset, the share, then the bar, "resets in", the status', () => {
	expect(planGrid(30, 12, 13, true)).toEqual({
		name: 12,
		amount: 13,
		countdown: 0,
		share: 0,
		bar: 0,
		status: 0,
		leftover: 0,
	});
	expect(planGrid(40, 12, 13, true)).toMatchObject({amount: 13, countdown: 9, share: 0, bar: 0});
	// A column that does not fit leaves its room to a smaller one after it.
	expect(planGrid(46, 12, 13, true)).toMatchObject({amount: 13, countdown: 9, share: 0, bar: 6});
	expect(planGrid(60, 12, 13, true)).toMatchObject({amount: 13, countdown: 9, share: 9, bar: 9, status: 0});
	expect(planGrid(75, 12, 13, true)).toMatchObject({countdown: 18, bar: 15, status: 0});
	expect(planGrid(90, 12, 13, true)).toMatchObject({countdown: 18, status: 8, bar: 20});
	const leftover = '~1,100–1,300 left at reset'.length;
	expect(planGrid(120, 12, 13, false, leftover)).toMatchObject({
		countdown: 18,
		leftover,
		bar: 120 - 12 - 13 - 18 - 9 - leftover - 5 * 2,
	});
	expect(planGrid(60, 12, 13, false, leftover)).toMatchObject({countdown: 9, leftover: 0});
});

test('names take 7 to 20 columns', () => {
	expect(planGrid(100, 64, 13, false).name).toBe(20);
	expect(planGrid(100, 3, 13, false).name).toBe(7);
});

test.each([30, 33, 41, 47, 58, 66, 79, 100, 131, 200])('the row never exceeds %i columns', columns => {
	expect(total(planGrid(columns, 30, 17, true))).toBeLessThanOrEqual(columns);
	expect(total(planGrid(columns, 4, 30, false))).toBeLessThanOrEqual(columns);
});
