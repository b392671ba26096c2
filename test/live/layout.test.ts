import {describe, expect, test} from 'vitest';
import {chooseLayout, minimumChartRows, type Content, type Layout} from '../../source/live/layout.js';

const counter = {big: {width: 37, height: 6}, small: {width: 17, height: 2}};
const content = (fields: Partial<Content> = {}): Content => ({
	plans: 2,
	notices: 0,
	verdictRows: 1,
	runRows: 0,
	hint: false,
	chart: true,
	counter,
	...fields,
});

function rowsUsed(layout: Layout, notices: number): number {
	if (layout.kind === 'too-small') {
		return 1 + layout.verdictRows;
	}

	const counterRows = {big: 6, small: 2, plain: 1}[layout.counter];
	const planRows = layout.plansShown + Number(layout.plansHidden > 0) + Number(layout.noPlansLine);
	const gaps = layout.gaps ? 1 + Number(layout.runRows > 0) + Number(layout.chartRows > 0) : 0;
	return (
		1
		+ Math.min(notices, layout.noticesShown)
		+ counterRows
		+ layout.verdictRows
		+ Number(layout.details)
		+ planRows
		+ Number(layout.storage)
		+ layout.runRows
		+ Number(layout.hint)
		+ layout.chartRows
		+ Number(layout.footer)
		+ gaps
	);
}

describe('chooseLayout', () => {
	test('100×30 with two plans, a run and a stale line: the big counter, gaps, everything, and the chart takes the rest', () => {
		expect(chooseLayout({columns: 100, rows: 30}, content({notices: 1, runRows: 2}))).toEqual({
			kind: 'dashboard',
			counter: 'big',
			verdictRows: 1,
			hint: false,
			gaps: true,
			noticesShown: 1,
			plansShown: 2,
			plansHidden: 0,
			noPlansLine: false,
			footer: true,
			runRows: 2,
			details: true,
			storage: true,
			chartRows: 30 - 3 - 1 - 2 - 1 - 2 - 1 - 1 - 5 - 3,
		});
	});

	test('the chart grows with the terminal and takes every row left, however tall', () => {
		const at = (rows: number) => chooseLayout({columns: 120, rows}, content());
		expect(at(34)).toMatchObject({chartRows: 34 - 3 - 2 - 1 - 1 - 1 - 5 - 2});
		expect(at(50)).toMatchObject({chartRows: 50 - 3 - 2 - 1 - 1 - 1 - 5 - 2});
		expect(at(80)).toMatchObject({chartRows: 80 - 3 - 2 - 1 - 1 - 1 - 5 - 2});
	});

	test('the verdict takes the lines it wraps onto, up to 3, before a plan or the footer; past 3 it is cut', () => {
		expect(chooseLayout({columns: 34, rows: 14}, content({verdictRows: 2}))).toMatchObject({
			verdictRows: 2,
			plansShown: 2,
			footer: true,
		});
		expect(chooseLayout({columns: 30, rows: 14}, content({verdictRows: 5}))).toMatchObject({
			verdictRows: 3,
			plansShown: 2,
			footer: true,
		});
		// The smallest dashboard: the verdict whole, then one plan; the footer waits for a row.
		expect(chooseLayout({columns: 30, rows: 6}, content({verdictRows: 3}))).toMatchObject({
			verdictRows: 3,
			plansShown: 0,
			plansHidden: 2,
			footer: false,
		});
		expect(chooseLayout({columns: 30, rows: 6}, content({verdictRows: 2}))).toMatchObject({
			verdictRows: 2,
			plansShown: 0,
			plansHidden: 2,
			footer: true,
		});
		expect(chooseLayout({columns: 30, rows: 7}, content({verdictRows: 2, plans: 1}))).toMatchObject({
			verdictRows: 2,
			plansShown: 1,
			footer: true,
		});
		// Stale notices still come first: the verdict is about numbers they say are old.
		expect(chooseLayout({columns: 30, rows: 6}, content({verdictRows: 3, notices: 2}))).toMatchObject({
			noticesShown: 2,
			verdictRows: 2,
		});
	});

	test('the demo\'s hint is the first line to go, after the storage row, before the chart', () => {
		const at = (rows: number) => chooseLayout({columns: 100, rows}, content({hint: true}));
		expect(at(30)).toMatchObject({hint: true, chartRows: 30 - 3 - 2 - 1 - 1 - 1 - 1 - 5 - 2});
		expect(at(9)).toMatchObject({hint: true, storage: true, chartRows: 0});
		expect(at(8)).toMatchObject({hint: false, storage: true, details: true, plansShown: 2});
		expect(chooseLayout({columns: 100, rows: 30}, content())).toMatchObject({hint: false});
	});

	test('by priority as rows shrink: the chart and gaps go before the storage row, the storage before the details, the plans last', () => {
		const at = (rows: number) => chooseLayout({columns: 100, rows}, content({plans: 3, runRows: 2}));
		expect(at(20)).toMatchObject({
			counter: 'big',
			chartRows: minimumChartRows,
			gaps: false,
			storage: true,
			details: true,
			runRows: 2,
			plansShown: 3,
			footer: true,
		});
		expect(at(14)).toMatchObject({
			counter: 'small',
			chartRows: 0,
			storage: true,
			details: true,
			runRows: 2,
			plansShown: 3,
		});
		expect(at(11)).toMatchObject({counter: 'plain', storage: true, details: true, runRows: 2});
		expect(at(10)).toMatchObject({storage: false, details: true, runRows: 2});
		expect(at(9)).toMatchObject({details: false, runRows: 2, plansShown: 3, footer: true});
		expect(at(8)).toMatchObject({runRows: 1, plansShown: 3});
		expect(at(7)).toMatchObject({runRows: 0, plansShown: 3, footer: true});
		expect(at(6)).toMatchObject({plansShown: 1, plansHidden: 2, footer: true});
	});

	test('stale notices come before the plans, and the footer before all but one plan', () => {
		expect(chooseLayout({columns: 60, rows: 6}, content({notices: 2, plans: 4}))).toMatchObject({
			noticesShown: 2,
			plansShown: 0,
			plansHidden: 4,
			footer: false,
		});
		expect(chooseLayout({columns: 60, rows: 7}, content({plans: 4}))).toMatchObject({
			plansShown: 2,
			plansHidden: 2,
			footer: true,
		});
	});

	test('a counter wider than the terminal falls back to a smaller font', () => {
		const wide = {big: {width: 68, height: 6}, small: {width: 29, height: 2}};
		expect(chooseLayout({columns: 60, rows: 30}, content({counter: wide}))).toMatchObject({counter: 'small'});
		expect(
			chooseLayout(
				{columns: 30, rows: 30},
				content({counter: {big: {width: 90, height: 6}, small: {width: 40, height: 2}}}),
			),
		).toMatchObject({counter: 'plain'});
	});

	test('no chart before the first balance', () => {
		expect(chooseLayout({columns: 100, rows: 30}, content({chart: false}))).toMatchObject({chartRows: 0});
	});

	test('below the minimum: the balance, and the verdict on the lines there are, wrapped up to 3', () => {
		expect(chooseLayout({columns: 29, rows: 40}, content())).toEqual({kind: 'too-small', verdictRows: 1});
		expect(chooseLayout({columns: 29, rows: 40}, content({verdictRows: 2}))).toEqual({
			kind: 'too-small',
			verdictRows: 2,
		});
		expect(chooseLayout({columns: 20, rows: 40}, content({verdictRows: 6}))).toEqual({
			kind: 'too-small',
			verdictRows: 3,
		});
		expect(chooseLayout({columns: 200, rows: 5}, content())).toEqual({kind: 'too-small', verdictRows: 1});
		expect(chooseLayout({columns: 40, rows: 3}, content({verdictRows: 3}))).toEqual({
			kind: 'too-small',
			verdictRows: 2,
		});
		expect(chooseLayout({columns: 200, rows: 1}, content())).toEqual({kind: 'too-small', verdictRows: 0});
	});

	test('never more rows than the terminal has, at every height from 1 to 80, 20 to 250 columns wide; with a chart, every row used', () => {
		// The width only chooses the counter's font, so a few widths around those fonts' do.
		for (const columns of [20, 29, 30, 34, 40, 60, 100, 200, 250]) {
			for (let rows = 1; rows <= 80; rows++) {
				for (const plans of [0, 1, 3, 15]) {
					for (const notices of [0, 2]) {
						for (const runRows of [0, 2]) {
							for (const [verdictRows, hint] of [[1, false], [2, true], [4, false]] as const) {
								const layout = chooseLayout(
									{columns, rows},
									content({plans, notices, runRows, verdictRows, hint}),
								);
								const used = rowsUsed(layout, notices);
								const what = `${columns}×${rows}, ${plans} plans, ${notices} notices, ${runRows} run rows, ${verdictRows} verdict rows`;
								expect(used, what).toBeLessThanOrEqual(rows);
								if (layout.kind === 'dashboard' && layout.chartRows > 0) {
									expect(used, what).toBe(rows);
								}
							}
						}
					}
				}
			}
		}
	});
});
