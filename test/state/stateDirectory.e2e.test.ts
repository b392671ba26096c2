import {chmod, chown, mkdtemp, readdir, readFile, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {filesOf, lineCacheFile, lineCacheSecretFile} from '../../source/state/accountFiles.js';
import {runCli, temporaryStateDir, unprivileged} from '../helpers/cli.js';
import {sample} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

const key = 'sk_live_statedir_7c6b5a49';
let server: TestServer;
let balance = 1250;

beforeAll(async () => {
	server = await startServer(request => {
		const body = sample();
		// Two APIs behind one origin, told apart by their path.
		body['credits'].totalBalance = request.url?.startsWith('/second/') ? 2222 : balance;
		return {body: JSON.stringify(body)};
	});
});

afterAll(async () => {
	await server.close();
});

const envFor = (stateDir: string, baseUrl = server.url.href) => ({
	SRTGEN_API_KEY: key,
	SRTGEN_BASE_URL: baseUrl,
	SRTGEN_TOP_STATE_DIR: stateDir,
});

/** The status line cache's file for the key at the test server, once a first --line has made the secret. */
async function cacheFileIn(stateDir: string): Promise<string> {
	return lineCacheFile(stateDir, await readFile(lineCacheSecretFile(stateDir)), server.url.origin, key);
}

const tomorrow = () => new Date(Date.now() + 86_400_000);

// Another user's files and runs as that user need root (CI runs as root); elsewhere they are skipped.
const asRoot = process.getuid?.() === 0;

describe('a state directory others can write', () => {
	test('is used, with a warning naming it and its mode', async () => {
		const stateDir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-shared-'));
		await chmod(stateDir, 0o777);
		const run = await runCli(['--line'], envFor(stateDir));
		expect(run.code).toBe(0);
		expect(run.stdout).toBe('1,250 credits · Starter Plan reset due\n');
		expect(run.stderr).toBe(
			`srtgen-top: warning: others can write in the state directory ${stateDir} (mode 777) and change what srtgen-top shows; chmod 700 ${stateDir}\n`,
		);
	});

	test('group-writable is warned about too; a 0700 one is not', async () => {
		const stateDir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-shared-'));
		expect((await runCli(['--json'], envFor(stateDir))).stderr).toBe('');
		await chmod(stateDir, 0o770);
		expect((await runCli(['--json'], envFor(stateDir))).stderr).toContain('(mode 770)');
	});

	test.skipIf(!asRoot)('one owned by another user is warned about', async () => {
		const stateDir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-shared-'));
		await chown(stateDir, unprivileged.uid, unprivileged.gid);
		const run = await runCli(['--once'], envFor(stateDir));
		expect(run.code).toBe(0);
		expect(run.stderr).toBe(
			`srtgen-top: warning: the state directory ${stateDir} belongs to another user (uid ${unprivileged.uid}), who can change what srtgen-top shows\n`,
		);
	});
});

describe.skipIf(!asRoot)('a read-only state directory (as an unprivileged user)', () => {
	/** A state directory of the unprivileged user's, already used once by --line, then made read-only. */
	async function readOnlyStateDir(): Promise<string> {
		const parent = await mkdtemp(path.join(tmpdir(), 'srtgen-top-ro-'));
		await chown(parent, unprivileged.uid, unprivileged.gid);
		const stateDir = path.join(parent, 'state');
		const first = await runCli(['--line'], envFor(stateDir), true);
		expect(first.code).toBe(0);
		expect((await readdir(stateDir)).some(name => name.startsWith('line-'))).toBe(true);
		await chmod(stateDir, 0o500);
		return stateDir;
	}

	test('--line refreshing still prints its line, with a notice, and exits 0', async () => {
		const stateDir = await readOnlyStateDir();
		balance = 1100;
		const run = await runCli(['--line', '--max-age', '0'], envFor(stateDir), true);
		balance = 1250;
		expect(run.stdout).toBe('1,100 credits · Starter Plan reset due\n');
		expect(run.code).toBe(0);
		expect(run.stderr).toContain(
			`srtgen-top: the status line cache in ${stateDir} cannot be locked (EACCES); asking the API without it.\n`,
		);
		expect(run.stderr).toContain(`srtgen-top: history not saved in ${stateDir}: permission denied\n`);
		expect(run.stderr).not.toContain('internal error');
	});

	test.each([['--json', '"total": 1250'], ['--once', 'Total    1,250 credits']])('%s prints the balance, with a notice', async (mode, balanceText) => {
		const stateDir = await readOnlyStateDir();
		const run = await runCli([mode], envFor(stateDir), true);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(balanceText);
		expect(run.stderr).toBe(`srtgen-top: history not saved in ${stateDir}: permission denied\n`);
	});

	test('one that was never written: --line prints, asking the API every time', async () => {
		const parent = await mkdtemp(path.join(tmpdir(), 'srtgen-top-ro-'));
		await chown(parent, unprivileged.uid, unprivileged.gid);
		await chmod(parent, 0o500);
		const run = await runCli(['--line'], envFor(parent), true);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe('1,250 credits · Starter Plan reset due\n');
		expect(run.stderr).toContain('no status line cache, asking the API every time');
	});
});

describe('locks', () => {
	test('a status line lock stamped in the future is stale: the line is refreshed, not a days-old one served', async () => {
		const stateDir = temporaryStateDir();
		await runCli(['--line'], envFor(stateDir));
		const lock = `${await cacheFileIn(stateDir)}.lock`;
		await writeFile(lock, 'left by a crash while the clock was ahead');
		await utimes(lock, tomorrow(), tomorrow());
		balance = 900;
		const run = await runCli(['--line', '--max-age', '0'], envFor(stateDir));
		balance = 1250;
		expect(run.stdout).toBe('900 credits · Starter Plan reset due\n');
		expect(run.code).toBe(0);
	});

	test('a history lock stamped in the future is stale: no "kept it locked"', async () => {
		const stateDir = temporaryStateDir();
		await runCli(['--json'], envFor(stateDir));
		const account = (sample()['user'].email as string).toLowerCase();
		const lock = `${filesOf({origin: server.url.origin, stateDir, account}).history}.lock`;
		await writeFile(lock, 'left by a crash while the clock was ahead');
		await utimes(lock, tomorrow(), tomorrow());
		const run = await runCli(['--json'], envFor(stateDir));
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
	});

	test('a reading served while another srtgen-top holds the lock carries its age when older than --max-age', async () => {
		const stateDir = temporaryStateDir();
		await runCli(['--line'], envFor(stateDir));
		const cache = await cacheFileIn(stateDir);
		const stored = JSON.parse(await readFile(cache, 'utf8')) as {fetchedAt: number};
		await writeFile(cache, JSON.stringify({...stored, fetchedAt: Date.now() - (3 * 86_400_000)}));
		// A live holder: this test's own process.
		await writeFile(
			`${cache}.lock`,
			JSON.stringify({token: 'busy', pid: process.pid, host: (await import('node:os')).hostname()}),
			{mode: 0o600},
		);
		const run = await runCli(['--line', '--max-age', '30'], envFor(stateDir));
		expect(run.stdout).toBe('1,250 credits · Starter Plan reset due !3d\n');
	});
});

test('two APIs at one origin, told apart by path, have a status line cache each', async () => {
	const stateDir = temporaryStateDir();
	const first = await runCli(['--line'], envFor(stateDir, new URL('/first/', server.url).href));
	const second = await runCli(['--line'], envFor(stateDir, new URL('/second/', server.url).href));
	expect(first.stdout).toBe('1,250 credits · Starter Plan reset due\n');
	expect(second.stdout).toBe('2,222 credits · Starter Plan reset due\n');
});
