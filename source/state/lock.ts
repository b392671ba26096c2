import {randomUUID} from 'node:crypto';
import {link, open, stat, unlink} from 'node:fs/promises';
import {hostname} from 'node:os';
import {setTimeout as sleep} from 'node:timers/promises';
import {registerCleanup} from '../process/shutdown.js';
import {ownerIsGone, readOwner, type Owner} from './lockOwner.js';
import {readStateFile, StateFileRefusal} from './readStateFile.js';

export type LockOptions = {
	/** Give up after this long; the holder of a live lock only ever holds it for a read and a write. */
	waitMs?: number;
	/** A lock file older than this was left by a process that died, and is broken. */
	staleMs?: number;
};

export class LockTimeoutError extends Error {
	constructor(lockPath: string) {
		super(`${lockPath} stayed locked by another srtgen-top`);
		this.name = 'LockTimeoutError';
	}
}

/**
 * The last holder or waiter of each lock in this process. The lock file tells processes apart, not
 * the tasks of one (several accounts can share a history file): they take turns here first, so
 * that none waits on the file for another of ours, nor says our own lock was another's.
 */
const turns = new Map<string, Promise<unknown>>();

/** A lock stamped further ahead than this was stamped by a clock that has since gone back. */
const futureSlackMs = 1000;

/**
 * Runs `action` holding an exclusive lock file that names its owner. Waits a bounded time, then
 * throws LockTimeoutError; any other error (no such directory, no permission) is thrown at once.
 * A signal that ends the process (TERM, HUP, INT) releases the lock on the way out. Callers in this
 * process take turns before trying the file, and the wait for it counts from their turn.
 */
export async function withLock<T>(lockPath: string, action: () => Promise<T>, options: LockOptions = {}): Promise<T> {
	const mine = (turns.get(lockPath) ?? Promise.resolve()).then(async () => withFileLock(lockPath, action, options));
	const done = mine.catch(() => undefined);
	turns.set(lockPath, done);
	try {
		return await mine;
	} finally {
		if (turns.get(lockPath) === done) {
			turns.delete(lockPath);
		}
	}
}

async function withFileLock<T>(lockPath: string, action: () => Promise<T>, options: LockOptions): Promise<T> {
	const {waitMs = 3000, staleMs = 10_000} = options;
	const owner: Owner = {token: randomUUID(), pid: process.pid, host: hostname()};
	// Registered before the lock exists, so that no moment holding it is left uncovered; it removes
	// only a lock with our token.
	const unregister = registerCleanup('state', async () => release(lockPath, owner.token));
	try {
		const deadline = Date.now() + waitMs;
		while (!await tryLock(lockPath, owner, staleMs)) {
			if (Date.now() >= deadline) {
				throw new LockTimeoutError(lockPath);
			}

			await sleep(10 + (Math.random() * 40));
		}

		try {
			return await action();
		} finally {
			await release(lockPath, owner.token);
		}
	} finally {
		unregister();
	}
}

/**
 * Takes the lock: the owner is written to a file of our own, then linked in as the lock, which
 * fails if one exists. A lock file is therefore never seen empty, without its owner.
 */
async function tryLock(lockPath: string, owner: Owner, staleMs: number): Promise<boolean> {
	const draft = `${lockPath}.${owner.token.slice(0, 8)}.tmp`;
	const handle = await open(draft, 'wx', 0o600);
	try {
		try {
			await handle.writeFile(JSON.stringify(owner));
		} finally {
			await handle.close();
		}

		// A lock left by a process that died is broken, and taken at once.
		while (!await linked(draft, lockPath)) {
			if (!await breakIfStale(lockPath, staleMs)) {
				return false;
			}
		}

		return true;
	} finally {
		// Made, whatever happened next (a full disk fails the write): never left behind.
		await unlink(draft).catch(() => undefined);
	}
}

async function linked(draft: string, lockPath: string): Promise<boolean> {
	try {
		await link(draft, lockPath);
		return true;
	} catch (error) {
		if (isCode(error, 'EEXIST')) {
			return false;
		}

		throw error;
	}
}

/**
 * A lock is stale when it is older than `staleMs`, stamped in the future (a clock that went back
 * since), or owned by a process on this host that is gone. Two waiters can find the same stale
 * lock, and the later may remove the lock the earlier has just taken. The file still stays whole
 * (writes are renames); one writer's new samples may miss that save, and its next save adds them.
 */
async function breakIfStale(lockPath: string, staleMs: number): Promise<boolean> {
	try {
		const age = Date.now() - (await stat(lockPath)).mtimeMs;
		if (age >= staleMs || age < -futureSlackMs || ownerIsGone(await lockOwner(lockPath))) {
			await unlink(lockPath);
			return true;
		}
	} catch (error) {
		if (error instanceof StateFileRefusal) {
			// Not a lock we made (a FIFO, a device, a huge file): nobody holds it.
			await unlink(lockPath);
			return true;
		}

		if (!isCode(error, 'ENOENT')) {
			throw error;
		}

		return true; // Released meanwhile: free to take.
	}

	return false;
}

/** Removes the lock only if it is still ours: it may have been broken as stale and taken since. */
async function release(lockPath: string, token: string): Promise<void> {
	try {
		if ((await lockOwner(lockPath))?.token === token) {
			await unlink(lockPath);
		}
	} catch {
		// Already gone: there is nothing left to release.
	}
}

/** A lock file holds one small JSON object; anything that is not a small regular file is refused unread. */
async function lockOwner(lockPath: string): Promise<Owner | undefined> {
	return readOwner((await readStateFile(lockPath, 4096)).toString('utf8'));
}

export function isCode(error: unknown, code: string): boolean {
	return error instanceof Error && 'code' in error && error.code === code;
}
