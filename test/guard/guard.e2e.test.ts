import {spawn, type ChildProcess} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterEach, expect, test} from 'vitest';
import {binary, runCli, temporaryStateDir} from '../helpers/cli.js';
import {jobServer, type JobServer} from '../helpers/drain.js';
import {recorders} from '../helpers/recorders.js';

const key = 'sk_live_guard_5e6f7a8b';
const worker = fileURLToPath(new URL('../fixtures/worker.mjs', import.meta.url));
let server: JobServer | undefined;
let guard: ChildProcess | undefined;

afterEach(async () => {
	guard?.kill('SIGKILL');
	for (const pid of workers()) {
		process.kill(pid, 'SIGKILL');
	}

	await server?.close();
});

/** The workers started for this test's server: their pids. */
function workers(): number[] {
	if (server === undefined) {
		return [];
	}

	const words = `${process.execPath} ${worker} ${server.url.href}`;
	return readdirSync('/proc').filter(entry => /^\d+$/.test(entry)).filter(entry => {
		try {
			return readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim() === words;
		} catch {
			return false;
		}
	}).map(Number);
}

/** The kernel's word for a process's state (/proc/PID/stat's third field): R, S, T (stopped)… */
function stateOf(pid: number): string | undefined {
	try {
		return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[0];
	} catch {
		return undefined;
	}
}

async function until<T>(check: () => T | undefined | false, what: string, ceilingMs = 20_000): Promise<T> {
	const end = Date.now() + ceilingMs;
	for (;;) {
		const value = check();
		if (value !== undefined && value !== false) {
			return value;
		}

		if (Date.now() > end) {
			throw new Error(`waited ${ceilingMs / 1000} s for ${what}`);
		}

		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

function startGuard(args: string[], env: Record<string, string>) {
	const child = spawn(process.execPath, [binary, ...args], {
		env: {PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString('utf8');
	});
	const exited = new Promise<number | null>(resolve => {
		child.once('exit', code => {
			resolve(code);
		});
	});
	return {child, exited, stderr: () => stderr};
}

test('a worker spending credits is paused before the balance reaches --keep, resumed by a top-up, and ended with the guard', async () => {
	const keep = 500;
	const cost = 10;
	server = await jobServer({start: 1000, cost, delayMs: 200});
	const hooks = recorders();
	const stateDir = temporaryStateDir();
	const env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: stateDir};
	const run = startGuard(
		[
			'--guard',
			'--keep',
			String(keep),
			'--per-job',
			String(cost),
			'--interval',
			'2',
			'--timeout',
			'1',
			'--on-alert',
			hooks.hook,
			'--',
			process.execPath,
			worker,
			server.url.href,
		],
		env,
	);
	guard = run.child;

	const [pid] = await until(() => workers().length === 1 && workers(), 'the worker to start');
	await until(() => server!.jobs() > 0, 'a job to be done');
	await until(() => stateOf(pid!) === 'T', 'the worker to be stopped');
	// Said once the guard's state file is written.
	await until(() => /paused .*node to keep 500 credits/.test(run.stderr()), 'the pause to be told');
	// Stopped, it starts no job; the one in flight, if any, is still charged.
	const jobsWhenStopped = server.jobs();
	await new Promise(resolve => setTimeout(resolve, 1000));
	expect(server.jobs()).toBeLessThanOrEqual(jobsWhenStopped + 1);
	expect(server.lowest()).toBeGreaterThanOrEqual(keep - (server.mostInFlight() * cost));

	// Every mode's verdict says the run is held.
	const json = JSON.parse((await runCli(['--json'], env)).stdout) as {
		verdict: {code: string; text: string};
		guard: {holding: boolean; keep: number};
	};
	expect(json.verdict.code).toBe('guard-holding');
	expect(json.guard).toMatchObject({holding: true, keep});
	expect((await runCli(['--line', '--max-age', '0', '--format', '{verdict}'], env)).stdout).toBe(
		`${json.verdict.text}\n`,
	);

	server.topUp(1000);
	await until(
		() => ['S', 'R'].includes(stateOf(pid!) ?? '') && server!.jobs() > jobsWhenStopped + 1,
		'the worker to run again',
	);
	await until(() => run.stderr().includes('resumed'), 'the resume to be told');
	const events = hooks.alerts().map(alert => /SRTGEN_EVENT=(.*)/.exec(alert)?.[1]);
	expect(events.slice(0, 2)).toEqual(['guard-paused', 'guard-resumed']);

	run.child.kill('SIGTERM');
	// The worker, killed by the SIGTERM passed on to it: 128 + 15.
	expect(await run.exited).toBe(143);
	expect(workers()).toEqual([]);
	expect(server.lowest()).toBeGreaterThanOrEqual(keep - (server.mostInFlight() * cost));
	// The guard's state file goes with it: no mode says a run is held.
	expect((JSON.parse((await runCli(['--json'], env)).stdout) as {guard: unknown}).guard).toBeNull();
}, 60_000);

test.each<[string, string[], RegExp]>([
	['--keep negative', ['--keep', '-5', '--per-job', '10', '--', 'true'], /^srtgen-top: --keep: '-5' is not accepted; give a whole number of credits, 0 or more/],
	['--keep above the balance', ['--keep', '5000', '--per-job', '10', '--', 'true'], /^srtgen-top: --keep 5,000 is above the balance \(1,000\): the command could never run/],
	['no --', ['--keep', '100', '--per-job', '10'], /^srtgen-top: --guard runs a command: give it after --/],
	['nothing after --', ['--keep', '100', '--per-job', '10', '--'], /^srtgen-top: --guard runs a command: give it after --/],
	['a command that does not exist', ['--keep', '100', '--per-job', '10', '--', 'no-such-command-4f2a'], /^srtgen-top: --guard: no-such-command-4f2a was not found\.$/m],
	['no per-job cost, and no history to learn it from', ['--keep', '100', '--', 'true'], /^srtgen-top: No per-job cost is known: the history needs 2 more drops of the balance .*Give --per-job CREDITS\.$/m],
])('%s: exit 2 with a sentence, and no command left running', async (_, args, sentence) => {
	server = await jobServer({start: 1000, cost: 10, delayMs: 200});
	const run = await runCli(['--guard', ...args], {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href});
	expect(run).toMatchObject({code: 2, stdout: ''});
	expect(run.stderr).toMatch(sentence);
	expect(run.stderr).not.toContain('    at ');
	expect(server.jobs()).toBe(0);
});

test('a command that exits at once: the guard exits with its code', async () => {
	server = await jobServer({start: 1000, cost: 10, delayMs: 200});
	const env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href};
	expect(
		await runCli(['--guard', '--keep', '100', '--per-job', '10', '--', 'sh', '-c', 'echo done; exit 7'], env),
	).toMatchObject({code: 7, stdout: 'done\n', stderr: ''});
	expect((await runCli(['--guard', '--keep', '100', '--per-job', '10', '--', 'true'], env)).code).toBe(0);
	expect(
		(await runCli(['--guard', '--keep', '100', '--per-job', '10', '--', 'sh', '-c', 'kill -KILL $$'], env)).code,
	).toBe(128 + 9);
});

test('the API unreachable before the start: the command is not started, exit 4', async () => {
	server = await jobServer({start: 1000, cost: 10, delayMs: 200});
	server.reply({status: 503, body: '{}'});
	const run = await runCli(['--guard', '--keep', '100', '--per-job', '10', '--', 'sh', '-c', 'echo ran'], {
		SRTGEN_API_KEY: key,
		SRTGEN_BASE_URL: server.url.href,
	});
	expect(run.code).toBe(4);
	expect(run.stdout).toBe('');
	expect(run.stderr).toMatch(/the command was not started\.\n$/);
});

test('a signal while the worker is stopped reaches it, resumed: both end, none is left stopped', async () => {
	server = await jobServer({start: 1000, cost: 10, delayMs: 200});
	const run = startGuard(
		[
			'--guard',
			'--keep',
			'900',
			'--per-job',
			'10',
			'--interval',
			'2',
			'--timeout',
			'1',
			'--',
			process.execPath,
			worker,
			server.url.href,
		],
		{SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: temporaryStateDir()},
	);
	guard = run.child;
	const [pid] = await until(() => workers().length === 1 && workers(), 'the worker to start');
	await until(() => stateOf(pid!) === 'T', 'the worker to be stopped');
	run.child.kill('SIGHUP');
	expect(await run.exited).toBe(128 + 1);
	expect(workers()).toEqual([]);
	expect(server.lowest()).toBeGreaterThanOrEqual(900 - (server.mostInFlight() * 10));
}, 30_000);

test('the API unreachable while the worker runs: paused (--guard-offline pause), resumed when it answers again; with run, left running', async () => {
	server = await jobServer({start: 100_000, cost: 1, delayMs: 200});
	const env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: temporaryStateDir()};
	const run = startGuard(
		[
			'--guard',
			'--keep',
			'0',
			'--per-job',
			'1',
			'--interval',
			'2',
			'--timeout',
			'1',
			'--',
			process.execPath,
			worker,
			server.url.href,
		],
		env,
	);
	guard = run.child;
	const [pid] = await until(() => workers().length === 1 && workers(), 'the worker to start');
	server.failBalance(503);
	// Its pace not measured yet, there is no telling how far the balance has fallen: paused at once.
	await until(() => stateOf(pid!) === 'T', 'the worker to be stopped');
	await until(() => run.stderr().includes('SRTGen cannot be read'), 'the reason to be told');
	server.failBalance(undefined);
	await until(() => ['S', 'R'].includes(stateOf(pid!) ?? ''), 'the worker to run again', 30_000);
	run.child.kill('SIGINT');
	expect(await run.exited).toBe(128 + 2);
	expect(workers()).toEqual([]);

	const running = startGuard(
		[
			'--guard',
			'--keep',
			'0',
			'--per-job',
			'1',
			'--guard-offline',
			'run',
			'--interval',
			'2',
			'--timeout',
			'1',
			'--',
			process.execPath,
			worker,
			server.url.href,
		],
		env,
	);
	guard = running.child;
	const [next] = await until(() => workers().length === 1 && workers(), 'the worker to start');
	server.failBalance(503);
	await until(
		() => running.stderr().includes('the command runs on unguarded until it can (--guard-offline run)'),
		'a failed poll',
	);
	expect(stateOf(next!)).not.toBe('T');
	running.child.kill('SIGTERM');
	expect(await running.exited).toBe(128 + 15);
}, 60_000);
