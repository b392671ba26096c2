import stringWidth from 'string-width';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {shows} from '../helpers/livePane.js';
import {recorders} from '../helpers/recorders.js';
import {expectShellTerminal} from '../helpers/restored.js';
import {keys, startThreeAccountApi, threeAccountConfig} from '../helpers/threeAccounts.js';
import {command, openPane, type Pane} from '../helpers/tmux.js';

let api: Awaited<ReturnType<typeof startThreeAccountApi>>;
let pane: Pane;
let setUp: ReturnType<typeof threeAccountConfig>;

beforeEach(async () => {
	api = await startThreeAccountApi();
	setUp = threeAccountConfig(api);
	pane = openPane(100, 30, setUp.env);
});

afterEach(async () => {
	pane.kill();
	await api.close();
});

const rowOf = (lines: string[], name: string) => lines.find(line => new RegExp(`^[› ] ${name} `).test(line));

test('two or more accounts open on the overview: a row each, the failing one stale without holding the others back; Enter opens, Esc comes back', async () => {
	// broken's first request hangs until its time-out: the others are polled meanwhile.
	api.answer.broken = {hang: true};
	const hooks = recorders();
	pane.launch(command('--config', setUp.config, '--interval', '2', '--timeout', '6', '--on-alert', hooks.hook));
	let lines = await pane.waitFor(shows('Every account · 3 accounts'), 'the overview', 20_000);
	await pane.waitFor(
		() => api.count('studio') >= 3 && api.count('home') >= 3,
		'three polls each of studio and home',
		20_000,
	);
	expect(api.count('broken')).toBe(1);
	lines = pane.screen();
	expect(rowOf(lines, 'studio')).toMatch(/^› studio +9,000 {2}\S/);
	expect(rowOf(lines, 'home')).toMatch(/^ {2}home +120 {2}✗ below --warn/);
	expect(rowOf(lines, 'broken')).toMatch(/^ {2}broken +\? {2}… waiting for the first reading/);
	expect(lines.at(-1)).toMatch(/^↑↓ choose {2}Enter open {2}r refresh all {2}q quit {2}· every 2s$/);

	// Once it fails: no data, and why; then 500s, backing off on its own while the others go on.
	api.answer.broken = {status: 500, body: '{"success":false,"error":"server_error"}'};
	lines = await pane.waitFor(lines => rowOf(lines, 'broken')?.includes('no data') === true, 'broken failing', 20_000);
	expect(rowOf(lines, 'broken')).toMatch(/^ {2}broken +\? {2}✗ cannot reach .+ no data/);
	expect(lines[0]).toMatch(/· 1 failing$/);

	// Alerts fire per account, named: home is below its warn.
	await pane.waitFor(() => hooks.alerts().length > 0, 'home\'s low alert', 20_000);
	expect(hooks.alerts()[0]).toContain('SRTGEN_ACCOUNT_LABEL=home\n');
	expect(hooks.alerts()[0]).toContain('SRTGEN_MESSAGE=home: SRTGen credits low: 120 left, below 500\n');
	expect(hooks.alerts().join('')).not.toContain('SRTGEN_ACCOUNT_LABEL=studio');

	// Down twice (an arrow, then j): broken is chosen, and its detail line says why.
	pane.keys('Down');
	await pane.waitFor(lines => rowOf(lines, 'home')?.startsWith('›') === true, 'home chosen');
	pane.keys('j');
	lines = await pane.waitFor(lines => rowOf(lines, 'broken')?.startsWith('›') === true, 'broken chosen');
	await pane.waitFor(shows('broken: no data yet — server error 500, retrying in'), 'broken\'s detail line');
	pane.keys('k');
	await pane.waitFor(lines => rowOf(lines, 'home')?.startsWith('›') === true, 'home chosen again');
	pane.keys('Enter');
	lines = await pane.waitFor(
		lines => lines[0]?.startsWith('home › ') === true && shows('Starter Plan')(lines),
		"home's dashboard",
	);
	expect(lines[0]).toMatch(/^home › Home · 127\.0\.0\.1:\d+ /);
	expect(lines.at(-1)).toMatch(/^Esc accounts {2}r refresh/);
	pane.keys('Escape');
	lines = await pane.waitFor(shows('Every account · 3 accounts'), 'the overview again');
	expect(rowOf(lines, 'home')).toMatch(/^›/);

	// broken answers again (r refreshes every account), then fails: stale, with its last balance.
	api.answer.broken = 'ok';
	pane.keys('r');
	await pane.waitFor(lines => /^ {2}broken +777 /.test(rowOf(lines, 'broken') ?? ''), 'broken read', 20_000);
	api.answer.broken = {status: 500, body: '{"success":false,"error":"server_error"}'};
	lines = await pane.waitFor(lines => rowOf(lines, 'broken')?.includes('stale <1m') === true, 'broken stale', 20_000);
	expect(rowOf(lines, 'broken')).toMatch(/^ {2}broken +777 /);
	const studioBefore = api.count('studio');
	await pane.waitFor(() => api.count('studio') >= studioBefore + 2, 'studio still polled', 20_000);

	// A 60×20 pane: every row still there, nothing wider or taller.
	pane.resize(60, 20);
	lines = await pane.waitFor(
		lines =>
			lines.length === 20
			&& (lines[1]?.startsWith('  account') ?? false)
			&& !lines.join('\n').includes('next reset'),
		'the 60×20 layout',
	);
	expect(pane.joinedScreen().every(line => stringWidth(line) <= 60)).toBe(true);
	for (const name of ['studio', 'home', 'broken']) {
		expect(rowOf(lines, name)).toBeDefined();
	}

	for (const key of Object.values(keys)) {
		expect(pane.screen().join('\n')).not.toContain(key);
	}

	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Every account'});
	expect(hooks.everything()).not.toContain(keys.home);
}, 120_000);

test('--demo --all-accounts: the overview of the demo\'s two accounts, each opened with its own dashboard', async () => {
	pane.launch(command('--demo', '--all-accounts'));
	const lines = await pane.waitFor(
		lines => shows('demo-client')(lines) && shows('Basic Plan')(lines),
		'the demo overview',
		20_000,
	);
	expect(lines[0]).toMatch(/^ DEMO {2}Every account · 2 accounts$/);
	expect(rowOf(lines, 'demo')).toMatch(/^› demo +[\d,]+ {2}\S .+Pro Plan \dh \d\dm/);
	pane.keys('j', 'Enter');
	await pane.waitFor(
		lines => lines[0]?.startsWith(' DEMO  demo-client › Client Studio') === true,
		"the client's dashboard",
		20_000,
	);
	pane.keys('Escape');
	await pane.waitFor(shows('Every account · 2 accounts'), 'the overview again');
	pane.keys('C-c');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Every account'});
});
