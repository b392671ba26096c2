import {expect, test} from 'vitest';
import {overviewRow} from '../../helpers/overviewRow.js';
import {
	chooseOverviewLayout,
	columnGap,
	cursorWidth,
	rowsByPriority,
	type OverviewRow,
} from '../../../source/live/overview/overviewLayout.js';

const row = (name: string, priority = 5, overrides: Partial<OverviewRow> = {}) =>
	overviewRow(name, {priority, ...overrides});
const many = (count: number) => Array.from({length: count}, (_, index) => row(`client-${index + 1}`));
const width = (columns: Record<string, number>) => {
	const present = Object.values(columns).filter(each => each > 0);
	return cursorWidth + present.reduce((sum, each) => sum + each, 0) + (columnGap * (present.length - 1));
};

test('rows by priority: the chosen one always, then the most urgent, ties by place; shown in their order', () => {
	const rows = [row('a'), row('b', 3), row('c', 0), row('d'), row('e', 1)];
	expect(rowsByPriority(rows, 0, 3)).toEqual([0, 2, 4]);
	expect(rowsByPriority(rows, 3, 2)).toEqual([2, 3]);
	expect(rowsByPriority(rows, 1, 1)).toEqual([1]);
	expect(rowsByPriority(rows, 1, 10)).toEqual([0, 1, 2, 3, 4]);
});

test('at 60×20 three accounts fit whole, with the titles, the detail and the footer, and no column wider than the pane', () => {
	const layout = chooseOverviewLayout(
		{columns: 60, rows: 20},
		[row('studio'), row('home', 1, {stale: 'stale 3m'}), row('broken', 0)],
		0,
		0,
	);
	expect(layout).toMatchObject({
		header: true,
		titles: true,
		footer: true,
		detail: true,
		shown: [0, 1, 2],
		hidden: 0,
		more: false,
	});
	expect(width(layout.columns)).toBeLessThanOrEqual(60);
	expect(layout.columns.stale).toBeGreaterThan(0);
});

test('more accounts than lines: as many as fit, the chosen and the urgent first, and a line for the rest', () => {
	const rows = many(40).map((each, index) => (index === 30 ? {...each, priority: 0} : each));
	const layout = chooseOverviewLayout({columns: 60, rows: 20}, rows, 25, 0);
	// Header, titles, footer and the more line: 16 rows left for accounts; the detail line goes first.
	expect(layout.shown).toHaveLength(16);
	expect(layout.detail).toBe(false);
	expect(layout.shown).toContain(25);
	expect(layout.shown).toContain(30);
	expect(layout).toMatchObject({more: true, hidden: 24});
	const used
		= Number(layout.header)
			+ Number(layout.titles)
			+ Number(layout.footer)
			+ Number(layout.detail)
			+ Number(layout.more)
			+ layout.shown.length;
	expect(used).toBe(20);
});

test('as it narrows the history goes first, then the reset; the verdict shrinks before the names, and never past the width', () => {
	const rows = [
		row('a-long-account-name'),
		row('b', 5, {verdict: {symbol: '✗', text: 'empty in ~1h 10m, before reset', tone: 'error'}}),
	];
	const wide = chooseOverviewLayout({columns: 120, rows: 20}, rows, 0, 0).columns;
	expect(wide.history).toBeGreaterThan(0);
	expect(wide.reset).toBeGreaterThan(0);
	const middle = chooseOverviewLayout({columns: 84, rows: 20}, rows, 0, 0).columns;
	expect(middle.history).toBe(0);
	expect(middle.reset).toBeGreaterThan(0);
	for (const columns of [60, 40, 30, 20]) {
		const layout = chooseOverviewLayout({columns, rows: 20}, rows, 0, 0).columns;
		expect(layout.reset).toBe(0);
		expect(width(layout)).toBeLessThanOrEqual(columns);
		expect(layout.balance).toBe('balance'.length);
	}

	expect(chooseOverviewLayout({columns: 48, rows: 20}, rows, 0, 0).columns).toMatchObject({
		name: rows[0]!.name.length,
		verdict: 16,
	});
	expect(chooseOverviewLayout({columns: 40, rows: 20}, rows, 0, 0).columns).toMatchObject({name: 11, verdict: 16});
});

test('a pane of two rows keeps the chosen account and the header; of one, the account alone', () => {
	expect(chooseOverviewLayout({columns: 60, rows: 2}, many(5), 3, 2)).toMatchObject({
		header: true,
		footer: false,
		titles: false,
		shown: [3],
		more: false,
		noticesShown: 0,
		detail: false,
	});
	expect(chooseOverviewLayout({columns: 60, rows: 1}, many(5), 3, 0)).toMatchObject({header: false, shown: [3]});
});
