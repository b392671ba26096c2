import {execFile, execFileSync} from 'node:child_process';
import {lstatSync, mkdirSync, readdirSync, symlinkSync, truncateSync, unlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {filesOf, lineCacheFile, lineCacheSecretFile} from '../../source/state/accountFiles.js';
import {binary, temporaryStateDir, type Run} from '../helpers/cli.js';
import {sampleBody} from '../helpers/fixtures.js';
import {expectKeyNowhere} from '../helpers/keyOnDisk.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {command, openPane} from '../helpers/tmux.js';
import {expectShellTerminal} from '../helpers/restored.js';

const key = 'sk_live_fifo_9f8e7d6c';
let server: TestServer;
let stateDir: string;
let files: ReturnType<typeof filesOf>;

beforeEach(async () => {
	server = await startServer({body: sampleBody});
	stateDir = temporaryStateDir();
	mkdirSync(stateDir, {mode: 0o700});
	files = filesOf({origin: server.url.origin, stateDir, account: '[email protected]'});
});

afterEach(async () => server.close());

const fifo = (file: string) => execFileSync('mkfifo', ['-m', '600', file]);

/**
 * The binary, given far less time than runCli's minute: a blocked open() never ends, and the test
 * must fail, not wait. Then the key is looked for in what is left, once the FIFOs and links are gone
 * (reading a FIFO would block the test itself).
 */
async function run(...args: string[]): Promise<Run & {ms: number}> {
	const started = Date.now();
	const env = {
		PATH: process.env['PATH'] ?? '',
		HOME: process.env['HOME'] ?? '',
		SRTGEN_TOP_STATE_DIR: stateDir,
		SRTGEN_API_KEY: key,
		SRTGEN_BASE_URL: server.url.href,
	};
	return new Promise(resolve => {
		execFile(
			process.execPath,
			[binary, ...args],
			{env, timeout: 8000, killSignal: 'SIGKILL'},
			(error, stdout, stderr) => {
				resolve({
					code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1,
					stdout,
					stderr,
					ms: Date.now() - started,
				});
			},
		);
	});
}

function removeAllButFiles() {
	for (const name of readdirSync(stateDir)) {
		const entry = path.join(stateDir, name);
		if (!lstatSync(entry).isFile()) {
			unlinkSync(entry);
		}
	}
}

function expectKeyNowhereElse() {
	removeAllButFiles();
	expectKeyNowhere(stateDir, key, server.url.origin);
}

test('a FIFO in place of the history, its lock, the mark and the alerts: --json answers at once and sets the history aside', async () => {
	for (const file of [files.history, `${files.history}.lock`, files.mark, files.alerts]) {
		fifo(file);
	}

	const result = await run('--json');
	expect(result.code, result.stderr).toBe(0);
	expect((JSON.parse(result.stdout) as {credits: {total: number}}).credits.total).toBe(1250);
	expect(result.stderr).toMatch(/history file is a FIFO, not a regular file; set aside as .*\.corrupt-/);
	expect(lstatSync(files.history).isFile()).toBe(true);
	expectKeyNowhereElse();
});

test('a FIFO in place of the status line cache, its lock and its secret: --line still prints the balance', async () => {
	const secret = Buffer.alloc(32, 7);
	writeFileSync(lineCacheSecretFile(stateDir), secret, {mode: 0o600});
	const cache = lineCacheFile(stateDir, secret, server.url.origin, key);
	fifo(cache);
	fifo(`${cache}.lock`);
	let result = await run('--line');
	expect(result.code, result.stderr).toBe(0);
	expect(result.stdout).toContain('1,250');

	unlinkSync(lineCacheSecretFile(stateDir));
	fifo(lineCacheSecretFile(stateDir));
	result = await run('--line');
	expect(result.code, result.stderr).toBe(0);
	expect(result.stdout).toContain('1,250');
	expect(result.stderr).toContain('is a FIFO, not a regular file');
	expectKeyNowhereElse();
});

test('a link to /dev/zero and a 118 MB history are set aside unread, at once', async () => {
	symlinkSync('/dev/zero', files.history);
	let result = await run('--json');
	expect(result.code, result.stderr).toBe(0);
	expect(result.stderr).toMatch(/history file is a device, not a regular file; set aside as/);

	// Sparse: 118 MB to stat, nothing on the disk.
	writeFileSync(files.history, '', {mode: 0o600});
	truncateSync(files.history, 118 * 1024 * 1024);
	result = await run('--json');
	expect(result.code, result.stderr).toBe(0);
	expect(result.stderr).toMatch(/history file is larger than 8 MB; set aside as .*\.corrupt-/);
	expect(lstatSync(files.history).size).toBeLessThan(10_000);
	// Reading it took 5 s and 1 GB; the binary's own start-up is a few hundred ms.
	expect(result.ms).toBeLessThan(2000);
	for (const name of readdirSync(stateDir).filter(name => name.includes('.corrupt-'))) {
		unlinkSync(path.join(stateDir, name));
	}

	expectKeyNowhereElse();
});

test('the live view with a FIFO for its history and lock draws, and q ends it with 0', async () => {
	const pane = openPane(100, 30, {
		SRTGEN_API_KEY: key,
		SRTGEN_BASE_URL: server.url.href,
		SRTGEN_TOP_STATE_DIR: stateDir,
	});
	try {
		fifo(files.history);
		fifo(`${files.history}.lock`);
		pane.type('echo before');
		pane.type(command('--interval', '30'));
		const lines = await pane.waitFor(
			lines => lines.some(line => line.includes('Starter Plan')),
			'the dashboard',
			20_000,
		);
		expect(lines.join('\n')).not.toContain('locked');
		pane.keys('q');
		await pane.waitFor(lines => lines.findLast(line => line.trim() !== '') === '$', 'the view to end');
		removeAllButFiles();
		await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
	} finally {
		pane.kill();
	}
});

test('the live view with a FIFO for its history ends on SIGTERM, with 143', async () => {
	const pane = openPane(100, 30, {
		SRTGEN_API_KEY: key,
		SRTGEN_BASE_URL: server.url.href,
		SRTGEN_TOP_STATE_DIR: stateDir,
	});
	try {
		fifo(files.history);
		pane.type('echo before');
		pane.type(command('--interval', '30'));
		await pane.waitFor(lines => lines.some(line => line.includes('Starter Plan')), 'the dashboard', 20_000);
		process.kill(await pane.appPid(), 'SIGTERM');
		await pane.waitFor(lines => lines.findLast(line => line.trim() !== '') === '$', 'the view to end');
		removeAllButFiles();
		await expectShellTerminal(pane, {exitCode: 143, gone: 'Starter Plan'});
	} finally {
		pane.kill();
	}
});
