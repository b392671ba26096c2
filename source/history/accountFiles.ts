import {accountIdentity} from '../model/historyFile.js';
import {defaultStateDir} from './store.js';

export type AccountFiles = {origin: string; account: string; stateDir: string};

/**
 * Where an account's files (history, bulk-run mark) live; undefined for the demo account (no
 * origin) and for an account the response does not name.
 */
export function accountFiles(origin: string | undefined, account: {name?: string; email?: string}, env: Record<string, string | undefined>): AccountFiles | undefined {
	const identity = accountIdentity(account);
	return origin === undefined || identity === undefined ? undefined : {origin, account: identity, stateDir: defaultStateDir(env)};
}
