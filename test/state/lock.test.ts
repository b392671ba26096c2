import {mkdtemp, readFile, rm, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterEach, beforeEach, expect, test} from 'vitest';
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
	await expect(withLock(path.join(dir, 'missing', 'x.lock'), async () => 'ran', {waitMs: 600_000})).rejects.toMatchObject({code: 'ENOENT'});
});
