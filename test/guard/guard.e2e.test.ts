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
	const child = spawn(process.execPath, [binary, ...args], {env: {PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env}, stdio: ['ignore', 'pipe', 'pipe']});
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
	const run = startGuard(['--guard', '--keep', String(keep), '--per-job', String(cost), '--interval', '2', '--timeout', '1', '--on-alert', hooks.hook, '--', process.execPath, worker, server.url.href], env);
	guard = run.child;

	const [pid] = await until(() => workers().length === 1 && workers(), 'the worker to start');
	await until(() => server!.jobs() > 0, 'a job to be done');
	await until(() => stateOf(pid!) === 'T', 'the worker to be stopped');
	expect(run.stderr()).toMatch(/paused .*node to keep 500 credits/);
	// Stopped, it starts no job; the one in flight, if any, is still charged.
	const jobsWhenStopped = server.jobs();
	await new Promise(resolve => setTimeout(resolve, 1000));
	expect(server.jobs()).toBeLessThanOrEqual(jobsWhenStopped + 1);
	expect(server.lowest()).toBeGreaterThanOrEqual(keep - (server.mostInFlight() * cost));

	// Every mode's verdict says the run is held.
	const json = JSON.parse((await runCli(['--json'], env)).stdout) as {verdict: {code: string; text: string}; guard: {holding: boolean; keep: number}};
	expect(json.verdict.code).toBe('guard-holding');
	expect(json.guard).toMatchObject({holding: true, keep});
	expect((await runCli(['--line', '--max-age', '0', '--format', '{verdict}'], env)).stdout).toBe(`${json.verdict.text}\n`);

	server.topUp(1000);
	await until(() => ['S', 'R'].includes(stateOf(pid!) ?? '') && server!.jobs() > jobsWhenStopped + 1, 'the worker to run again');
	expect(run.stderr()).toContain('resumed');
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
