import {constants} from 'node:fs';
import {open, readdir} from 'node:fs/promises';
import path from 'node:path';

/**
 * How many accounts may have a history at one API origin. A server that names a new email at every
 * reading would otherwise make a file per reading (one per poll with --serve). Far more than the
 * accounts one person keeps in a config file; beyond it a new account's history stays in memory,
 * and nothing already saved is removed.
 */
export const maxAccountsPerOrigin = 64;

export class AccountLimitError extends Error {
	constructor(origin: string) {
		super(
			`${maxAccountsPerOrigin} accounts already have a history at ${origin}; remove the files of those you no longer use`,
		);
		this.name = 'AccountLimitError';
	}
}

/**
 * Throws AccountLimitError when the directory holds the history files of `maxAccountsPerOrigin`
 * accounts at `origin`.
 */
export async function checkRoomForAccount(stateDir: string, origin: string): Promise<void> {
	const names = (await readdir(stateDir)).filter(name => /^history-[\da-f]{16}\.json$/.test(name));
	let count = 0;
	for (const name of names) {
		if (await originOf(path.join(stateDir, name)) === origin && ++count >= maxAccountsPerOrigin) {
			throw new AccountLimitError(origin);
		}
	}
}

/**
 * The origin a history file names, from its first bytes only (the file starts with its version and
 * origin, see toHistoryFile): counting must not read whole files.
 */
async function originOf(file: string): Promise<string | undefined> {
	try {
		const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
		try {
			if (!(await handle.stat()).isFile()) {
				return undefined;
			}

			const {buffer, bytesRead} = await handle.read(Buffer.alloc(1024), 0, 1024, 0);
			const quoted = /^\{"version":1,"origin":("(?:[^"\\]|\\.)*")/.exec(buffer.subarray(0, bytesRead).toString('utf8'))?.[1];
			return quoted === undefined ? undefined : JSON.parse(quoted) as string;
		} finally {
			await handle.close();
		}
	} catch {
		return undefined;
	}
}
