import {access, mkdtemp, readFile, rm, utimes, writeFile} from 'node:fs/promises';
import {hostname, tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {LockTimeoutError, withLock} from '../../source/state/lock.js';

let dir: string;
let lockPath: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'srtgen-top-lock-'));
	lockPath = path.join(dir, 'history.json.lock');
});
afterEach(async () => rm(dir, {recursive: true, force: true}));

const exists = async (file: string) => readFile(file).then(() => true, () => false);

test('one holder at a time, and the lock is gone afterwards', async () => {
	let inside = 0;
	let most = 0;
	await Promise.all(Array.from({length: 8}, async () => withLock(lockPath, async () => {
		inside++;
		most = Math.max(most, inside);
		await sleep(5);
		inside--;
	})));
	expect(most).toBe(1);
	expect(await exists(lockPath)).toBe(false);
});

test('a live lock is waited for a bounded time, then given up, and left alone', async () => {
	await writeFile(lockPath, 'someone else');
	const started = Date.now();
	// Bounded: it gives up (the test's own timeout is the ceiling), and only after waiting.
	await expect(withLock(lockPath, async () => 'ran', {waitMs: 300})).rejects.toBeInstanceOf(LockTimeoutError);
	expect(Date.now() - started).toBeGreaterThanOrEqual(300);
	expect(await readFile(lockPath, 'utf8')).toBe('someone else');
});

test('a stale lock is broken', async () => {
	await writeFile(lockPath, 'a process that died');
	const minuteAgo = new Date(Date.now() - 60_000);
	await utimes(lockPath, minuteAgo, minuteAgo);
	expect(await withLock(lockPath, async () => 'ran', {waitMs: 150})).toBe('ran');
});

test('a stale lock is broken and taken at once, even without waiting', async () => {
	await writeFile(lockPath, 'a process that died');
	const minuteAgo = new Date(Date.now() - 60_000);
	await utimes(lockPath, minuteAgo, minuteAgo);
	expect(await withLock(lockPath, async () => 'ran', {waitMs: 0})).toBe('ran');
	await writeFile(lockPath, 'alive');
	await expect(withLock(lockPath, async () => 'ran', {waitMs: 0})).rejects.toBeInstanceOf(LockTimeoutError);
});

test('a lock taken over meanwhile is not removed on release', async () => {
	await withLock(lockPath, async () => writeFile(lockPath, 'the next holder'));
	expect(await readFile(lockPath, 'utf8')).toBe('the next holder');
});

test('released when the action throws, and the error passed on', async () => {
	await expect(withLock(lockPath, async () => {
		throw new Error('boom');
	})).rejects.toThrow('boom');
	expect(await exists(lockPath)).toBe(false);
});

test('a missing directory fails at once, without waiting', {timeout: 60_000}, async () => {
	// A wait of 10 minutes would outlast the test's timeout: only failing at once passes.
	await expect(
		withLock(path.join(dir, 'missing', 'x.lock'), async () => 'ran', {waitMs: 600_000}),
	).rejects.toMatchObject({code: 'ENOENT'});
});

describe('whose lock it is', () => {
	/** A pid no process has: one from the top of the kernel's range that /proc does not list. */
	const deadPid = async () => {
		let pid = Number(await readFile('/proc/sys/kernel/pid_max', 'utf8')) - 1;
		while (await access(`/proc/${pid}`).then(() => true, () => false)) {
			pid--;
		}

		return pid;
	};

	test('a lock records its owner\'s pid and host while held', async () => {
		const owner = await withLock(
			lockPath,
			async () => JSON.parse(await readFile(lockPath, 'utf8')) as Record<string, unknown>,
		);
		expect(owner).toMatchObject({pid: process.pid, host: hostname()});
		expect(owner['token']).toEqual(expect.any(String));
	});

	test('a fresh lock whose owner has died is free at once', async () => {
		await writeFile(lockPath, JSON.stringify({token: 'gone', pid: await deadPid(), host: hostname()}));
		expect(await withLock(lockPath, async () => 'ran', {waitMs: 0})).toBe('ran');
	});

	test('a fresh lock whose owner runs is kept', async () => {
		await writeFile(lockPath, JSON.stringify({token: 'alive', pid: process.pid, host: hostname()}));
		await expect(withLock(lockPath, async () => 'ran', {waitMs: 100})).rejects.toBeInstanceOf(LockTimeoutError);
	});

	test('another host\'s lock is not judged by a pid that means nothing here', async () => {
		await writeFile(lockPath, JSON.stringify({token: 'far', pid: await deadPid(), host: `not-${hostname()}`}));
		await expect(withLock(lockPath, async () => 'ran', {waitMs: 100})).rejects.toBeInstanceOf(LockTimeoutError);
	});

	test('a lock stamped in the future (the clock went back since) is stale', async () => {
		await writeFile(lockPath, JSON.stringify({token: 'ahead', pid: process.pid, host: hostname()}));
		const tomorrow = new Date(Date.now() + 86_400_000);
		await utimes(lockPath, tomorrow, tomorrow);
		expect(await withLock(lockPath, async () => 'ran', {waitMs: 0})).toBe('ran');
	});
});
