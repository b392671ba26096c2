import {describe, expect, test} from 'vitest';
import {chooseLayout, minimumChartRows, type Layout} from '../../source/live/layout.js';

const counter = {big: {width: 37, height: 6}, small: {width: 17, height: 2}};
const content = (fields: Partial<Parameters<typeof chooseLayout>[1]> = {}) => ({plans: 2, notices: 0, runRows: 0, chart: true, counter, ...fields});

function rowsUsed(layout: Layout, notices: number, plans: number): number {
	if (layout.kind === 'too-small') {
		return layout.verdict ? 2 : 1;
	}

	const counterRows = {big: 6, small: 2, plain: 1}[layout.counter];
	const planRows = Math.max(1, Math.min(plans, layout.plansShown + (layout.plansHidden > 0 ? 1 : 0)));
	const gaps = layout.gaps ? 1 + Number(layout.runRows > 0) + Number(layout.chartRows > 0) : 0;
	return 1 + Math.min(notices, layout.noticesShown) + counterRows + 1 + Number(layout.details) + planRows + Number(layout.storage) + layout.runRows + layout.chartRows + Number(layout.footer) + gaps;
}

describe('chooseLayout', () => {
	test('100×30 with two plans, a run and a stale line: the big counter, gaps, everything, and the chart takes the rest', () => {
		expect(chooseLayout({columns: 100, rows: 30}, content({notices: 1, runRows: 2}))).toEqual({
			kind: 'dashboard', counter: 'big', gaps: true, noticesShown: 1, plansShown: 2, plansHidden: 0, footer: true, runRows: 2, details: true, storage: true, chartRows: 30 - 3 - 1 - 2 - 1 - 2 - 1 - 1 - 5 - 3,
		});
	});

	test('the chart grows with the terminal, up to 24 rows', () => {
		const at = (rows: number) => chooseLayout({columns: 120, rows}, content());
		expect(at(34)).toMatchObject({chartRows: 34 - 3 - 2 - 1 - 1 - 1 - 5 - 2});
		expect(at(80)).toMatchObject({chartRows: 24});
	});

	test('by priority as rows shrink: the chart and gaps go before the storage row, the storage before the details, the plans last', () => {
		const at = (rows: number) => chooseLayout({columns: 100, rows}, content({plans: 3, runRows: 2}));
		expect(at(20)).toMatchObject({counter: 'big', chartRows: minimumChartRows, gaps: false, storage: true, details: true, runRows: 2, plansShown: 3, footer: true});
		expect(at(14)).toMatchObject({counter: 'small', chartRows: 0, storage: true, details: true, runRows: 2, plansShown: 3});
		expect(at(11)).toMatchObject({counter: 'plain', storage: true, details: true, runRows: 2});
		expect(at(10)).toMatchObject({storage: false, details: true, runRows: 2});
		expect(at(9)).toMatchObject({details: false, runRows: 2, plansShown: 3, footer: true});
		expect(at(8)).toMatchObject({runRows: 1, plansShown: 3});
		expect(at(7)).toMatchObject({runRows: 0, plansShown: 3, footer: true});
		expect(at(6)).toMatchObject({plansShown: 1, plansHidden: 2, footer: true});
	});

	test('stale notices come before the plans, and the footer before all but one plan', () => {
		expect(chooseLayout({columns: 60, rows: 6}, content({notices: 2, plans: 4}))).toMatchObject({noticesShown: 2, plansShown: 0, plansHidden: 4, footer: false});
		expect(chooseLayout({columns: 60, rows: 7}, content({plans: 4}))).toMatchObject({plansShown: 2, plansHidden: 2, footer: true});
	});

	test('a counter wider than the terminal falls back to a smaller font', () => {
		const wide = {big: {width: 68, height: 6}, small: {width: 29, height: 2}};
		expect(chooseLayout({columns: 60, rows: 30}, content({counter: wide}))).toMatchObject({counter: 'small'});
		expect(chooseLayout({columns: 30, rows: 30}, content({counter: {big: {width: 90, height: 6}, small: {width: 40, height: 2}}}))).toMatchObject({counter: 'plain'});
	});

	test('no chart before the first balance', () => {
		expect(chooseLayout({columns: 100, rows: 30}, content({chart: false}))).toMatchObject({chartRows: 0});
	});

	test('below the minimum: the balance, and the verdict when there is a second line', () => {
		expect(chooseLayout({columns: 29, rows: 40}, content())).toEqual({kind: 'too-small', verdict: true});
		expect(chooseLayout({columns: 200, rows: 5}, content())).toEqual({kind: 'too-small', verdict: true});
		expect(chooseLayout({columns: 200, rows: 1}, content())).toEqual({kind: 'too-small', verdict: false});
	});

	test('never more rows than the terminal has, at every size from 20×1 to 200×60', () => {
		for (let columns = 20; columns <= 200; columns += 10) {
			for (let rows = 1; rows <= 60; rows++) {
				for (const plans of [0, 1, 3, 15]) {
					for (const notices of [0, 2]) {
						for (const runRows of [0, 2]) {
							const layout = chooseLayout({columns, rows}, content({plans, notices, runRows}));
							expect(rowsUsed(layout, notices, plans), `${columns}×${rows}, ${plans} plans, ${notices} notices, ${runRows} run rows`).toBeLessThanOrEqual(rows);
						}
					}
				}
			}
		}
	});
});
