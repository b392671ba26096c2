import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {KeyFileRefusal, maxKeyFileBytes, readKeyFile} from '../../source/config/keyFile.js';
import {runCli} from '../helpers/cli.js';
import {sampleBody} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

const key = 'sk_live_keyfile_4b3a2c1d';
const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-keyfile-'));
const fifo = path.join(dir, 'fifo');
execFileSync('mkfifo', [fifo]);
let server: TestServer;

beforeAll(async () => {
	server = await startServer({body: sampleBody});
});

afterAll(async () => {
	await server.close();
});

describe('readKeyFile', () => {
	test('reads a regular file', () => {
		const file = path.join(dir, 'key');
		writeFileSync(file, `${key}\n`);
		expect(readKeyFile(file)).toBe(`${key}\n`);
	});

	test.each([
		['/dev/zero', 'is a device, not a regular file'],
		[fifo, 'is a FIFO, not a regular file'],
		[dir, 'is a directory, not a regular file'],
	])('%s is refused at once, without reading from it', (file, message) => {
		const started = Date.now();
		expect(() => readKeyFile(file)).toThrow(KeyFileRefusal);
		expect(() => readKeyFile(file)).toThrow(message);
		expect(Date.now() - started).toBeLessThan(2000);
	});

	test(`a file over ${maxKeyFileBytes} bytes is refused; one of exactly that size is read`, () => {
		const big = path.join(dir, 'big');
		writeFileSync(big, 'k'.repeat(maxKeyFileBytes + 1));
		expect(() => readKeyFile(big)).toThrow('is larger than 4 KB');
		writeFileSync(big, 'k'.repeat(maxKeyFileBytes));
		expect(readKeyFile(big)).toHaveLength(maxKeyFileBytes);
	});

	test('a missing file is the file system\'s own error, with its code', () => {
		expect(() => readKeyFile(path.join(dir, 'missing'))).toThrow(
			expect.objectContaining({code: 'ENOENT'}) as Error,
		);
	});
});

describe('the binary with an odd key file', () => {
	test.each([
		['/dev/zero', '--key-file: /dev/zero is a device, not a regular file; put the key in a file of its own.'],
		[fifo, `--key-file: ${fifo} is a FIFO, not a regular file; put the key in a file of its own.`],
	])('--key-file %s: exit 2 at once, one line', async (file, message) => {
		const started = Date.now();
		const run = await runCli(['--line', '--key-file', file], {SRTGEN_BASE_URL: server.url.href});
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(`srtgen-top: ${message}\n`);
		expect(Date.now() - started).toBeLessThan(15_000);
	});

	test('SRTGEN_API_KEY_FILE naming a FIFO is refused the same way', async () => {
		const run = await runCli(['--json'], {SRTGEN_API_KEY_FILE: fifo, SRTGEN_BASE_URL: server.url.href});
		expect(run.code).toBe(2);
		expect(run.stderr).toBe(
			`srtgen-top: SRTGEN_API_KEY_FILE: ${fifo} is a FIFO, not a regular file; put the key in a file of its own.\n`,
		);
	});
});

describe('an over-long key', () => {
	const long = `sk_live_${'x7'.repeat(20_000)}`;

	test('in the environment: exit 2 before any request, and not echoed', async () => {
		const before = server.requests.length;
		const run = await runCli(['--once'], {SRTGEN_API_KEY: long, SRTGEN_BASE_URL: server.url.href});
		expect(run.code).toBe(2);
		expect(run.stderr).toBe('srtgen-top: SRTGEN_API_KEY is 40008 characters long; an API key is at most 1024.\n');
		expect(run.stdout).toBe('');
		expect(server.requests.length).toBe(before);
	});

	test('in a key file: exit 2, and not echoed', async () => {
		const file = path.join(dir, 'long');
		writeFileSync(file, long.slice(0, 3000));
		const run = await runCli(['--json', '--key-file', file], {SRTGEN_BASE_URL: server.url.href});
		expect(run.code).toBe(2);
		expect(run.stderr).toBe(
			`srtgen-top: the key in ${file} is 3000 characters long; an API key is at most 1024.\n`,
		);
	});
});

test('a key file in a directory the user cannot enter gives its code, not a stack trace', async () => {
	const closed = path.join(dir, 'closed');
	mkdirSync(closed, {mode: 0o700});
	writeFileSync(path.join(closed, 'key'), key);
	const run = await runCli(['--line', '--key-file', path.join(closed, 'key', 'x')], {
		SRTGEN_BASE_URL: server.url.href,
	});
	expect(run.code).toBe(2);
	expect(run.stderr).toBe(`srtgen-top: --key-file: cannot read ${path.join(closed, 'key', 'x')} (ENOTDIR).\n`);
});
