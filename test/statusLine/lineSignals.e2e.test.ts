import {spawn} from 'node:child_process';
import {readdir} from 'node:fs/promises';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {binary, runCli, temporaryStateDir} from '../helpers/cli.js';
import {sample} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

const key = 'sk_live_signals_2b3c4d5e';
let server: TestServer;
let hang = false;

beforeAll(async () => {
	server = await startServer(() => {
		const body = sample();
		body['credits'].totalBalance = 777;
		return hang ? {hang: true} : {body: JSON.stringify(body)};
	});
});

afterAll(async () => {
	await server.close();
});

// A long time-out: a lock left behind would keep the next call waiting that long (plus 5 s).
const args = ['--line', '--max-age', '0', '--timeout', '60'];
const envFor = (stateDir: string) => ({
	SRTGEN_API_KEY: key,
	SRTGEN_BASE_URL: server.url.href,
	SRTGEN_TOP_STATE_DIR: stateDir,
});
const locks = async (stateDir: string) => (await readdir(stateDir)).filter(name => name.endsWith('.lock'));

/** Starts `--line` against the hanging server and waits until it holds the status line's lock. */
async function refreshing(stateDir: string) {
	hang = true;
	const child = spawn(process.execPath, [binary, ...args], {
		env: {PATH: process.env['PATH'] ?? '', ...envFor(stateDir)},
		detached: true,
		stdio: 'ignore',
	});
	const ended = new Promise<{code: number | null; signal: NodeJS.Signals | null}>(resolve => {
		child.on('exit', (code, signal) => {
			resolve({code, signal});
		});
	});
	const deadline = Date.now() + 15_000;
	while ((await readdir(stateDir).catch(() => [])).every(name => !name.endsWith('.lock'))) {
		if (Date.now() > deadline) {
			throw new Error('--line never took its lock');
		}

		await new Promise(resolve => setTimeout(resolve, 25));
	}

	return {child, ended};
}

/** The next --line, with the server answering again: a fresh line, not the placeholder after a long wait. */
async function nextCallIsFresh(stateDir: string) {
	hang = false;
	const started = Date.now();
	const run = await runCli(args, envFor(stateDir));
	expect(run.stdout).toBe('777 credits · Starter Plan reset due\n');
	expect(run.code).toBe(0);
	expect(Date.now() - started).toBeLessThan(15_000);
}

test.each([
	['SIGTERM', 143],
	['SIGINT', 130],
	['SIGHUP', 129],
] as const)('--line killed by %s mid-refresh releases its lock on the way out', async (signal, code) => {
	const stateDir = temporaryStateDir();
	const {child, ended} = await refreshing(stateDir);
	child.kill(signal);
	const exit = await ended;
	// A hangup with no terminal left ends with SIGKILL once the cleanup is done (see process/shutdown).
	expect(exit.code === code || (signal === 'SIGHUP' && exit.signal === 'SIGKILL')).toBe(true);
	expect(await locks(stateDir)).toEqual([]);
	await nextCallIsFresh(stateDir);
});

test('a lock left by a --line killed outright (SIGKILL) is free at once: its owner is gone', async () => {
	const stateDir = temporaryStateDir();
	const {child, ended} = await refreshing(stateDir);
	child.kill('SIGKILL');
	await ended;
	expect(await locks(stateDir)).toHaveLength(1);
	await nextCallIsFresh(stateDir);
	expect(await locks(stateDir)).toEqual([]);
});
