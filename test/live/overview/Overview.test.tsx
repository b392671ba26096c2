import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {Overview, type OverviewProps} from '../../../source/live/overview/Overview.js';
import {overviewRow} from '../../helpers/overviewRow.js';

const row = overviewRow;

const three = [
	row('studio'),
	row('home', {
		balance: '120',
		low: true,
		verdict: {symbol: '✗', text: 'below --warn · measuring…', tone: 'error'},
		priority: 1,
	}),
	row('broken', {
		balance: '?',
		verdict: {symbol: '✗', text: 'server error 500', tone: 'error'},
		reset: undefined,
		stale: 'no data',
		priority: 0,
	}),
];

const props = (overrides: Partial<OverviewProps> = {}): OverviewProps => ({
	size: {columns: 100, rows: 30},
	rows: three,
	selected: 0,
	spark: (_, width) => '▇▆▅▄▃▂▁'.padEnd(width, '▁').slice(0, width),
	notices: [],
	detail: {text: 'studio: ✓ lasts past the Pro Plan reset (in 2h 13m)', tone: 'ok'},
	demo: false,
	inFlight: false,
	pace: 'every 30s',
	...overrides,
});

const lines = (overrides: Partial<OverviewProps> = {}) => {
	const {lastFrame, unmount} = render(<Overview {...props(overrides)}/>);
	const text = (lastFrame() ?? '').split('\n');
	unmount();
	return text;
};

test('a row each: name, balance, verdict with its symbol, status, reset and history; the chosen marked; the keys in the footer', () => {
	const shown = lines();
	expect(shown).toHaveLength(30);
	expect(shown[0]).toBe('Every account · 3 accounts · 1 failing');
	expect(shown[1]).toMatch(/^ {2}account +balance +verdict +status +next reset +last 15m$/);
	expect(shown[2]).toMatch(/^› studio +9,000 {2}✓ lasts past reset +Pro Plan 2h 13m {2}▇▆▅▄▃▂▁▁▁▁▁▁$/);
	expect(shown[3]).toMatch(/^ {2}home +120 {2}✗ below --warn · measuring… +Pro Plan 2h 13m/);
	expect(shown[4]).toMatch(/^ {2}broken +\? {2}✗ server error 500 +no data +▇/);
	expect(shown[28]).toBe('studio: ✓ lasts past the Pro Plan reset (in 2h 13m)');
	expect(shown[29]).toBe('↑↓ choose  Enter open  r refresh all  q quit  · every 30s');
});

test('at 60×20 it fits, every line within the width, the history and the reset left out first', () => {
	const shown = lines({size: {columns: 60, rows: 20}});
	expect(shown).toHaveLength(20);
	expect(shown.every(line => stringWidth(line) <= 60)).toBe(true);
	expect(shown[1]).toMatch(/^ {2}account +balance +verdict +status$/);
	expect(shown.some(line => line.startsWith('  broken') && line.includes('no data'))).toBe(true);
	expect(shown.at(-1)).toMatch(/^↑↓ choose {2}Enter open/);
});

test('more accounts than rows: the chosen and the failing ones kept, a +N more line, never taller than the pane', () => {
	const rows = [...Array.from({length: 30}, (_, index) => row(`client-${index + 1}`)), ...three];
	const shown = lines({rows, selected: 20, size: {columns: 60, rows: 12}});
	expect(shown).toHaveLength(12);
	expect(shown.some(line => line.startsWith('› client-21'))).toBe(true);
	expect(shown.some(line => line.startsWith('  broken'))).toBe(true);
	expect(shown.some(line => line.startsWith('  home'))).toBe(true);
	const more = shown.find(line => line.startsWith('+'));
	expect(more).toMatch(/^\+25 more \(↑\/↓ reaches them/);
	expect(shown.every(line => stringWidth(line) <= 60)).toBe(true);
});

test('the demo is marked, a request in flight shows, and a notice is named by its account', () => {
	const shown = lines({demo: true, inFlight: true, notices: [{text: 'home: --on-alert failed', tone: 'warning'}]});
	expect(shown[0]).toMatch(/^ DEMO {2}Every account · 3 accounts · 1 failing +\S updating$/);
	expect(shown[2]).toBe('home: --on-alert failed');
});
