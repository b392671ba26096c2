import {afterEach, expect, test} from 'vitest';
import {runCli, temporaryStateDir} from '../helpers/cli.js';
import {drainingServer, seedDrain} from '../helpers/drain.js';
import {expectShellTerminal} from '../helpers/restored.js';
import type {TestServer} from '../helpers/server.js';
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

/** The live view on the draining server, with `seeded` readings every 5 s up to now already in its history. */
async function liveOn(
	draining: TestServer,
	{seeded = 0, args = []}: {seeded?: number; args?: string[]} = {},
): Promise<Pane> {
	const stateDir = temporaryStateDir();
	if (seeded > 0) {
		await seedDrain({origin: draining.url.origin, stateDir}, {readings: seeded, everyMs: 5000});
	}

	const opened = openPane(100, 30, {
		SRTGEN_API_KEY: 'sk_live_verdict_0123456789',
		SRTGEN_BASE_URL: draining.url.href,
		SRTGEN_TOP_STATE_DIR: stateDir,
	});
	opened.launch(command('--interval', '2', ...args));
	await opened.waitFor(shows(/^Starter Plan/), 'the dashboard', 20_000);
	return opened;
}

test('the demo account opens with its last ten minutes measured: a verdict at once, directly under the counter', async () => {
	pane = openPane(100, 30, {});
	pane.launch(`env -u SRTGEN_API_KEY ${command()}`);
	const lines = await pane.waitFor(shows(/^[✓!✗] /), 'a verdict with an answer', 20_000);
	const row = lines.findIndex(line => /^[✓!✗] /.test(line));
	expect(lines[row]).toMatch(/^[✓!✗] (lasts past the Pro Plan reset \(in .+\)|empty .+|may run out before the Pro Plan reset .+)$/);
	// The row above is the counter's last row (big digits), the row below the breakdown.
	expect(lines[row - 1]).toMatch(/[█╝═]/);
	expect(lines[row + 1]).toMatch(/^credits · monthly [\d,]+ · extra [\d,]+ · burn [\d,]+\/h over 15m/);
	expect(lines.some(line => /^balance, last 15m .* · \d+ drops in 15m$/.test(line))).toBe(true);
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Pro Plan'});
});

test('once the readings cover 45 s the verdict takes the measuring line\'s place, under the counter', async () => {
	server = await drainingServer();
	// 35 s of readings already: the rule is met some 10 s after the view starts.
	pane = await liveOn(server, {seeded: 8});
	const first = await pane.waitFor(shows(/^… measuring…/), 'the verdict measuring');
	const lines = await pane.waitFor(shows(/^[✓!✗] /), 'a verdict with an answer', 30_000);
	const row = lines.findIndex(line => /^[✓!✗] /.test(line));
	expect(lines[row]).toMatch(/^[✓!✗] (empty .+|lasts .+|may run out .+)$/);
	expect(lines[row - 1]).toMatch(/[█╝═]/);
	expect(lines[row + 1]).toMatch(/^credits · monthly [\d,]+ · extra [\d,]+ · burn [\d,]+\/h over 15m/);
	expect(first.findIndex(line => verdictLine.test(line))).toBe(row);
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
});

test('zoom keys change the chart\'s span, and say so in its title', async () => {
	server = await drainingServer();
	pane = await liveOn(server);
	await pane.waitFor(shows(/^balance, last 15m /), 'the chart at its first zoom');
	for (const [key, span] of [
		['2', '1h'],
		['4', '7d'],
		['+', '24h'],
		['-', '7d'],
		['-', '30d'],
		['-', '30d'],
		['4', '7d'],
		['5', '30d'],
		['1', '15m'],
		['+', '15m'],
		['-', '1h'],
	] as const) {
		pane.keys(key);
		const lines = await pane.waitFor(
			shows(new RegExp(`^balance, last ${span} `)),
			`the ${span} chart after ${key}`,
		);
		// The time axis starts at the span's start, and the plot shows the readings so far.
		expect(lines.some(line => new RegExp(`^ +-${span} .* now$`).test(line))).toBe(true);
		expect(lines.some(line => /^[\d,]+ +[⠀-⣿]+$/.test(line))).toBe(true);
	}

	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
});

test('freeze holds every number of its moment while the balance keeps falling, and says when it froze', async () => {
	const draining = await drainingServer();
	server = draining;
	pane = await liveOn(draining, {seeded: 12});
	await pane.waitFor(shows(/^[✓!✗] /), 'a verdict');
	pane.keys('f');
	const frozen = await pane.waitFor(shows(/frozen at \d\d:\d\d:\d\d/), 'the frozen footer');
	expect(frozen[0]).toContain('FROZEN');
	const requests = draining.requests.length;
	// Long enough for two polls at --interval 2 to have changed something.
	await new Promise(resolve => setTimeout(resolve, 4500));
	expect(pane.screen()).toEqual(frozen);
	expect(draining.requests.length).toBe(requests);
	pane.keys('f');
	await pane.waitFor(lines => !shows(/FROZEN/)(lines) && shows(/· every 2s$/)(lines), 'polling again');
	await pane.waitFor(() => draining.requests.length > requests, 'a request after the thaw');
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
});

test('m asks before replacing a marked run: any key but y keeps it', async () => {
	server = await drainingServer();
	pane = await liveOn(server, {args: ['--mark', '--jobs', '100']});
	await pane.waitFor(shows(/^▶ since mark <1m: −\d+ credits · \d+ drops/), 'drops since the mark', 20_000);
	pane.keys('m');
	// In the panel's words: "since mark <1m", not "marked 1m ago" beside it.
	await pane.waitFor(shows(/^Replace the run \(since mark <1m, \d+ drops?\)\? y replaces it, any other key keeps it$/), 'the question');
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
});

test('u clears a marked run after asking: the panel and the footer\'s u go, the verdict is the balance\'s, and --json knows it', async () => {
	server = await drainingServer();
	const stateDir = temporaryStateDir();
	const env = {
		SRTGEN_API_KEY: 'sk_live_verdict_0123456789',
		SRTGEN_BASE_URL: server.url.href,
		SRTGEN_TOP_STATE_DIR: stateDir,
	};
	pane = openPane(100, 30, env);
	pane.launch(command('--interval', '2', '--jobs', '100'));
	let lines = await pane.waitFor(shows(/^▶ since mark <1m/), 'the run', 20_000);
	expect(lines.at(-1)).toMatch(/ m mark a run {2}u unmark {2}j jobs /);
	pane.keys('u');
	await pane.waitFor(shows(/^Clear the run \(since mark <1m, \d+ drops?\)\? y clears it, any other key keeps it$/), 'the question');
	pane.keys('n');
	lines = await pane.waitFor(lines => !shows(/^Clear the run/)(lines), 'the question answered');
	expect(lines.some(line => line.startsWith('▶ since mark'))).toBe(true);
	pane.keys('u', 'y');
	lines = await pane.waitFor(lines => !shows(/^▶ since mark/)(lines), 'the run cleared');
	expect(lines.at(-1)).not.toContain('u unmark');
	expect(lines.find(line => verdictLine.test(line))).not.toMatch(/jobs/);
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
	const json = JSON.parse((await runCli(['--json'], env)).stdout) as {run: unknown};
	expect(json.run).toBeNull();
});

test('--unmark clears the saved run, for the one-shots and the live view alike', async () => {
	server = await drainingServer();
	const env = {
		SRTGEN_API_KEY: 'sk_live_verdict_0123456789',
		SRTGEN_BASE_URL: server.url.href,
		SRTGEN_TOP_STATE_DIR: temporaryStateDir(),
	};
	const run = async (...args: string[]) =>
		(JSON.parse((await runCli(['--json', ...args], env)).stdout) as {run: {jobs: {total: number}} | null}).run;
	expect((await run('--jobs', '40'))?.jobs.total).toBe(40);
	expect((await run())?.jobs.total).toBe(40);
	expect(await run('--unmark')).toBeNull();
	expect(await run()).toBeNull();
	expect(await runCli(['--json', '--unmark', '--mark'], env)).toMatchObject({
		code: 2,
		stderr: 'srtgen-top: Choose one of --unmark and --mark: --unmark clears the marked run.\n',
	});

	await run('--jobs', '40');
	pane = openPane(100, 30, env);
	pane.launch(command('--interval', '2', '--unmark'));
	const lines = await pane.waitFor(shows(/^Starter Plan/), 'the dashboard', 20_000);
	expect(lines.some(line => line.startsWith('▶ since mark'))).toBe(false);
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
	expect(await run()).toBeNull();
});
