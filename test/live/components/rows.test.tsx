import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import {BurnPanel} from '../../../source/live/components/BurnPanel.js';
import {Header} from '../../../source/live/components/Header.js';
import {PlanRow} from '../../../source/live/components/PlanRow.js';
import {ProgressBar} from '../../../source/live/components/ProgressBar.js';
import {StorageMeter} from '../../../source/live/components/StorageMeter.js';
import {planColumns} from '../../../source/live/layout.js';
import {now} from '../../helpers/snapshots.js';

const frame = (element: React.JSX.Element) => {
	const {lastFrame, unmount} = render(element);
	const text = lastFrame() ?? '';
	unmount();
	return text;
};

test('ProgressBar: filled share, and an empty track when the share is unknown', () => {
	expect(frame(<ProgressBar share={0.25} width={8} level="ok"/>)).toBe('██░░░░░░');
	expect(frame(<ProgressBar share={undefined} width={4} level="ok"/>)).toBe('░░░░');
	expect(frame(<ProgressBar share={1} width={0} level="ok"/>)).toBe('');
});

test('PlanRow: every column at full width, only what fits when narrow', () => {
	const plan = {name: 'Pro Plan', status: 'past_due', balance: 420, total: 5000, resetsAt: new Date(now + (42 * 60_000) + 7000)};
	expect(frame(<PlanRow plan={plan} columns={planColumns(100, 8, 11)} now={now} low={false}/>)).toMatch(/^Pro Plan {2}past_due {2}█*░+ {4}8% {2}420 \/ 5,000 {2}resets in 42m 07s$/);
	expect(frame(<PlanRow plan={plan} columns={planColumns(30, 8, 11)} now={now} low={false}/>)).toBe('Pro Plan    8%  42m 07s');
	expect(frame(<PlanRow plan={{name: 'Legacy'}} columns={planColumns(60, 6, 1)} now={now} low={false}/>)).toMatch(/^Legacy {2}unknown {3}░+ {4}\?% {2}\? {2}reset time unknown$/);
});

test('StorageMeter: sizes from the byte counts, the API text when they are missing, cut to the width', () => {
	expect(frame(<StorageMeter storage={{used: 536_870_912, limit: 1_073_741_824}} width={60}/>)).toMatch(/^Storage {2}█+░+ {2}50% {2}512 MiB of 1 GiB$/);
	expect(frame(<StorageMeter storage={{usedText: '200 MB', limitText: '10 GB'}} width={60}/>)).toMatch(/^Storage {2}░+ {2}\?% {2}200 MB of 10 GB$/);
	expect(frame(<Box width={20}><StorageMeter storage={{used: 1, limit: 2}} width={20}/></Box>)).toBe('Storage  50%  1 B o…');
});

test('Header: the DEMO badge, the age, the frozen badge, and a long name cut, not wrapped', () => {
	const header = (props: Partial<React.ComponentProps<typeof Header>>) => frame(<Header account="Alex" apiHost="api.srtgen.com" demo={false} inFlight={false} fetchedAt={now - 20_000} now={now} frozen={false} {...props}/>);
	expect(header({})).toMatch(/^Alex · api\.srtgen\.com +updated 20s ago$/);
	expect(header({demo: true})).toMatch(/^ DEMO {2}Alex/);
	expect(header({frozen: true})).toContain(' FROZEN · f resumes ');
	const long = header({account: 'A'.repeat(300)});
	expect(long.split('\n')).toHaveLength(1);
	expect(long).toContain('…');
});

test('BurnPanel: the rate, the projection and the sparkline line', () => {
	const window = {windowMs: 900_000, creditsPerHour: 600, drops: 3, spent: 30, samplesUsed: 4};
	const summary = {recent: window, day: {...window, creditsPerHour: undefined}, projection: {state: 'runs-out' as const, emptyAt: now + 3_600_000, beforeReset: false}, lastDrop: {size: 10, at: now - 60_000}, nextResetAt: now + 7_200_000};
	expect(frame(<BurnPanel summary={summary} now={now} trend={{line: '▇▄▁', minutes: 3}}/>)).toBe('burn 600/h (15m) · lasts past the reset · … (24h)\n▇▄▁ 3m · last −10 at 11:59:00 · 3 drops in 15m');
	expect(frame(<BurnPanel summary={{...summary, lastDrop: undefined}} now={now} trend={undefined}/>)).toBe('burn 600/h (15m) · lasts past the reset · … (24h)');
});
