import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {filesOf} from '../../source/state/accountFiles.js';
import {withLock} from '../../source/state/lock.js';
import {runCli} from '../helpers/cli.js';
import {sampleBody} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

let mountPoint: string;
let stateDir: string;
let lockDir: string;
let server: TestServer;

/** A real full disk: a 64 KB tmpfs, filled to the last byte, with the state directory on it. */
beforeAll(async () => {
	mountPoint = mkdtempSync(path.join(tmpdir(), 'srtgen-top-full-'));
	execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]);
	stateDir = path.join(mountPoint, 'state');
	lockDir = path.join(mountPoint, 'locks');
	mkdirSync(stateDir, {mode: 0o700});
	mkdirSync(lockDir, {mode: 0o700});
	try {
		for (let index = 0; ; index++) {
			writeFileSync(path.join(mountPoint, `filler-${index}`), Buffer.alloc(4096));
		}
	} catch {
		// ENOSPC: full.
	}

	server = await startServer({body: sampleBody});
});

afterAll(async () => {
	await server.close();
	execFileSync('umount', [mountPoint]);
	rmSync(mountPoint, {recursive: true, force: true});
});

test('a lock that cannot be written on a full disk fails, and leaves no draft behind', async () => {
	const lock = path.join(lockDir, 'some.lock');
	for (let attempt = 0; attempt < 12; attempt++) {
		await expect(withLock(lock, async () => 'held')).rejects.toThrow(/ENOSPC/);
	}

	expect(readdirSync(lockDir)).toEqual([]);
});

test('--json and --line on a full disk print the balance with a notice, time after time, and leave nothing behind', async () => {
	const env = {
		SRTGEN_API_KEY: 'sk_live_full_5e6f7a8b',
		SRTGEN_BASE_URL: server.url.href,
		SRTGEN_TOP_STATE_DIR: stateDir,
	};
	for (let run = 0; run < 3; run++) {
		const json = await runCli(['--json'], env);
		expect(json.code, json.stderr).toBe(0);
		expect((JSON.parse(json.stdout) as {credits: {total: number}}).credits.total).toBe(1250);
		expect(json.stderr).toContain('disk full');
		const line = await runCli(['--line'], env);
		expect(line.code, line.stderr).toBe(0);
		expect(line.stdout).toContain('1,250');
	}

	const history = path.basename(filesOf({origin: server.url.origin, stateDir, account: '[email protected]'}).history);
	expect(readdirSync(stateDir).filter(name => name !== history)).toEqual([]);
});
