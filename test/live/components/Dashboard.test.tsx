import stringWidth from 'string-width';
import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import type {Snapshot} from '../../../source/api/snapshot.js';
import {Dashboard, type DashboardProps} from '../../../source/live/components/Dashboard.js';
import {manyPlans, now, snapshots} from '../../helpers/snapshots.js';

function frame(snapshot: Snapshot | undefined, overrides: Partial<DashboardProps> = {}): string[] {
	const props: DashboardProps = {
		size: {columns: 100, rows: 30},
		now,
		snapshot,
		fetchedAt: now - 12_000,
		inFlight: false,
		apiHost: 'api.srtgen.com',
		demo: false,
		warnBelow: undefined,
		intervalSeconds: 30,
		notices: [],
		showHelp: false,
		burn: undefined,
		trend: width => ({line: '▁'.repeat(width), minutes: 15}),
		...overrides,
	};
	const {lastFrame, unmount} = render(<Dashboard {...props}/>);
	const lines = (lastFrame() ?? '').split('\n');
	unmount();
	return lines;
}

const measuringWindow = {windowMs: 900_000, creditsPerHour: undefined, drops: 0, spent: 0, samplesUsed: 1};
const measuring = {recent: measuringWindow, day: measuringWindow, projection: {state: 'measuring' as const}, lastDrop: undefined, nextResetAt: undefined};

function expectFits(lines: string[], columns: number, rows: number) {
	expect(lines.length).toBeLessThanOrEqual(rows);
	for (const line of lines) {
		expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
	}
}

describe('Dashboard', () => {
	test('two plans at 100×30: header, big counter, breakdown, plans, storage, footer', () => {
		const lines = frame(snapshots.twoPlans);
		expect(lines[0]).toMatch(/^Alex Rivera · api\.srtgen\.com +updated 10s ago$/);
		expect(lines.slice(2, 8).join('\n')).toContain('██');
		expect(lines).toContain('credits · monthly 3,165 · extra 750');
		expect(lines.find(line => line.startsWith('Pro Plan'))).toMatch(/^Pro Plan {5}active {4}█+░+ {3}37% {2}1,840 \/ 5,000 {2}resets in 2h 15m$/);
		expect(lines.find(line => line.startsWith('Team Add-on'))).toMatch(/past_due .* 66% .*resets in 11d 00h 00m$/);
		expect(lines.find(line => line.startsWith('Storage'))).toMatch(/^Storage {2}█+░+ {2}32% {2}3\.2 GiB of 10 GiB$/);
		expect(lines.at(-1)).toBe('r refresh  q quit  ? help  m mark a run  j jobs  f freeze  · every 30s');
		expect(lines).toHaveLength(30);
		expectFits(lines, 100, 30);
	});

	test('huge numbers, a non-ASCII name, a plan without total or reset, a past reset', () => {
		const lines = frame(snapshots.oddPlans, {size: {columns: 80, rows: 24}});
		expectFits(lines, 80, 24);
		expect(lines[0]).toMatch(/^株式会社.*… +updated 10s ago$/);
		const counter = lines.slice(1, lines.findIndex(line => line.startsWith('credits ·'))).filter(line => line.trim() !== '');
		expect(counter).toHaveLength(2);
		expect(counter.join('')).not.toContain('╗');
		expect(frame(snapshots.oddPlans, {size: {columns: 30, rows: 24}})).toContain('1,234,567,890 credits');
		expect(lines.find(line => line.startsWith('Legacy'))).toMatch(/^Legacy +paused +░+ +\?% +40 +reset time unknown$/);
		expect(lines.find(line => line.startsWith('Überplan'))).toMatch(/0% +0 \/ 1,000 +reset due$/);
		expect(lines.find(line => line.startsWith('Storage'))).toMatch(/\?% {2}200 MB of 10 GB$/);
	});

	test('no plans says so', () => {
		const lines = frame(snapshots.noPlans);
		expect(lines).toContain('No subscription plans');
		expect(lines).toContain('credits · monthly 0 · extra 250');
	});

	test('below --warn the counter and the breakdown say so', () => {
		const lines = frame(snapshots.noPlans, {size: {columns: 60, rows: 6}, warnBelow: 500});
		expect(lines).toContain('250 credits — low');
		expect(lines.some(line => line.endsWith('warn below 500'))).toBe(true);
	});

	test('before the first answer', () => {
		const lines = frame(undefined, {inFlight: true, fetchedAt: undefined});
		expect(lines[0]).toMatch(/^SRTGen · api\.srtgen\.com +[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] updating$/);
		expect(lines).toContain('Fetching the balance…');
	});

	test('the demo badge and the notices', () => {
		const lines = frame(snapshots.twoPlans, {demo: true, apiHost: 'demo account', notices: [{text: 'stale 3m — server error 500, retrying in 40s', tone: 'warning'}]});
		expect(lines[0]).toMatch(/^ DEMO {2}Alex Rivera · demo account/);
		expect(lines[1]).toBe('stale 3m — server error 500, retrying in 40s');
	});

	test('many plans on a short terminal: a line says how many are hidden', () => {
		const lines = frame(manyPlans(12), {size: {columns: 70, rows: 12}});
		expectFits(lines, 70, 12);
		expect(lines.filter(line => line.startsWith('Plan '))).toHaveLength(6);
		expect(lines).toContain('+6 more plans (enlarge the terminal)');
	});

	test('the help replaces the body', () => {
		const lines = frame(snapshots.twoPlans, {showHelp: true});
		expect(lines).toContain('Help — press ? to close');
		expect(lines.some(line => line.startsWith('Pro Plan'))).toBe(false);
	});

	test('under the minimum size: one line', () => {
		expect(frame(snapshots.twoPlans, {size: {columns: 25, rows: 20}})).toEqual(['3,915 cr · too small']);
		expect(frame(snapshots.twoPlans, {size: {columns: 20, rows: 5}})).toEqual(['3,915 cr · too small']);
	});

	test.each([[30, 6], [34, 9], [40, 12], [52, 15], [64, 10], [80, 24], [100, 40]])('fits %i×%i with every kind of snapshot', (columns, rows) => {
		for (const snapshot of [snapshots.twoPlans, snapshots.oddPlans, snapshots.noPlans, manyPlans(9)]) {
			const lines = frame(snapshot, {size: {columns, rows}, burn: measuring, notices: [{text: 'x'.repeat(200), tone: 'error'}]});
			expectFits(lines, columns, rows);
			expect(lines[0]!.startsWith(snapshot.account.name!.slice(0, 2)), lines.join('\n')).toBe(true);
		}
	});

	test('the burn panel: rates, projection in the warning colour, sparkline, last drop', () => {
		const window = {windowMs: 900_000, creditsPerHour: 312, drops: 9, spent: 78, samplesUsed: 31};
		const burn = {
			recent: window,
			day: {...window, windowMs: 86_400_000, creditsPerHour: 280},
			projection: {state: 'runs-out' as const, emptyAt: now + 7_800_000, beforeReset: true},
			lastDrop: {size: 37, at: Date.parse('2026-11-25T11:58:11Z')},
			nextResetAt: now + (3 * 86_400_000),
		};
		const lines = frame(snapshots.twoPlans, {burn, trend: width => ({line: '█▆▄▂'.padStart(width, ' '), minutes: 15})});
		expect(lines).toContain('burn 312/h (15m) · empty in ~2h 10m — before the reset in 3d · 280/h (24h)');
		expect(lines.find(line => line.includes('drops in 15m'))).toMatch(/^ +█▆▄▂ 15m · last −37 at 11:58:11 · 9 drops in 15m$/);
		expectFits(lines, 100, 30);
	});
});
