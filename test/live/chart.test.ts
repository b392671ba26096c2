import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {balanceChart, chartZooms, yScale, zoomWindowMs} from '../../source/live/chart.js';
import type {History} from '../../source/model/history.js';

const now = Date.parse('2026-11-25T12:00:00Z');
const minute = 60_000;
const history = (points: Array<[minutesAgo: number, total: number]>): History => ({
	samples: points.map(([ago, total]) => ({at: now - ago * minute, total, plans: {}})),
});
/** A steady drain of 10 credits a minute over the last 15 minutes, from 4,000. */
const draining = history(Array.from({length: 16}, (_, index) => [15 - index, 4000 - (index * 10)]));

describe('yScale', () => {
	test.each<[string, number[], {lower: number; upper: number}]>([
		['rounds up the top, and shows at least a quarter of it', [3850, 3900], {lower: 2900, upper: 3900}],
		['a drain far down keeps its lowest value in view', [400, 3900], {lower: 400, upper: 3900}],
		['a drain to nothing reaches the bottom', [0, 1250], {lower: 0, upper: 1300}],
		['small balances', [3, 7], {lower: 3, upper: 7}],
		['all equal: a span, not a division by zero', [500, 500], {lower: 370, upper: 500}],
		['nothing at all', [0], {lower: 0, upper: 1}],
		['no readings', [], {lower: 0, upper: 1}],
		['huge balances', [1_234_567_890], {lower: 900_000_000, upper: 1_300_000_000}],
	])('%s', (_, values, expected) => {
		expect(yScale(values)).toEqual(expected);
	});

	test('a 1 % drain stays a small step, not a cliff across the height', () => {
		const {lower, upper} = yScale([3960, 4000]);
		expect((4000 - 3960) / (upper - lower)).toBeLessThanOrEqual(0.04);
	});
});

describe('balanceChart', () => {
	test('a steady drain over 15 minutes: the labels, a falling filled area, and the time axis', () => {
		const chart = balanceChart(draining, now, '15m', {width: 30, height: 5});
		expect(chart.labelWidth).toBe(5);
		expect(chart.rows.map(row => row.label)).toEqual(['4,000 ', '      ', '      ', '3,000 ']);
		expect(chart.rows.map(row => row.plot)).toEqual([
			'⣿⣿⣿⣿⣿⣿⣶⣶⣶⣶⣶⣶⣶⣶⣶⣦⣤⣤⣤⣤⣤⣤⣤⣤',
			'⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿',
			'⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿',
			'⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿',
		]);
		// -10m a third of the way along, where ten minutes ago is.
		expect(chart.axis).toBe('      -15m  -10m           now');
		expect(chart.rises).toBe(0);
	});

	test('a deep drain: the area falls from left to right', () => {
		const chart = balanceChart(
			history([
				[15, 4000],
				[10, 3000],
				[5, 2000],
				[0, 1000],
			]),
			now,
			'15m',
			{width: 26, height: 5},
		);
		const filledIn = (row: string) => row.replaceAll(/[ ⠀]/g, '').length;
		const top = chart.rows[0]!.plot;
		expect(filledIn(top.slice(0, 6))).toBeGreaterThan(0);
		expect(filledIn(top.slice(-6))).toBe(0);
		expect(filledIn(chart.rows.at(-1)!.plot)).toBe(20);
		expect(chart.rows[0]!.label).toBe('4,000 ');
		// The lowest balance shown is the axis' foot: it is more than a quarter of the top.
		expect(chart.rows.at(-1)!.label).toBe('1,000 ');
	});

	test('blank before the first reading, filled after it', () => {
		const chart = balanceChart(history([[5, 1000], [0, 1000]]), now, '15m', {width: 30, height: 4});
		const bottom = chart.rows.at(-1)!.plot;
		expect(bottom.slice(0, 14).trim()).toBe('');
		expect(bottom.slice(-7)).toMatch(/^[⠀-⣿]{7}$/);
	});

	test('a top-up or plan reset is marked ▲ on the axis under where it happened, and counted', () => {
		const chart = balanceChart(
			history([
				[14, 500],
				[10, 400],
				[7, 2400],
				[3, 2300],
				[0, 2200],
			]),
			now,
			'15m',
			{width: 40, height: 6},
		);
		expect(chart.rises).toBe(1);
		const cells = 40 - chart.labelWidth - 1;
		const at = chart.axis.indexOf('▲') - chart.labelWidth - 1;
		expect(Math.abs(at - Math.round(cells * 8 / 15))).toBeLessThanOrEqual(1);
		// A fall is not a rise.
		expect(balanceChart(draining, now, '15m', {width: 40, height: 6}).axis).not.toContain('▲');
	});

	test('the middle label only when there are five rows of plot or more', () => {
		expect(balanceChart(draining, now, '15m', {width: 30, height: 6}).rows.map(row => row.label.trim())).toEqual([
			'4,000',
			'',
			'3,500',
			'',
			'3,000',
		]);
	});

	test('each zoom spans its window: the axis names it', () => {
		const axes = chartZooms.map(zoom => balanceChart(draining, now, zoom, {width: 60, height: 4}).axis.trim());
		expect(axes).toEqual([
			expect.stringMatching(/^-15m +-10m +now$/),
			expect.stringMatching(/^-1h +-30m +now$/),
			expect.stringMatching(/^-24h +-12h +now$/),
			expect.stringMatching(/^-7d +-3d +now$/),
			expect.stringMatching(/^-30d +-15d +now$/),
		]);
		expect(zoomWindowMs['7d']).toBe(7 * 24 * 60 * minute);
	});

	test('a week of hourly readings fills a 7-day chart', () => {
		const week = history(
			Array.from({length: 7 * 24}, (_, index) => [7 * 24 * 60 - index * 60 - 30, 9000 - index * 40]),
		);
		const chart = balanceChart(week, now, '7d', {width: 80, height: 8});
		expect(chart.rows.at(-1)!.plot.trim()).toHaveLength(80 - chart.labelWidth - 1);
		expect(chart.rows[0]!.label.trim()).toBe('9,000');
	});

	test('readings from the future are left out, and huge balances have short labels', () => {
		const chart = balanceChart(history([[10, 1_234_567_890], [-5, 5]]), now, '15m', {width: 30, height: 4});
		expect(chart.rows[0]!.label).toBe('1.3G ');
		expect(chart.rows.at(-1)!.label).toBe('900M ');
	});

	test('no readings: labels still sane, nothing drawn', () => {
		const chart = balanceChart({samples: []}, now, '1h', {width: 30, height: 4});
		expect(chart.rows.every(row => row.plot.trim() === '')).toBe(true);
		expect(chart.rows[0]!.label.trim()).toBe('1');
	});

	test('too small to say anything: no chart', () => {
		expect(balanceChart(draining, now, '15m', {width: 11, height: 10}).rows).toEqual([]);
		expect(balanceChart(draining, now, '15m', {width: 80, height: 2}).rows).toEqual([]);
	});

	test('every line exactly as wide as asked, at every size', () => {
		for (let width = 12; width <= 200; width += 7) {
			for (let height = 3; height <= 40; height += 5) {
				const chart = balanceChart(draining, now, '1h', {width, height});
				expect(chart.rows).toHaveLength(height - 1);
				for (const row of chart.rows) {
					expect(stringWidth(row.label + row.plot), `${width}×${height}`).toBe(width);
				}

				expect(stringWidth(chart.axis), `${width}×${height} axis`).toBe(width);
			}
		}
	});
});
