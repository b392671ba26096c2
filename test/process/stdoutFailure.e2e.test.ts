import {spawn} from 'node:child_process';
import {closeSync, openSync, readdirSync} from 'node:fs';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {binary, temporaryStateDir} from '../helpers/cli.js';
import {sampleBody} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
	server = await startServer({body: sampleBody});
});

afterAll(async () => {
	await server.close();
});

/** Runs the binary with stdout (and maybe stderr) written to /dev/full, where every write fails with ENOSPC. */
async function intoFullDevice(
	args: string[],
	stateDir: string,
	stderrToo = false,
): Promise<{code: number | null; stderr: string}> {
	const full = openSync('/dev/full', 'w');
	try {
		const child = spawn(process.execPath, [binary, ...args], {
			env: {
				PATH: process.env['PATH'] ?? '',
				SRTGEN_API_KEY: 'sk_live_full_9a8b7c6d',
				SRTGEN_BASE_URL: server.url.href,
				SRTGEN_TOP_STATE_DIR: stateDir,
			},
			stdio: ['ignore', full, stderrToo ? full : 'pipe'],
		});
		let stderr = '';
		child.stderr?.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		const code = await new Promise<number | null>(resolve => {
			child.on('close', resolve);
		});
		return {code, stderr};
	} finally {
		closeSync(full);
	}
}

test.each([['--json'], ['--line'], ['--once']])('%s >/dev/full: exit 4 and one line on stderr', async mode => {
	const stateDir = temporaryStateDir();
	const run = await intoFullDevice([mode], stateDir);
	expect(run.code).toBe(4);
	expect(run.stderr).toBe('srtgen-top: the output could not be written to stdout (no space left on the device).\n');
	// Whatever was ours to keep is kept, and no lock is left behind.
	expect(readdirSync(stateDir).filter(name => name.endsWith('.lock'))).toEqual([]);
	expect(readdirSync(stateDir).some(name => name.startsWith('history-'))).toBe(true);
});

test('with stderr on /dev/full too, still a non-zero exit', async () => {
	const run = await intoFullDevice(['--json'], temporaryStateDir(), true);
	expect(run.code).toBe(4);
});
