import type {Snapshot} from '../api/snapshot.js';
import {sampleOf, type History} from '../model/history.js';
import {accountFiles, type AccountPlace} from './accountFiles.js';
import {openHistoryStore} from './historyStore.js';

/**
 * Adds one reading to the account's saved history and returns all of it, for the one-shot modes.
 * Nothing is saved for the demo account (no place) or an account the response does not name.
 */
export async function recordReading(snapshot: Snapshot, at: number, place: AccountPlace | undefined): Promise<{history: History; notice?: string}> {
	const sample = sampleOf(snapshot, at);
	const reading: History = {samples: sample === undefined ? [] : [sample]};
	const files = accountFiles(place, snapshot.account);
	return files === undefined ? {history: reading} : openHistoryStore(files).save(reading);
}
