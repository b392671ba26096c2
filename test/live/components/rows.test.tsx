import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import {Details} from '../../../source/live/components/Details.js';
import {Footer} from '../../../source/live/components/Footer.js';
import {Header} from '../../../source/live/components/Header.js';
import {HelpOverlay} from '../../../source/live/components/HelpOverlay.js';
import {PlanRow} from '../../../source/live/components/PlanRow.js';
import {ProgressBar} from '../../../source/live/components/ProgressBar.js';
import {StorageRow} from '../../../source/live/components/StorageRow.js';
import {Verdict} from '../../../source/live/components/Verdict.js';
import {planGrid} from '../../../source/live/planGrid.js';
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

test('PlanRow: name, amount, bar, "left", reset, and the status only when it is not active; by priority when narrow', () => {
	const plan = {
		name: 'Pro Plan',
		status: 'past_due',
		balance: 420,
		total: 5000,
		resetsAt: new Date(now + 42 * 60_000 + 7000),
	};
	expect(frame(<PlanRow plan={plan} grid={planGrid(100, 8, 13, true)} now={now}/>)).toMatch(/^Pro Plan {2}420 \/ 5,000 {4}█*░+ {4}8% left {2}resets in 42m {7}past_due$/);
	expect(frame(<PlanRow plan={{...plan, status: 'active'}} grid={planGrid(100, 8, 13, true)} now={now}/>)).toMatch(/^Pro Plan {2}420 \/ 5,000 {4}█*░+ {4}8% left {2}resets in 42m$/);
	expect(frame(<PlanRow plan={plan} grid={planGrid(40, 8, 13, true)} now={now}/>)).toBe(
		'Pro Plan  420 / 5,000    42m',
	);
	// The short column's widest text is "reset due", the moment it matters: whole, not cut.
	expect(
		frame(
			<PlanRow plan={{...plan, resetsAt: new Date(now - 1000)}} grid={planGrid(40, 8, 13, true)} now={now}/>,
		),
	).toBe('Pro Plan  420 / 5,000    reset due');
	expect(frame(<PlanRow plan={{name: 'Legacy'}} grid={planGrid(90, 6, 13, true)} now={now}/>)).toMatch(/^Legacy {3}\? {14}░+ {4}\?% left {2}reset time unknown {2}unknown$/);
});

test('StorageRow: on the same grid, "used", sizes from the byte counts or the API text', () => {
	const grid = planGrid(100, 8, 15, false);
	const plan = frame(
		<PlanRow plan={{name: 'Pro Plan', status: 'active', balance: 420, total: 5000}} grid={grid} now={now}/>,
	);
	const storage = frame(<StorageRow storage={{used: 536_870_912, limit: 1_073_741_824}} grid={grid}/>);
	expect(storage).toMatch(/^Storage {3}512 MiB \/ 1 GiB {2}█+░+ {3}50% used$/);
	// The bars start in the same column.
	expect(storage.indexOf('█')).toBe(plan.search(/[█░]/));
	expect(frame(<StorageRow storage={{usedText: '200 MB', limitText: '10 GB'}} grid={grid}/>)).toMatch(/^Storage {3}200 MB \/ 10 GB {3}░+ {4}\?% used$/);
});

test('Header: the DEMO badge, the age, the frozen badge, and a long name cut, not wrapped', () => {
	const header = (props: Partial<React.ComponentProps<typeof Header>>) =>
		frame(
			<Header
				account="Alex"
				apiHost="api.srtgen.com"
				demo={false}
				inFlight={false}
				fetchedAt={now - 200_000}
				now={now}
				frozen={false}
				{...props}
			/>,
		);
	expect(header({})).toMatch(/^Alex · api\.srtgen\.com +updated 3m ago$/);
	expect(header({fetchedAt: now - 20_000})).toMatch(/^Alex · api\.srtgen\.com +updated just now$/);
	expect(header({demo: true})).toMatch(/^ DEMO {2}Alex/);
	expect(header({frozen: true})).toMatch(/ FROZEN · f resumes$/);
	expect(header({frozen: true})).not.toContain('updated');
	const long = header({account: 'A'.repeat(300)});
	expect(long.split('\n')).toHaveLength(1);
	expect(long).toContain('…');
});

test('Verdict: a symbol and the sentence; below --warn it says so beside them, never changing the verdict\'s symbol', () => {
	const lasts = {
		code: 'lasts-past-reset' as const,
		text: 'lasts past the Pro Plan reset (in 2h 11m)',
		tone: 'ok' as const,
	};
	expect(frame(<Verdict verdict={lasts} low={false} columns={100} rows={3}/>)).toBe(
		'✓ lasts past the Pro Plan reset (in 2h 11m)',
	);
	expect(frame(<Verdict verdict={lasts} low columns={100} rows={3}/>)).toBe(
		'✓ lasts past the Pro Plan reset (in 2h 11m) · below --warn',
	);
	// Not "✗ measuring…": a cross for a verdict not yet given.
	expect(
		frame(
			<Verdict
				verdict={{code: 'measuring', text: 'measuring…', tone: 'measuring'}}
				low
				columns={100}
				rows={3}
			/>,
		),
	).toBe('… measuring… · below --warn');
	expect(
		frame(
			<Verdict
				verdict={{code: 'measuring', text: 'measuring… (2 drops needed)', tone: 'measuring'}}
				low={false}
				columns={100}
				rows={3}
			/>,
		),
	).toBe('… measuring… (2 drops needed)');
	// Narrow, it wraps at words onto the rows it is given, and only past them is it cut.
	expect(frame(<Verdict verdict={lasts} low columns={34} rows={3}/>)).toBe(
		'✓ lasts past the Pro Plan reset\n(in 2h 11m) · below --warn',
	);
	expect(frame(<Verdict verdict={lasts} low columns={34} rows={1}/>)).toBe('✓ lasts past the Pro Plan reset…');
});

test('Details: each rate labelled with its window, nothing for a rate not known yet', () => {
	const window = {windowMs: 900_000, creditsPerHour: 600, drops: 3, spent: 30, samplesUsed: 4, coveredMs: 900_000};
	const burn = {
		recent: window,
		day: {...window, creditsPerHour: undefined},
		projection: {state: 'idle' as const},
		lastDrop: undefined,
		nextResetAt: undefined,
		nextResetPlan: undefined,
	};
	expect(frame(<Details monthly={3165} extra={750} warnBelow={500} burn={burn}/>)).toBe(
		'credits · monthly 3,165 · extra 750 · burn 600/h over 15m · warn below 500',
	);
	expect(frame(<Details monthly={3165} extra={750} warnBelow={undefined} burn={{...burn, day: window}}/>)).toBe(
		'credits · monthly 3,165 · extra 750 · burn 600/h over 15m · 600/h over 24h',
	);
	expect(
		frame(
			<Details
				monthly={3165}
				extra={750}
				warnBelow={undefined}
				burn={{...burn, recent: {...window, creditsPerHour: undefined}}}
			/>,
		),
	).toBe('credits · monthly 3,165 · extra 750');
});

test('Footer: every key with its meaning; frozen, it says when and that f resumes', () => {
	expect(frame(<Footer intervalSeconds={30} frozenAt={undefined} runMarked={false}/>)).toBe(
		'r refresh  q quit  ? help  m mark a run  j jobs  f freeze  1-5 zoom  · every 30s',
	);
	expect(frame(<Footer intervalSeconds={30} frozenAt="14:02:11" runMarked={false}/>)).toContain(
		'f resume  1-5 zoom  · frozen at 14:02:11',
	);
	// A run marked: u clears it.
	expect(frame(<Footer intervalSeconds={30} frozenAt={undefined} runMarked/>)).toBe(
		'r refresh  q quit  ? help  m mark a run  u unmark  j jobs  f freeze  1-5 zoom  · every 30s',
	);
	// Opened from the overview: Esc goes back to it.
	expect(frame(<Footer intervalSeconds={30} frozenAt={undefined} runMarked={false} back/>)).toMatch(/^Esc accounts {2}r refresh/);
});

test('HelpOverlay: meanings wrap to the width instead of being cut, whole entries only', () => {
	const narrow = frame(<Box width={40}><HelpOverlay columns={40} rows={40}/></Box>).split('\n');
	expect(narrow.every(line => line.length <= 40)).toBe(true);
	expect(narrow.join(' ').replaceAll(/\s+/g, ' ')).toContain('forecasts wait for 2 drops over 45 s');
	expect(narrow.join(' ').replaceAll(/\s+/g, ' ')).toContain('a plan reset');
	const short = frame(<HelpOverlay columns={60} rows={4}/>).split('\n');
	expect(short).toHaveLength(4);
	expect(short[0]).toBe('Help — press ? to close');
	// Cut, it says so on its last line.
	expect(short[3]).toMatch(/^… \d+ more entries: enlarge the terminal, or see --help$/);
	expect(frame(<HelpOverlay columns={100} rows={40}/>)).not.toContain('more entr');
});
