import {afterEach, expect, test} from 'vitest';
import {sampleBody} from '../helpers/fixtures.js';
import {expectShellTerminal} from '../helpers/restored.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {command, openPane, type Pane} from '../helpers/tmux.js';

let pane: Pane | undefined;
let server: TestServer | undefined;

afterEach(async () => {
	pane?.kill();
	await server?.close();
	pane = undefined;
	server = undefined;
});

const shows = (pattern: RegExp) => (lines: string[]) => lines.some(line => pattern.test(line));
const verdictLine = /^[✓!✗…] /;

/** A server whose balance falls by 20 credits at every request. */
async function drainingServer(): Promise<TestServer> {
	let total = 1250;
	const started = await startServer({body: sampleBody});
	started.reply(() => {
		total -= 20;
		const body = JSON.parse(sampleBody) as {credits: {totalBalance: number}};
		body.credits.totalBalance = total;
		return {body: JSON.stringify(body)};
	});
	return started;
}

async function liveOn(draining: TestServer, ...args: string[]): Promise<Pane> {
	const opened = openPane(100, 30, {SRTGEN_API_KEY: 'sk_live_verdict_0123456789', SRTGEN_BASE_URL: draining.url.href});
	opened.type('echo before');
	opened.type(command('--interval', '2', ...args));
	await opened.waitFor(shows(/^Starter Plan/), 'the dashboard', 20_000);
	return opened;
}

test('on the demo account the verdict comes within a minute of the drain, directly under the counter', async () => {
	pane = openPane(100, 30, {});
	pane.type('echo before');
	pane.type(`env -u SRTGEN_API_KEY ${command()}`);
	const first = await pane.waitFor(shows(/^… measuring…/), 'the verdict measuring', 20_000);
	const lines = await pane.waitFor(shows(/^[✓!✗] /), 'a verdict with an answer', 75_000);
	const row = lines.findIndex(line => /^[✓!✗] /.test(line));
	expect(lines[row]).toMatch(/^[✓!✗] (lasts past the Pro Plan reset \(in .+\)|empty .+|may run out before the Pro Plan reset .+)$/);
	// The row above is the counter's last row (big digits), the row below the breakdown.
	expect(lines[row - 1]).toMatch(/[█╝═]/);
	expect(lines[row + 1]).toMatch(/^credits · monthly [\d,]+ · extra [\d,]+ · burn [\d,]+\/h over 15m/);
	expect(first.findIndex(line => verdictLine.test(line))).toBe(row);
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Pro Plan'});
}, 120_000);

test('zoom keys change the chart\'s span, and say so in its title', async () => {
	server = await drainingServer();
	pane = await liveOn(server);
	await pane.waitFor(shows(/^balance, last 15m /), 'the chart at its first zoom');
	for (const [key, span] of [['2', '1h'], ['4', '7d'], ['+', '24h'], ['-', '7d'], ['-', '7d'], ['1', '15m'], ['+', '15m'], ['-', '1h']] as const) {
		pane.keys(key);
		const lines = await pane.waitFor(shows(new RegExp(`^balance, last ${span} `)), `the ${span} chart after ${key}`);
		// The time axis starts at the span's start, and the plot shows the readings so far.
		expect(lines.some(line => new RegExp(`^ +-${span} .* now$`).test(line))).toBe(true);
		expect(lines.some(line => /^[\d,]+ +[⠀-⣿]+$/.test(line))).toBe(true);
	}

	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
}, 60_000);

test('freeze holds every number of its moment while the balance keeps falling, and says when it froze', async () => {
	server = await drainingServer();
	pane = await liveOn(server);
	await pane.waitFor(shows(/^[✓!✗] /), 'a verdict', 60_000);
	pane.keys('f');
	const frozen = await pane.waitFor(shows(/frozen at \d\d:\d\d:\d\d/), 'the frozen footer');
	expect(frozen[0]).toContain('FROZEN');
	const requests = server.requests.length;
	// Long enough for two polls, an age step and a countdown's second to have changed something.
	await new Promise(resolve => setTimeout(resolve, 6000));
	expect(pane.screen()).toEqual(frozen);
	expect(server.requests.length).toBe(requests);
	pane.keys('f');
	await pane.waitFor(lines => !shows(/FROZEN/)(lines) && shows(/· every 2s$/)(lines), 'polling again');
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
}, 90_000);

test('m asks before replacing a marked run: any key but y keeps it', async () => {
	server = await drainingServer();
	pane = await liveOn(server, '--mark', '--jobs', '100');
	await pane.waitFor(shows(/^▶ since mark <1m: −\d+ credits · \d+ drops/), 'drops since the mark', 20_000);
	pane.keys('m');
	await pane.waitFor(shows(/^Replace the run marked .* ago \(\d+ drops?\)\? y replaces it, any other key keeps it$/), 'the question');
	pane.keys('n');
	let lines = await pane.waitFor(lines => !shows(/^Replace the run/)(lines), 'the question answered');
	expect(lines.some(line => /^▶ since mark <1m: −\d+ credits · \d+ drops/.test(line))).toBe(true);
	const before = lines.find(line => line.startsWith('▶ since mark'))!;
	const dropsBefore = Number(/(\d+) drops?/.exec(before)![1]);
	pane.keys('m', 'y');
	// The balance keeps falling every 2 s: the new run has no drop yet, or a first one.
	lines = await pane.waitFor(shows(/^▶ since mark <1m: (no drop yet|−20 credits · 1 drop)$/), 'a new run');
	expect(dropsBefore).toBeGreaterThanOrEqual(2);
	expect(lines.some(line => /^ {2}[01] of 100 jobs done$/.test(line))).toBe(true);
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
}, 60_000);
