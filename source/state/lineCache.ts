import {randomBytes} from 'node:crypto';
import {link, mkdir, unlink, writeFile} from 'node:fs/promises';
import type {Snapshot} from '../api/snapshot.js';
import {lineCacheFile, lineCacheSecretFile} from './accountFiles.js';
import {writeAtomically} from './atomicWrite.js';
import {snapshotFromJson, snapshotToJson} from './snapshotFile.js';
import {isCode, LockTimeoutError, withLock} from './lock.js';
import {lineSheetFile} from './lineSheet.js';
import {readStateFile, StateFileRefusal} from './readStateFile.js';

/** A reading of an API body (at most 1 MB) as JSON, with room to spare. */
const maxCacheBytes = 4 * 1024 * 1024;

export type CachedReading = {snapshot: Snapshot; fetchedAt: number};

export type LineCache = {
	/** The cache's file, whose identity a sheet worked out from it keeps (see lineSheet.ts). */
	file: string;
	/** The file of the sheet for an invocation (see lineSheet.ts), named with the cache's secret. */
	sheetFor(invocation: string): string;
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
		file,
		sheetFor: invocation => lineSheetFile(options.stateDir, secret, invocation),
		async read() {
			try {
				const stored = JSON.parse((await readStateFile(file, maxCacheBytes)).toString('utf8')) as {
					fetchedAt?: unknown;
					snapshot?: unknown;
				};
				const snapshot = snapshotFromJson(stored.snapshot);
				return snapshot === undefined || typeof stored.fetchedAt !== 'number'
					? undefined
					: {snapshot, fetchedAt: stored.fetchedAt};
			} catch {
				return undefined;
			}
		},
		async write(reading) {
			await writeAtomically(
				file,
				JSON.stringify({fetchedAt: reading.fetchedAt, snapshot: snapshotToJson(reading.snapshot)}),
			);
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
				options.warn(
					`the status line cache in ${options.stateDir} cannot be locked (${describeCode(error)}); asking the API without it.`,
				);
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

/**
 * 32 random bytes, made once per state directory: written to a draft of our own, then linked in,
 * so the secret is never seen half written, and a write that fails (a full disk) leaves nothing.
 * The first writer wins a race; the others read its secret. One of another length (left by a
 * version that wrote in place) is made anew.
 */
async function cacheSecret(stateDir: string): Promise<Buffer> {
	const file = lineCacheSecretFile(stateDir);
	for (let attempt = 0; ; attempt++) {
		// Read first: a read-only directory with a secret in it still has a cache.
		const secret = await readSecret(file).catch(async (error: unknown) => {
			if (!isCode(error, 'ENOENT')) {
				throw error;
			}

			await createSecret(file);
			return readSecret(file);
		});
		if (secret.length === 32) {
			return secret;
		}

		if (attempt > 0) {
			throw new Error(`${file} is not a 32-byte secret`);
		}

		await unlink(file).catch(() => undefined);
	}
}

async function createSecret(file: string): Promise<void> {
	const draft = `${file}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		await writeFile(draft, randomBytes(32), {flag: 'wx', mode: 0o600});
		await link(draft, file);
	} catch (error) {
		if (!isCode(error, 'EEXIST')) {
			throw error;
		}
	} finally {
		await unlink(draft).catch(() => undefined);
	}
}

async function readSecret(file: string): Promise<Buffer> {
	try {
		return await readStateFile(file, 64);
	} catch (error) {
		throw error instanceof StateFileRefusal ? new Error(`${file} ${error.message}`) : error;
	}
}
