import {createHash, createHmac} from 'node:crypto';
import path from 'node:path';

/** Where an account's files are kept: its API origin and the state directory. */
export type AccountPlace = {origin: string; stateDir: string};

export type AccountFiles = AccountPlace & {
	account: string;
	history: string;
	mark: string;
	alerts: string;
	usage: string;
	guard: string;
};

/**
 * Every file an account has, named in this one place; undefined for the demo account (no place)
 * and for an account the response does not name.
 */
export function accountFiles(
	place: AccountPlace | undefined,
	account: {name?: string; email?: string},
): AccountFiles | undefined {
	const identity = accountIdentity(account);
	return place === undefined || identity === undefined ? undefined : filesOf({...place, account: identity});
}

/** The files of an account already identified (see accountIdentity). */
export function filesOf(owner: AccountPlace & {account: string}): AccountFiles {
	const file = (prefix: string) => path.join(owner.stateDir, historyFileName(owner.origin, owner.account, prefix));
	return {
		...owner,
		history: file('history'),
		mark: file('mark'),
		alerts: file('alerts'),
		usage: file('usage'),
		guard: file('guard'),
	};
}

/** The account as its files know it: its email, else its name; undefined when neither is known. */
export function accountIdentity(account: {name?: string; email?: string}): string | undefined {
	return account.email?.toLowerCase() ?? account.name;
}

/**
 * The history file (or, with another prefix, the bulk-run mark) of one account at one API origin.
 * The API key never reaches this name: it comes from the origin and the account identity only.
 */
export function historyFileName(origin: string, account: string, prefix = 'history'): string {
	const digest = createHash('sha256').update(`${origin}\n${account}`).digest('hex');
	return `${prefix}-${digest.slice(0, 16)}.json`;
}

/**
 * The status line's cache for a key at an API (its origin, and its path when it has one), named by a
 * keyed hash (HMAC) of both with a secret kept in the state directory: the name says nothing about
 * the key to anyone without the secret.
 */
export function lineCacheFile(stateDir: string, secret: Buffer, api: string, apiKey: string): string {
	const id = createHmac('sha256', secret).update(`${api}\n${apiKey}`).digest('hex').slice(0, 32);
	return path.join(stateDir, `line-${id}.json`);
}

export const lineCacheSecretFile = (stateDir: string) => path.join(stateDir, 'line-cache.secret');
