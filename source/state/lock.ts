import {randomUUID} from 'node:crypto';
import {open, readFile, stat, unlink} from 'node:fs/promises';
import {setTimeout as sleep} from 'node:timers/promises';

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
 * Runs `action` holding an exclusive lock file, created with O_EXCL. Waits a bounded time, then
 * throws LockTimeoutError; any other error (no such directory, no permission) is thrown at once.
 */
export async function withLock<T>(lockPath: string, action: () => Promise<T>, options: LockOptions = {}): Promise<T> {
	const {waitMs = 3000, staleMs = 10_000} = options;
	const token = randomUUID();
	const deadline = Date.now() + waitMs;
	while (!await tryLock(lockPath, token, staleMs)) {
		if (Date.now() >= deadline) {
			throw new LockTimeoutError(lockPath);
		}

		await sleep(10 + (Math.random() * 40));
	}

	try {
		return await action();
	} finally {
		await release(lockPath, token);
	}
}

async function tryLock(lockPath: string, token: string, staleMs: number): Promise<boolean> {
	let handle;
	try {
		handle = await open(lockPath, 'wx', 0o600);
	} catch (error) {
		if (!isCode(error, 'EEXIST')) {
			throw error;
		}

		// A lock left by a process that died is broken, and taken at once.
		return await breakIfStale(lockPath, staleMs) && tryLock(lockPath, token, staleMs);
	}

	try {
		await handle.writeFile(token);
	} catch (error) {
		await unlink(lockPath).catch(() => undefined);
		throw error;
	} finally {
		await handle.close();
	}

	return true;
}

/**
 * Two waiters can find the same stale lock, and the later may remove the lock the earlier has just
 * taken. The file still stays whole (writes are renames); one writer's new samples may miss that
 * save, and its next save adds them again.
 */
async function breakIfStale(lockPath: string, staleMs: number): Promise<boolean> {
	try {
		if (Date.now() - (await stat(lockPath)).mtimeMs >= staleMs) {
			await unlink(lockPath);
			return true;
		}
	} catch (error) {
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
		if (await readFile(lockPath, 'utf8') === token) {
			await unlink(lockPath);
		}
	} catch {
		// Already gone: there is nothing left to release.
	}
}

export function isCode(error: unknown, code: string): boolean {
	return error instanceof Error && 'code' in error && error.code === code;
}
