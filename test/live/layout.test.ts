import {describe, expect, test} from 'vitest';
import {chooseLayout, planColumns, type Layout} from '../../source/live/layout.js';

const counter = {big: {width: 37, height: 6}, small: {width: 17, height: 2}};

function rowsUsed(layout: Layout, notices: number): number {
	if (layout.kind === 'too-small') {
		return 1;
	}

	const counterRows = {big: 6, small: 2, plain: 1}[layout.counter];
	const planRows = Math.max(1, layout.plansShown + (layout.plansHidden > 0 ? 1 : 0));
	return 1 + Math.min(notices, layout.noticesShown) + counterRows + Number(layout.breakdown) + Number(layout.burn) + Number(layout.trend) + planRows + Number(layout.storage) + Number(layout.footer) + (layout.gaps ? 3 : 0);
}

describe('chooseLayout', () => {
	test('100×30 with two plans: the big counter, gaps, everything', () => {
		expect(chooseLayout({columns: 100, rows: 30}, {plans: 2, notices: 1, burn: true, counter})).toEqual({
			kind: 'dashboard', counter: 'big', gaps: true, noticesShown: 1, plansShown: 2, plansHidden: 0, breakdown: true, burn: true, trend: true, runRows: 0, storage: true, footer: true,
		});
	});

	test('40×12 with two plans and a stale line: the small font, all sections', () => {
		expect(chooseLayout({columns: 40, rows: 12}, {plans: 2, notices: 1, burn: false, counter})).toMatchObject({counter: 'small', plansShown: 2, footer: true, storage: true});
		expect(chooseLayout({columns: 40, rows: 12}, {plans: 2, notices: 1, burn: true, counter})).toMatchObject({counter: 'small', gaps: false, plansShown: 2, burn: true, trend: true, footer: true, storage: true});
	});

	test('a counter wider than the terminal falls back to a smaller font', () => {
		const wide = {big: {width: 68, height: 6}, small: {width: 29, height: 2}};
		expect(chooseLayout({columns: 60, rows: 30}, {plans: 1, notices: 0, burn: true, counter: wide})).toMatchObject({counter: 'small'});
		expect(chooseLayout({columns: 30, rows: 30}, {plans: 1, notices: 0, burn: true, counter: {big: {width: 90, height: 6}, small: {width: 40, height: 2}}})).toMatchObject({counter: 'plain'});
	});

	test('many plans on a short terminal: as many as fit, and a line saying how many are left out', () => {
		const layout = chooseLayout({columns: 80, rows: 10}, {plans: 12, notices: 0, burn: true, counter});
		expect(layout).toMatchObject({counter: 'plain', plansShown: 2, plansHidden: 10, burn: true, trend: true, footer: true});
	});

	test('below the minimum: one line', () => {
		expect(chooseLayout({columns: 29, rows: 40}, {plans: 1, notices: 0, burn: true, counter})).toEqual({kind: 'too-small'});
		expect(chooseLayout({columns: 200, rows: 5}, {plans: 1, notices: 0, burn: true, counter})).toEqual({kind: 'too-small'});
	});

	test('never more rows than the terminal has, at every size from 20×5 to 120×40', () => {
		for (let columns = 20; columns <= 120; columns += 5) {
			for (let rows = 5; rows <= 40; rows++) {
				for (const plans of [0, 1, 3, 15]) {
					for (const notices of [0, 2]) {
						const layout = chooseLayout({columns, rows}, {plans, notices, burn: plans % 2 === 1, counter});
						expect(rowsUsed(layout, notices), `${columns}×${rows}, ${plans} plans, ${notices} notices`).toBeLessThanOrEqual(rows);
					}
				}
			}
		}
	});
});

describe('planColumns', () => {
	const total = (c: ReturnType<typeof planColumns>) => c.name + c.percent + 2 + [c.status, c.bar, c.amount, c.countdown].filter(width => width > 0).reduce((sum, width) => sum + width + 2, 0);

	test('wide: every column, the bar capped at 40', () => {
		expect(planColumns(160, 12, 13)).toEqual({name: 12, status: 8, bar: 40, percent: 4, amount: 13, countdown: 21});
	});

	test('narrow: the countdown stays (short if need be), then the bar, then the status, then the amounts', () => {
		expect(planColumns(30, 12, 13)).toMatchObject({countdown: 0, bar: 10, status: 0, amount: 0});
		expect(planColumns(31, 12, 13)).toMatchObject({countdown: 11, bar: 0, status: 0, amount: 0});
		expect(planColumns(40, 12, 13)).toMatchObject({countdown: 11, bar: 0, status: 0, amount: 0});
		expect(planColumns(43, 12, 13)).toMatchObject({countdown: 11, bar: 10, status: 0, amount: 0});
		expect(planColumns(54, 12, 13)).toMatchObject({countdown: 11, bar: 11, status: 8, amount: 0});
		expect(planColumns(70, 12, 13)).toMatchObject({countdown: 11, bar: 12, status: 8, amount: 13});
		expect(planColumns(80, 12, 13)).toMatchObject({countdown: 21, bar: 12, status: 8, amount: 13});
		expect(planColumns(90, 12, 13)).toMatchObject({countdown: 21, bar: 22, status: 8, amount: 13});
	});

	test('long names are capped at 20 columns', () => {
		expect(planColumns(100, 64, 13).name).toBe(20);
	});

	test.each([30, 33, 41, 47, 58, 66, 79, 100, 131])('the row never exceeds %i columns', columns => {
		expect(total(planColumns(columns, 30, 17))).toBeLessThanOrEqual(columns);
	});
});
