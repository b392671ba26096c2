import {hostname} from 'node:os';
import {mkdir, unlink} from 'node:fs/promises';
import * as v from 'valibot';
import type {Snapshot} from '../api/snapshot.js';
import type {GuardStatus} from '../model/guardPolicy.js';
import {accountFiles, type AccountFiles, type AccountPlace} from './accountFiles.js';
import {writeAtomically} from './atomicWrite.js';
import {ownerIsGone} from './lockOwner.js';
import {readStateFile} from './readStateFile.js';

const schema = v.object({
	holding: v.boolean(),
	since: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
	keep: v.pipe(v.number(), v.finite(), v.minValue(0)),
	pid: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
	host: v.string(),
});

async function readGuardFile(file: string): Promise<v.InferOutput<typeof schema> | undefined> {
	try {
		const result = v.safeParse(schema, JSON.parse((await readStateFile(file, 4096)).toString('utf8')));
		return result.success ? result.output : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The account's guard (--guard) as its file says, for every mode's assessment; none when there is
 * no file, or the guard that wrote it no longer runs (a guard killed outright leaves its file).
 */
export async function guardOf(
	place: AccountPlace | undefined,
	account: Snapshot['account'],
): Promise<GuardStatus | undefined> {
	const files = accountFiles(place, account);
	const stored = files === undefined ? undefined : await readGuardFile(files.guard);
	return stored === undefined || ownerIsGone(stored)
		? undefined
		: {holding: stored.holding, since: stored.since, keep: stored.keep};
}

export type GuardStore = {
	/** Never throws: a guard whose file cannot be written still guards. */
	write(status: GuardStatus): Promise<void>;
	/** Removes the file, if it is still this process's. */
	clear(): Promise<void>;
};

/** What this process, as the account's guard, tells the other modes. */
export function openGuardStore(files: AccountFiles): GuardStore {
	let writing = Promise.resolve();
	return {
		async write(status) {
			writing = writing.then(async () => {
				await mkdir(files.stateDir, {recursive: true, mode: 0o700});
				await writeAtomically(files.guard, JSON.stringify({...status, pid: process.pid, host: hostname()}));
			}).catch(() => undefined);
			return writing;
		},
		async clear() {
			await writing;
			if ((await readGuardFile(files.guard))?.pid === process.pid) {
				await unlink(files.guard).catch(() => undefined);
			}
		},
	};
}
