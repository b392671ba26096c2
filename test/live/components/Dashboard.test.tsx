import stringWidth from 'string-width';
import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import {Dashboard, type DashboardProps} from '../../../source/live/components/Dashboard.js';
import {accounts, propsFor} from '../../helpers/dashboardProps.js';
import {manyPlans, snapshots} from '../../helpers/snapshots.js';

function frame(props: DashboardProps): string[] {
	const {lastFrame, unmount} = render(<Dashboard {...props}/>);
	const lines = (lastFrame() ?? '').split('\n');
	unmount();
	return lines;
}

function expectFits(lines: string[], columns: number, rows: number) {
	expect(lines.length).toBeLessThanOrEqual(rows);
	for (const line of lines) {
		expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
	}
}

describe('Dashboard', () => {
	test('a healthy account at 100×30: the verdict right under the counter, plans and storage on one grid, the chart, the footer', () => {
		const lines = frame(accounts['healthy']!);
		expect(lines).toHaveLength(30);
		expect(lines[0]).toMatch(/^Alex Rivera · api\.srtgen\.com +updated just now$/);
		expect(lines.slice(1, 7).join('\n')).toContain('██');
		expect(lines[7]).toBe('✓ lasts past the Pro Plan reset (in 2h 15m)');
		expect(lines[8]).toBe('credits · monthly 3,165 · extra 750 · burn 300/h over 15m');
		expect(lines[10]).toMatch(/^Pro Plan {5}1,840 \/ 5,000 {3}█+░+ {3}37% left {2}resets in 2h 15m$/);
		expect(lines[11]).toMatch(/^Team Add-on {2}1,325 \/ 2,000 {3}█+░+ {3}66% left {2}resets in 11d 00h$/);
		expect(lines[12]).toMatch(/^Storage {6}3\.2 GB \/ 10 GB {2}█+░+ {3}32% used$/);
		expect(lines[10]!.search(/[█░]/)).toBe(lines[12]!.search(/[█░]/));
		expect(lines[14]).toMatch(/^balance, last 1h \(1-5 zoom\) · last −5 at 12:00:00 · 15 drops in 15m$/);
		expect(lines[15]).toMatch(/^4,000 +[⠀-⣿]+$/);
		expect(lines[28]).toMatch(/^ +-1h +-30m +now$/);
		expect(lines[29]).toBe('r refresh  q quit  ? help  m mark a run  j jobs  f freeze  1-5 zoom  · every 30s');
	});

	test('a draining account with a run: the run\'s verdict, in words, then its facts', () => {
		const lines = frame(accounts['draining']!);
		expect(lines[7]).toMatch(/^✗ short by ~[\d,]+ credits — about \d+ jobs$/);
		expect(lines.find(line => line.startsWith('▶'))).toMatch(/^▶ since mark 10m: −300 credits · 10 drops, ~30 each · 1,800\/h$/);
		expect(lines.find(line => line.startsWith('  10 of'))).toMatch(/^ {2}10 of 150 jobs done · the other 140 need ~4,200 \(4,200–4,200\) · ~435 short$/);
	});

	test('frozen: the footer says when, and that f resumes', () => {
		const lines = frame(accounts['frozen']!);
		expect(lines[0]).toContain('FROZEN');
		expect(lines.at(-1)).toMatch(/f resume {2}1-5 zoom {2}· frozen at 11:59:48$/);
	});

	test('below --warn the counter and the verdict say so, in words', () => {
		const lines = frame({...accounts['healthy']!, size: {columns: 60, rows: 8}, warnBelow: 5000, low: true});
		expect(lines.find(line => line.endsWith('below --warn'))).toBe(
			'✓ lasts past the Pro Plan reset (in 2h 15m) · below --warn',
		);
	});

	test.each([[30, 8], [40, 12], [60, 20], [100, 30], [120, 40], [200, 50]])('at %i×%i every kind of account fits, and the verdict is always there', (columns, rows) => {
		for (const [name, props] of Object.entries(accounts)) {
			const lines = frame({...props, size: {columns, rows}});
			expectFits(lines, columns, rows);
			expect(lines.some(line => /^[✓!✗…] /.test(line)), `${name} at ${columns}×${rows}:\n${lines.join('\n')}`).toBe(true);
			expect(lines[0]!.length, name).toBeGreaterThan(0);
		}
	});

	test('the layout by size: what each size keeps', () => {
		const at = (columns: number, rows: number) => frame({...accounts['draining']!, size: {columns, rows}});
		const small = at(40, 12);
		expect(small.some(line => line.startsWith('Pro Plan'))).toBe(true);
		expect(small.some(line => line.startsWith('balance, last'))).toBe(false);
		const medium = at(60, 20);
		expect(medium.find(line => line.startsWith('Pro Plan'))).toMatch(/^Pro Plan {5}1,840 \/ 5,000 +█*░* *37% left {2}2h 15m$/);
		expect(medium.some(line => line.startsWith('Storage'))).toBe(true);
		expect(medium.some(line => line.includes('active'))).toBe(false);
		const wide = at(200, 50);
		expect(wide.filter(line => /[⠀-⣿]/.test(line)).length).toBeGreaterThanOrEqual(20);
		expect(Math.max(...wide.map(line => stringWidth(line)))).toBeGreaterThan(150);
	});

	test('under the minimum size: the balance, and the verdict wrapped on the lines there are', () => {
		expect(frame({...accounts['healthy']!, size: {columns: 25, rows: 20}})).toEqual([
			'3,915 credits',
			'✓ lasts past the Pro Plan',
			'reset (in 2h 15m)',
		]);
		expect(frame({...accounts['healthy']!, size: {columns: 40, rows: 3}, low: true})).toEqual([
			'3,915 credits',
			'✓ lasts past the Pro Plan reset (in 2h',
			'15m) · below --warn',
		]);
		expect(frame({...accounts['healthy']!, size: {columns: 25, rows: 2}})).toEqual([
			'3,915 credits',
			'✓ lasts past the Pro…',
		]);
		expect(frame({...accounts['healthy']!, size: {columns: 20, rows: 1}})).toEqual(['3,915 credits']);
	});

	test.each([30, 34, 40])('at %i columns the whole verdict can be read, on two lines, and the frame fits', columns => {
		for (const rows of [8, 14]) {
			const lines = frame({...accounts['healthy']!, size: {columns, rows}});
			expectFits(lines, columns, rows);
			const first = lines.findIndex(line => line.startsWith('✓ '));
			expect(`${lines[first]} ${lines[first + 1]}`, lines.join('\n')).toBe(
				'✓ lasts past the Pro Plan reset (in 2h 15m)',
			);
			expect(lines[first + 1]).not.toContain('…');
		}

		// A run's longer sentence too.
		const lines = frame({...accounts['draining']!, size: {columns, rows: 14}});
		expectFits(lines, columns, 14);
		const first = lines.findIndex(line => line.startsWith('✗ '));
		expect(lines.slice(first, first + 3).join(' ')).toMatch(/^✗ short by ~[\d,]+ credits — about \d+ jobs/);
	});

	test('the demo\'s hint sits over the footer while it fits, and goes before anything else', () => {
		const hint = 'try m to mark a bulk run';
		const tall = frame({...accounts['healthy']!, hint});
		expect(tall.at(-2)).toBe(hint);
		expectFits(tall, 100, 30);
		const short = frame({...accounts['healthy']!, size: {columns: 100, rows: 8}, hint});
		expect(short).not.toContain(hint);
		expect(short.some(line => line.startsWith('Storage'))).toBe(true);
		expect(frame({...accounts['healthy']!, hint, showHelp: true})).not.toContain(hint);
	});

	test('at 200×50 and taller the chart takes the rows: its axis sits right over the footer', () => {
		for (const [columns, rows] of [[100, 30], [120, 40], [200, 50], [250, 70]] as const) {
			const lines = frame({...accounts['healthy']!, size: {columns, rows}});
			expect(lines, `${columns}×${rows}`).toHaveLength(rows);
			expect(lines.at(-2), `${columns}×${rows}`).toMatch(/^ +-1h +-30m +now$/);
		}
	});

	test('huge numbers, a non-ASCII name, a plan without total or reset, a past reset, a status that is not active', () => {
		const lines = frame(propsFor(snapshots.oddPlans, {samples: []}, {size: {columns: 80, rows: 24}}));
		expectFits(lines, 80, 24);
		expect(lines[0]).toMatch(/^株式会社.*… +updated just now$/);
		expect(lines.find(line => line.startsWith('Legacy'))).toMatch(/^Legacy +40 +░+ +\?% left +reset time unknown +paused$/);
		expect(lines.find(line => line.startsWith('Überplan'))).toMatch(/0 \/ 1,000 +░+ +0% left +reset due$/);
		// A counter too wide for big digits at 80 columns uses the small font: no comma drawn as a full stop.
		expect(lines.join('\n')).not.toContain('▄█╗');
	});

	test('no plans says so', () => {
		const lines = frame(propsFor(snapshots.noPlans, {samples: []}));
		expect(lines).toContain('No subscription plans');
		expect(lines.some(line => line.startsWith('credits · monthly 0 · extra 250'))).toBe(true);
	});

	test('before the first answer', () => {
		const lines = frame(propsFor(undefined, {samples: []}, {inFlight: true, fetchedAt: undefined}));
		expect(lines[0]).toMatch(/^SRTGen · api\.srtgen\.com +[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] updating$/);
		expect(lines).toContain('Fetching the balance…');
	});

	test('many plans on a short terminal: a line says how many are hidden', () => {
		const lines = frame(propsFor(manyPlans(12), {samples: []}, {size: {columns: 70, rows: 12}}));
		expectFits(lines, 70, 12);
		expect(lines.filter(line => line.startsWith('Plan '))).toHaveLength(7);
		expect(lines).toContain('+5 more plans (enlarge the terminal)');
	});

	test('the help replaces the body, wrapped at 60 columns, not cut', () => {
		const lines = frame({...accounts['healthy']!, size: {columns: 60, rows: 30}, showHelp: true});
		expect(lines).toContain('Help — press ? to close');
		expect(lines.some(line => line.startsWith('Pro Plan'))).toBe(false);
		expect(lines.join(' ').replaceAll(/\s+/g, ' ')).toContain('✓ lasts, ! may not, ✗ will not, … measuring');
		expectFits(lines, 60, 30);
	});

	test('big digits group thousands with a space: the fonts\' comma reads as a full stop', () => {
		const lines = frame(accounts['healthy']!);
		expect(lines.slice(1, 7).join('\n')).not.toContain('▄█╗');
	});
});

describe('what a plan will leave unused at its reset', () => {
	const leftover = (index: number, low: number, high: number, total: number) => ({
		index,
		key: `p${index}`,
		resetsAt: 0,
		total,
		range: {point: (low + high) / 2, low, high},
	});

	test('on the plan\'s row when more than a tenth of the plan, in a column of its own; not when less', () => {
		const props = {
			...accounts['healthy']!,
			leftAtReset: [leftover(0, 1100, 1300, 5000), leftover(1, 150, 190, 2000)],
		};
		const lines = frame(props);
		const pro = lines.find(line => line.startsWith('Pro Plan'))!;
		expect(pro).toMatch(/resets in 2h 15m +~1,100–1,300 left at reset$/);
		expect(lines.find(line => line.startsWith('Team Add-on'))).not.toContain('left at reset');
		expectFits(lines, 100, 30);
	});

	test('a narrow pane drops the column before the name, amount or countdown', () => {
		const lines = frame({
			...accounts['healthy']!,
			size: {columns: 50, rows: 30},
			leftAtReset: [leftover(0, 1200, 1200, 5000)],
		});
		expect(lines.find(line => line.startsWith('Pro Plan'))).not.toContain('left at reset');
		expectFits(lines, 50, 30);
	});
});
