import {mkdir, unlink} from 'node:fs/promises';
import * as v from 'valibot';
import type {Mark} from '../model/bulkRun.js';
import type {Snapshot} from '../api/snapshot.js';
import {accountFiles, filesOf, type AccountPlace} from './accountFiles.js';
import {writeAtomically} from './atomicWrite.js';
import {readStateFile} from './readStateFile.js';

const schema = v.object({
	at: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
	jobs: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
});

export type MarkStore = {
	read(): Promise<Mark | undefined>;
	/** Saves the mark, or removes it with undefined. Never throws: a mark that cannot be saved lives on screen only. */
	write(mark: Mark | undefined): Promise<void>;
};

/** Where a bulk run started, per account and origin, so that --json and a restarted monitor know it too. */
export function openMarkStore(options: AccountPlace & {account: string}): MarkStore {
	const file = filesOf(options).mark;
	// One write at a time, in order: `m` and `j` pressed together must leave the later mark.
	let writing = Promise.resolve();
	const save = async (mark: Mark | undefined) => {
		try {
			if (mark === undefined) {
				await unlink(file);
			} else {
				await mkdir(options.stateDir, {recursive: true, mode: 0o700});
				await writeAtomically(file, JSON.stringify(mark));
			}
		} catch {
			// Unsaved, the mark still holds on screen: see MarkStore.write.
		}
	};

	return {
		async read() {
			try {
				const result = v.safeParse(schema, JSON.parse((await readStateFile(file, 4096)).toString('utf8')));
				return result.success ? result.output : undefined;
			} catch {
				return undefined;
			}
		},
		async write(mark) {
			writing = writing.then(async () => save(mark));
			return writing;
		},
	};
}

/** What a call asks of the marked run: a run that starts now (--mark, --jobs), none (--unmark), or the saved one. */
export type MarkRequest = {mark: boolean; jobs: number | undefined; unmark: boolean};

/**
 * The account's marked run as a one-shot call sees it: set now with --mark or --jobs, none with
 * --unmark (both saved, so every later call and the live view agree), else the saved one.
 */
export async function markFor(
	request: MarkRequest,
	place: AccountPlace | undefined,
	account: Snapshot['account'],
	now: number,
): Promise<Mark | undefined> {
	const files = accountFiles(place, account);
	const mark = request.mark ? {at: now, jobs: request.jobs} : undefined;
	if (files === undefined) {
		return mark;
	}

	const store = openMarkStore(files);
	if (!request.mark && !request.unmark) {
		return store.read();
	}

	await store.write(mark);
	return mark;
}

/** The account's saved mark; none where nothing is saved (the demo account, an account the API does not name). */
export async function markOf(place: AccountPlace | undefined, account: Snapshot['account']): Promise<Mark | undefined> {
	const files = accountFiles(place, account);
	return files === undefined ? undefined : openMarkStore(files).read();
}
