import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import CFonts from 'cfonts';
import {describe, expect, test} from 'vitest';
import {openHistoryStore} from '../../source/state/historyStore.js';
import {openMarkStore} from '../../source/state/markStore.js';
import {draining, sampleAccount, seedDrain} from '../helpers/drain.js';
import {sampleBody} from '../helpers/fixtures.js';
import {expectKeyNowhere} from '../helpers/keyOnDisk.js';
import {expectShellTerminal} from '../helpers/restored.js';
import {command} from '../helpers/tmux.js';
import {livePaneForEachTest, shows} from '../helpers/livePane.js';

const key = 'sk_live_tmux_0a1b2c3d4e';
const live = livePaneForEachTest(key);
const bigLines = (text: string) =>
	(CFonts.render(text, {font: 'block', spaceless: true, colors: ['system']}) as {array: string[]}).array.map(line =>
		line.replaceAll(/\u001B\[[\d;]*m/g, '').trimEnd(),
	);

async function startLive(...args: string[]) {
	live.pane.launch(command(...(args.includes('--interval') ? [] : ['--interval', '30']), ...args));
	return live.pane.waitFor(shows('Starter Plan'), 'the dashboard');
}

const expectRestored = async (exitCode: number) => expectShellTerminal(live.pane, {exitCode, gone: 'Starter Plan'});

describe('the live view in a real terminal', () => {
	test('shows the counter and the plans, refreshes once on r, fits a resize, keeps numbers when stale', async () => {
		let lines = await startLive();
		// Big digits group thousands with a space (the fonts' comma reads as a full stop).
		for (const line of bigLines('1 250')) {
			expect(lines.map(shown => shown.trimEnd())).toContain(line);
		}

		expect(lines.some(line => /^Starter Plan +1,000 \/ 1,000 +█+ +100% left +reset due$/.test(line))).toBe(true);
		expect(lines.some(line => line.includes('monthly 1,000 · extra 250'))).toBe(true);
		expect(lines.some(line => /^Storage +200 MB \/ 10 GB +█*░+ +2% used$/.test(line))).toBe(true);
		expect(lines.join('\n')).not.toContain(key);
		expect(live.pane.display('#{alternate_on}')).toBe('1');
		expect(live.pane.display('#{cursor_flag}')).toBe('0');

		await live.pane.waitFor(() => live.server.requests.length === 1, 'the first request');
		// The refresh is held in flight until the spinner has been seen and the keys taken.
		let answer: () => void = () => undefined;
		live.server.reply({body: sampleBody, until: new Promise<void>(resolve => {
			answer = resolve;
		})});
		live.pane.keys('r');
		await live.pane.waitFor(shows('updating'), 'the spinner');
		live.pane.keys('r');
		live.pane.keys('r');
		// Keys are taken in order: once ? has shown the help, both r were read while in flight.
		live.pane.keys('?');
		await live.pane.waitFor(shows('Help — press ? to close'), 'the help');
		expect(live.pane.screen().some(line => line.includes('updating'))).toBe(true);
		answer();
		await live.pane.waitFor(shows('updated just now'), 'the refresh to land');
		expect(live.server.requests).toHaveLength(2);
		live.pane.keys('?');
		await live.pane.waitFor(
			lines => !shows('Help — press ?')(lines) && shows('Starter Plan')(lines),
			'the help to close',
		);
		expect(live.server.requests).toHaveLength(2);

		live.pane.resize(40, 12);
		lines = await live.pane.waitFor(
			lines => lines.length === 12 && lines[0]!.startsWith('Alex Rivera') && lines[11]!.startsWith('r refresh'),
			'the 40×12 layout',
		);
		expect(lines).toHaveLength(12);
		expect(lines[0]).toMatch(/^Alex Rivera · 127\.0\.0.* updated just now$/);
		expect(live.pane.joinedScreen().every(line => line.length <= 40)).toBe(true);
		expect(lines.some(line => line.startsWith('Starter Plan'))).toBe(true);

		live.server.reply({
			status: 500,
			body: '{"success":false,"error":"server_error","message":"An unexpected internal error occurred."}',
		});
		live.pane.keys('r');
		lines = await live.pane.waitFor(shows('stale'), 'the stale marker');
		expect(lines.find(line => line.includes('stale'))).toMatch(/^stale, updated just now — server/);
		expect(lines.some(line => line.includes('monthly 1,000'))).toBe(true);
		expect(lines.some(line => line.startsWith('Starter Plan'))).toBe(true);

		live.pane.resize(100, 30);
		lines = await live.pane.waitFor(lines => (lines[0]?.length ?? 0) > 40, 'the full layout again');
		expect(lines.find(line => line.includes('stale'))).toMatch(/^stale, updated just now — server error 500, retrying in \d+(s|m)$/);

		live.pane.keys('q');
		await expectRestored(0);
	});

	test('at the smallest size it shows the balance, and the verdict under it', async () => {
		live.pane.resize(20, 5);
		live.pane.type(command());
		const lines = await live.pane.waitFor(shows('1,250 credits'), 'the two-line view');
		expect(lines[0]).toBe('1,250 credits');
		expect(lines[1]).toMatch(/^… measuring… \(\d+s/);
		expect(live.pane.joinedScreen().every(line => line.length <= 20)).toBe(true);
		live.pane.keys('C-c');
		await live.pane.waitFor(shows('$'), 'the prompt');
	});

	test.each([
		['q', 0],
		['C-c', 0],
		['SIGTERM', 143],
		['SIGHUP', 129],
	])('%s gives the terminal back as it was', async (how, exitCode) => {
		await startLive();
		if (how.startsWith('SIG')) {
			process.kill(await live.pane.appPid(), how);
		} else {
			live.pane.keys(how);
		}

		await expectRestored(exitCode);
	});

	test('with no key it runs on the demo account and says how to use a key', async () => {
		live.pane.type(`env -u SRTGEN_API_KEY ${command()}`);
		const lines = await live.pane.waitFor(shows('Pro Plan'), 'the demo dashboard');
		expect(lines[0]).toMatch(/^ DEMO {2}Sample Studio · built-in sample/);
		expect(lines[1]).toBe('Set SRTGEN_API_KEY to watch your own credits');
		// "DEMO" once in the first two lines, not four times.
		expect(lines.slice(0, 2).join(' ').match(/demo/gi)).toHaveLength(1);
		live.pane.keys('q');
	});

	test('with saved history and below --warn: the burn, the projection, the bell and the title, put back on exit', async () => {
		const now = Date.now();
		const store = openHistoryStore({
			origin: live.server.url.origin,
			account: sampleAccount,
			stateDir: live.stateDir,
		});
		await store.save({
			samples: [0, 1, 2, 3, 4].map(step => ({
				at: now - (10 - 2 * step) * 60_000,
				total: 1450 - step * 40,
				plans: {},
			})),
		});
		const titleBefore = live.pane.display('#{pane_title}');
		await startLive('--warn', '2000');
		const burn = await live.pane.waitFor(shows('/h over 15m'), 'the burn rate');
		expect(burn.find(line => line.startsWith('credits · '))).toMatch(/^credits · monthly 1,000 · extra 250 · burn [\d,]+\/h over 15m · warn below 2,000$/);
		// The verdict keeps its own symbol; below --warn is said beside it.
		expect(burn.find(line => line.endsWith('below --warn'))).toMatch(/^! empty .+ · below --warn$/);
		expect(burn.find(line => line.startsWith('balance, last 15m'))).toMatch(/^balance, last 15m \(1-5 zoom\) · last −40 at \d\d:\d\d:\d\d · \d+ drops in 15m$/);
		await live.pane.waitFor(
			() => live.pane.display('#{pane_title}') === 'srtgen-top: 1,250 credits, below 2,000',
			'the title',
		);
		expect(live.pane.display('#{window_bell_flag}')).toBe('1');
		live.pane.keys('q');
		await expectRestored(0);
		expect(live.pane.display('#{pane_title}')).toBe(titleBefore);
	});

	test('m marks a run; with the jobs entered, a drain shows the cost since the mark; saved on the way out', async () => {
		live.server.reply(draining());
		await startLive('--interval', '2');
		live.pane.keys('m');
		live.pane.keys('j');
		await live.pane.waitFor(shows('Jobs in the run:'), 'the jobs prompt');
		live.pane.keys('1', '0', '0', 'Enter');
		const lines = await live.pane.waitFor(lines => lines.some(line => /drops, ~20 each/.test(line)), 'two drops since the mark', 15_000);
		expect(lines.find(line => line.startsWith('▶ since mark'))).toMatch(/^▶ since mark (<1m|1m): −\d+ credits · \d+ drops, ~20 each( · [\d,]+\/h)?$/);
		expect(lines.some(line => /^ {2}\d+ of 100 jobs done/.test(line))).toBe(true);
		live.pane.keys('q');
		await expectRestored(0);

		// Saved once at the first reading, then once a minute: the rest is saved on the way out.
		const [historyFile] = readdirSync(live.stateDir).filter(name => name.startsWith('history-'));
		const saved = JSON.parse(readFileSync(path.join(live.stateDir, historyFile!), 'utf8')) as {samples: unknown[]};
		expect(saved.samples.length).toBeGreaterThanOrEqual(live.server.requests.length - 1);
		const marks = readdirSync(live.stateDir).filter(name => name.startsWith('mark-'));
		expect(marks).toHaveLength(1);
		expect(JSON.parse(readFileSync(path.join(live.stateDir, marks[0]!), 'utf8'))).toMatchObject({jobs: 100});
		expectKeyNowhere(live.stateDir, key, live.server.url.origin);
	});

	test('a run marked a minute ago with its drops saved: the run\'s verdict, whether the credits cover the rest', async () => {
		const place = {origin: live.server.url.origin, stateDir: live.stateDir};
		await openMarkStore({...place, account: sampleAccount}).write({at: Date.now() - 60_000, jobs: 100});
		await seedDrain(place, {readings: 13, everyMs: 5000});
		live.server.reply(draining());
		await startLive('--interval', '2');
		const verdict = await live.pane.waitFor(
			lines => lines.some(line => line.startsWith('✗ short by')),
			"the run's verdict",
		);
		expect(verdict.find(line => line.startsWith('✗ '))).toMatch(/^✗ short by ~[\d,]+ credits — about \d+ jobs$/);
		expect(verdict.find(line => line.startsWith('▶ since mark'))).toMatch(/^▶ since mark 1m: −\d+ credits · \d+ drops, ~20 each( · [\d,]+\/h)?$/);
		live.pane.keys('q');
		await expectRestored(0);
	});

	test('with stdin not a terminal it still draws, without keys, and a signal still ends it cleanly', async () => {
		live.pane.launch(`${command('--interval', '30')} < /dev/null`);
		const lines = await live.pane.waitFor(shows('Starter Plan'), 'the dashboard');
		expect(lines.join('\n')).not.toContain('internal error');
		process.kill(await live.pane.appPid(), 'SIGTERM');
		await expectRestored(143);
	});
});
