import {readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, beforeEach, expect, test} from 'vitest';
import {runCli, temporaryStateDir} from '../helpers/cli.js';
import {seedDrain} from '../helpers/drain.js';
import {sample} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

const key = 'sk_live_status_1f2e3d4c';
let server: TestServer;
let balance = 1250;
let failing: {status: number; body: string} | undefined;

beforeAll(async () => {
	server = await startServer(() => {
		if (failing !== undefined) {
			return failing;
		}

		const body = sample();
		body['credits'].totalBalance = balance;
		// Slow enough that concurrent callers meet while one refresh is under way.
		return {body: JSON.stringify(body), delayMs: 300};
	});
});

afterAll(async () => {
	await server.close();
});

// Each test starts with the API answering 1,250 credits.
beforeEach(() => {
	failing = undefined;
	balance = 1250;
});

const envFor = (stateDir: string) => ({
	SRTGEN_API_KEY: key,
	SRTGEN_BASE_URL: server.url.href,
	SRTGEN_TOP_STATE_DIR: stateDir,
});

const cacheFile = (stateDir: string) => path.join(stateDir, readdirSync(stateDir).find(name => /^line-[\da-f]+\.json$/.test(name))!);

/** Ages the saved reading, as if it had been made `seconds` ago: no test waits out --max-age. */
function ageCache(stateDir: string, seconds: number) {
	const file = cacheFile(stateDir);
	const saved = JSON.parse(readFileSync(file, 'utf8')) as {fetchedAt: number};
	writeFileSync(file, JSON.stringify({...saved, fetchedAt: saved.fetchedAt - (seconds * 1000)}));
}

/** A state directory whose line cache holds 1,250 credits read a minute ago: stale at the default --max-age. */
async function staleCache() {
	const stateDir = temporaryStateDir();
	const env = envFor(stateDir);
	await runCli(['--line'], env);
	ageCache(stateDir, 60);
	return {stateDir, env};
}

test('within --max-age the line comes from the cache, without a request', async () => {
	const env = envFor(temporaryStateDir());
	const before = server.requests.length;
	expect((await runCli(['--line', '--max-age', '3600'], env)).stdout).toBe(
		'1,250 credits · Starter Plan reset due\n',
	);
	balance = 900;
	const cached = await runCli(['--line', '--max-age', '3600'], env);
	expect(cached.stdout).toBe('1,250 credits · Starter Plan reset due\n');
	expect(cached.code).toBe(0);
	expect(server.requests.length - before).toBe(1);
	expect((await runCli(['--line', '--max-age', '0'], env)).stdout).toBe('900 credits · Starter Plan reset due\n');
	expect(server.requests.length - before).toBe(2);
});

test('many simultaneous calls with a stale cache and the default --max-age make exactly one request, and all print a line', async () => {
	const {env} = await staleCache();
	balance = 1100;
	const before = server.requests.length;
	// However the 8 processes interleave: those that find the lock taken answer from the old reading,
	// those after the refresh from the new one.
	const runs = await Promise.all(Array.from({length: 8}, async () => runCli(['--line'], env)));
	expect(server.requests.length - before).toBe(1);
	for (const run of runs) {
		expect(run.code).toBe(0);
		// The last reading, served while another refreshes, is older than --max-age: marked with its age.
		expect(run.stdout).toMatch(/^(1,250 credits · Starter Plan reset due !\d+[sm]|1,100 credits · Starter Plan reset due)\n$/);
	}

	expect(runs.filter(run => run.stdout.startsWith('1,100'))).not.toHaveLength(0);
	expect((await runCli(['--line'], env)).stdout).toBe('1,100 credits · Starter Plan reset due\n');
	expect(server.requests.length - before).toBe(1);
});

test('a lock left by a process that died is broken: the stale reading is refreshed', async () => {
	const {stateDir, env} = await staleCache();
	const lock = `${cacheFile(stateDir)}.lock`;
	writeFileSync(lock, 'a process that died', {mode: 0o600});
	const minutesAgo = new Date(Date.now() - 120_000);
	utimesSync(lock, minutesAgo, minutesAgo);
	balance = 1000;
	const before = server.requests.length;
	const run = await runCli(['--line'], env);
	expect(run.stdout).toBe('1,000 credits · Starter Plan reset due\n');
	expect(server.requests.length - before).toBe(1);
	expect(readdirSync(stateDir)).not.toContain(path.basename(lock));
});

test('a live lock: the stale reading is answered without a request', async () => {
	const {stateDir, env} = await staleCache();
	writeFileSync(`${cacheFile(stateDir)}.lock`, 'another srtgen-top, asking the API', {mode: 0o600});
	balance = 1000;
	const before = server.requests.length;
	const run = await runCli(['--line'], env);
	expect(run.code).toBe(0);
	// Older than --max-age (30 s), so marked with its age.
	expect(run.stdout).toBe('1,250 credits · Starter Plan reset due !1m\n');
	expect(server.requests.length - before).toBe(0);
});

test('with no usable state directory there is no cache: one notice, and every call asks the API', async () => {
	const notADirectory = temporaryStateDir();
	writeFileSync(notADirectory, '', {mode: 0o600});
	const env = envFor(notADirectory);
	const before = server.requests.length;
	for (const expected of ['1,250', '1,200']) {
		const run = await runCli(['--line'], env);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe(`${expected} credits · Starter Plan reset due\n`);
		expect(run.stderr).toMatch(/^srtgen-top: no status line cache, asking the API every time \(.+\)\.\n/);
		expect(run.stderr).not.toContain(key);
		balance = 1200;
	}

	expect(server.requests.length - before).toBe(2);
});

test('a failed refresh prints the last line marked stale with its age, and exits 4', async () => {
	const env = envFor(temporaryStateDir());
	await runCli(['--line'], env);
	failing = {status: 503, body: '{"success":false,"message":"Maintenance"}'};
	const run = await runCli(['--line', '--max-age', '0'], env);
	expect(run.code).toBe(4);
	// However long the two runs took: seconds, or minutes on a very slow machine.
	expect(run.stdout).toMatch(/^1,250 credits · Starter Plan reset due !\d+[sm]\n$/);
	expect(run.stderr).toBe('srtgen-top: Server error 503 (Maintenance).\n');
});

test('a reading a few seconds stale keeps its rate and projection', async () => {
	const stateDir = temporaryStateDir();
	const env = envFor(stateDir);
	failing = undefined;
	balance = 1250;
	await seedDrain({origin: server.url.origin, stateDir}, {readings: 13, everyMs: 5000, endsAt: Date.now() - 1000});
	const fresh = await runCli(['--line', '--max-age', '0'], env);
	expect(fresh.stdout).toMatch(/^1,250 credits · [\d,]+\/h, /);
	failing = {status: 503, body: '{"success":false,"message":"Maintenance"}'};
	const stale = await runCli(['--line', '--max-age', '0'], env);
	failing = undefined;
	expect(stale.code).toBe(4);
	// The rate moves a little with the clock; what matters is that it is there.
	expect(stale.stdout).toMatch(/^1,250 credits · [\d,]+\/h, empty in [^·]+ · Starter Plan reset due !\d+[sm]\n$/);
});

test('no value at all: a short placeholder, never an empty line', async () => {
	const env = envFor(temporaryStateDir());
	failing = {status: 401, body: '{"success":false,"error":"unauthorized","message":"Invalid or expired API key"}'};
	const run = await runCli(['--line'], env);
	expect(run.code).toBe(3);
	expect(run.stdout).toBe('? credits !\n');
});

test('--format and --tmux: the fields asked for, in tmux colours, with # doubled', async () => {
	const env = envFor(temporaryStateDir());
	balance = 300;
	const run = await runCli(
		['--line', '--tmux', '--warn', '500', '--format', '#[bold]SRT#[default] {total}[ {low}] {plans}[ {rate}]'],
		env,
	);
	expect(run.code).toBe(1);
	expect(run.stdout).toBe(
		'#[bold]SRT#[default] #[fg=red]300#[default] #[fg=red]LOW#[default] Starter Plan 1,000/1,000\n',
	);
});

test('a bad template is refused before anything is asked', async () => {
	const run = await runCli(['--line', '--format', '{total} {balance}'], envFor(temporaryStateDir()));
	expect(run.code).toBe(2);
	expect(run.stderr).toContain('there is no field {balance}');
	expect((await runCli(['--once', '--tmux'], envFor(temporaryStateDir()))).stderr).toBe(
		'srtgen-top: --tmux goes with --line.\n',
	);
});

test('--json --mark --jobs starts a run; a later --json reports it', async () => {
	const env = envFor(temporaryStateDir());
	const started = JSON.parse((await runCli(['--json', '--mark', '--jobs', '10'], env)).stdout) as {
		run: Record<string, unknown>;
	};
	expect(started.run).toMatchObject({drops: 0, spent: 0, jobs: {total: 10, done: 0, remaining: 10}});
	balance = 1230;
	await runCli(['--json'], env);
	balance = 1200;
	const later = JSON.parse((await runCli(['--json'], env)).stdout) as {
		run: Record<string, unknown>;
		verdict: Record<string, unknown>;
	};
	// Two drops, but the run is seconds old: no forecast before 45 s, the verdict says what it waits for.
	expect(later.run).toMatchObject({
		drops: 2,
		spent: 50,
		averageCost: 25,
		jobs: {
			total: 10,
			done: 2,
			remaining: 8,
			creditsNeeded: null,
			covered: null,
			spare: null,
			finishAt: null,
			finishRange: null,
		},
	});
	expect(later.verdict).toMatchObject({code: 'run-measuring', tone: 'measuring', text: expect.stringMatching(/^8 jobs to go — measuring… \(45s of readings needed\)$/) as string});
	expect(JSON.parse((await runCli(['--json'], envFor(temporaryStateDir()))).stdout)).toMatchObject({run: null});
});
