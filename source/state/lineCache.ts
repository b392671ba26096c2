import {randomBytes} from 'node:crypto';
import {mkdir, open} from 'node:fs/promises';
import {setTimeout as sleep} from 'node:timers/promises';
import type {Snapshot} from '../api/snapshot.js';
import {lineCacheFile, lineCacheSecretFile} from './accountFiles.js';
import {writeAtomically} from './atomicWrite.js';
import {snapshotFromJson, snapshotToJson} from './snapshotFile.js';
import {isCode, LockTimeoutError, withLock} from './lock.js';
import {readStateFile, StateFileRefusal} from './readStateFile.js';

/** A reading of an API body (at most 1 MB) as JSON, with room to spare. */
const maxCacheBytes = 4 * 1024 * 1024;

export type CachedReading = {snapshot: Snapshot; fetchedAt: number};

export type LineCache = {
	read(): Promise<CachedReading | undefined>;
	write(reading: CachedReading): Promise<void>;
	/** Runs `refresh` unless another process is refreshing this account already: then 'busy'. */
	refreshOnce<T>(refresh: () => Promise<T>): Promise<T | 'busy'>;
};

export type LineCacheOptions = {
	stateDir: string;
	/** The API's base URL: two that differ only by path are two APIs, with a cache each. */
	baseUrl: URL;
	apiKey: string;
	lockStaleMs: number;
	/** Told, in a line, when the cache cannot be locked and the API is asked without it. */
	warn: (line: string) => void;
};

/**
 * The last reading `--line` made for a key, so that status bars calling it every few seconds do not
 * each ask the API. The file holds the reading only; its name is a keyed hash (see lineCacheFile).
 */
export async function openLineCache(options: LineCacheOptions): Promise<LineCache> {
	await mkdir(options.stateDir, {recursive: true, mode: 0o700});
	const secret = await cacheSecret(options.stateDir);
	const file = lineCacheFile(options.stateDir, secret, cacheSource(options.baseUrl), options.apiKey);
	return {
		async read() {
			try {
				const stored = JSON.parse((await readStateFile(file, maxCacheBytes)).toString('utf8')) as {fetchedAt?: unknown; snapshot?: unknown};
				const snapshot = snapshotFromJson(stored.snapshot);
				return snapshot === undefined || typeof stored.fetchedAt !== 'number' ? undefined : {snapshot, fetchedAt: stored.fetchedAt};
			} catch {
				return undefined;
			}
		},
		async write(reading) {
			await writeAtomically(file, JSON.stringify({fetchedAt: reading.fetchedAt, snapshot: snapshotToJson(reading.snapshot)}));
		},
		async refreshOnce(refresh) {
			// Set inside the lock's callback: an object, so the check below reads it afresh.
			const progress = {refreshing: false};
			try {
				return await withLock(`${file}.lock`, async () => {
					progress.refreshing = true;
					return refresh();
				}, {waitMs: 0, staleMs: options.lockStaleMs});
			} catch (error) {
				if (error instanceof LockTimeoutError) {
					return 'busy';
				}

				if (progress.refreshing) {
					throw error;
				}

				// A read-only directory, say: the answer matters more than the cache.
				options.warn(`the status line cache in ${options.stateDir} cannot be locked (${describeCode(error)}); asking the API without it.`);
				return refresh();
			}
		},
	};
}

/** The origin, and the path when there is one (the origin alone keeps the names caches had before paths counted). */
function cacheSource(baseUrl: URL): string {
	return baseUrl.pathname === '/' ? baseUrl.origin : `${baseUrl.origin}${baseUrl.pathname}`;
}

function describeCode(error: unknown): string {
	return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

/** 32 random bytes, made once per state directory (the first writer wins a race; the others read it). */
async function cacheSecret(stateDir: string): Promise<Buffer> {
	const file = lineCacheSecretFile(stateDir);
	try {
		const handle = await open(file, 'wx', 0o600);
		try {
			await handle.writeFile(randomBytes(32));
		} finally {
			await handle.close();
		}
	} catch (error) {
		if (!isCode(error, 'EEXIST')) {
			throw error;
		}
	}

	for (let attempt = 0; ; attempt++) {
		const secret = await readSecret(file);
		// A racing creator may not have written its bytes yet.
		if (secret.length === 32) {
			return secret;
		}

		if (attempt > 50) {
			throw new Error(`${file} is not a 32-byte secret`);
		}

		await sleep(10);
	}
}

async function readSecret(file: string): Promise<Buffer> {
	try {
		return await readStateFile(file, 64);
	} catch (error) {
		throw error instanceof StateFileRefusal ? new Error(`${file} ${error.message}`) : error;
	}
}
