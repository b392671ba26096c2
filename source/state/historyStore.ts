import {mkdir, rename, stat} from 'node:fs/promises';
import {mergeHistories, withoutFuture, type History} from '../model/history.js';
import {filesOf} from './accountFiles.js';
import {AccountLimitError, checkRoomForAccount} from './accountLimit.js';
import {writeAtomically} from './atomicWrite.js';
import {fromHistoryFile, toHistoryFile} from './historyFile.js';
import {isCode, LockTimeoutError, withLock} from './lock.js';
import {readStateFile, StateFileRefusal} from './readStateFile.js';

/**
 * Far above any history this program writes: 5,000 readings of at most 4 plans, each name 24
 * characters that JSON may escape to 6 bytes each, is under 4 MB, and a week of a busy account is
 * well under 1 MB. A bigger file was not written by us, and reading it would cost far more than the
 * history is worth (118 MB took 1 GB and 5 s).
 */
const maxHistoryBytes = 8 * 1024 * 1024;

type Result = {history: History; notice?: string};

/** The balance history of one account, on disk. Never throws: what goes wrong comes back as a one-line notice. */
export type HistoryStore = {
	load(): Promise<Result>;
	/** Reads without waiting for the lock, for a quick look (the status line); never sets a file aside. */
	peek(): Promise<Result>;
	/** Merges with what other monitors of the account saved meanwhile; returns the merged history. */
	save(history: History): Promise<Result>;
};

export type HistoryStoreOptions = {
	/** The API origin, as URL.origin gives it. */
	origin: string;
	/** The account's identity, see accountIdentity. */
	account: string;
	stateDir: string;
	now?: () => number;
};

export function openHistoryStore(options: HistoryStoreOptions): HistoryStore {
	const {origin, account, now = Date.now} = options;
	const dir = options.stateDir;
	const file = filesOf(options).history;
	const lockPath = `${file}.lock`;
	const empty: History = {samples: []};
	/**
	 * The text this store last wrote, and the history it holds. A file that still reads the same
	 * is not parsed and validated again: a live view saves each minute, and that was most of it.
	 */
	let written: {text: string; history: History} | undefined;

	/** Reads the file; one that cannot be read is set aside when `setAside` (under the lock), else only reported. */
	async function readStored(setAside: boolean): Promise<Result> {
		let history: History | undefined;
		let problem = 'is not a history file';
		try {
			const text = (await readStateFile(file, maxHistoryBytes)).toString('utf8');
			history
				= text === written?.text
					? withoutFuture(written.history, now())
					: fromHistoryFile(text, origin, account, now());
		} catch (error) {
			if (error instanceof StateFileRefusal) {
				problem = error.message;
			} else {
				// Unreadable is not corrupt (a permission, a directory in the way): left where it is.
				return isCode(error, 'ENOENT')
					? {history: empty}
					: {history: empty, notice: `history file ${file} could not be read (${reason(error)}); not used`};
			}
		}

		if (history !== undefined) {
			return {history};
		}

		if (!setAside) {
			return {history: empty, notice: `history file ${file} ${problem}; not used`};
		}

		const aside = `${file}.corrupt-${new Date(now()).toISOString().replaceAll(':', '-')}`;
		await rename(file, aside);
		return {history: empty, notice: `history file ${problem}; set aside as ${aside}`};
	}

	return {
		peek: async () => readStored(false),
		async load() {
			try {
				return await withLock(lockPath, async () => readStored(true));
			} catch {
				// No directory yet, a read-only one, or a lock held too long: read, but leave the file be.
				return readStored(false);
			}
		},

		async save(history) {
			try {
				await mkdir(dir, {recursive: true, mode: 0o700});
				return await withLock(lockPath, async () => {
					const stored = await readStored(true);
					if (!await exists(file)) {
						await checkRoomForAccount(dir, origin);
					}

					const merged = mergeHistories(stored.history, withoutFuture(history, now()));
					const text = toHistoryFile(origin, account, merged);
					await writeAtomically(file, text);
					written = {text, history: merged};
					return {history: merged, notice: stored.notice};
				});
			} catch (error) {
				return {history, notice: `history not saved in ${dir}: ${reason(error)}`};
			}
		},
	};
}

const reasons: Record<string, string> = {
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'read-only file system',
	ENOTDIR: 'a file is in the way',
	EEXIST: 'a file is in the way',
	EISDIR: 'a directory is in the way',
	ENOSPC: 'disk full',
};

function reason(error: unknown): string {
	if (error instanceof LockTimeoutError) {
		return 'another srtgen-top kept it locked';
	}

	if (error instanceof AccountLimitError) {
		return error.message;
	}

	const code = error instanceof Error && 'code' in error ? String(error.code) : '';
	return reasons[code] ?? (error instanceof Error ? error.message : String(error));
}

async function exists(file: string): Promise<boolean> {
	try {
		await stat(file);
		return true;
	} catch (error) {
		if (isCode(error, 'ENOENT')) {
			return false;
		}

		throw error;
	}
}
