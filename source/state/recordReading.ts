import type {Snapshot} from '../api/snapshot.js';
import {sampleOf, type History} from '../model/history.js';
import {readingOf} from '../model/usageRecord.js';
import {accountFiles, type AccountPlace} from './accountFiles.js';
import {openHistoryStore} from './historyStore.js';
import {openUsageRecordStore} from './usageRecordStore.js';

/**
 * Adds one reading to the account's saved history and its long-term record, and returns all of the
 * history, for the modes that read once per call or per poll. Nothing is saved for the demo account
 * (no place) or an account the response does not name.
 */
export async function recordReading(
	snapshot: Snapshot,
	at: number,
	place: AccountPlace | undefined,
): Promise<{history: History; notice?: string}> {
	const sample = sampleOf(snapshot, at);
	const reading: History = {samples: sample === undefined ? [] : [sample]};
	const files = accountFiles(place, snapshot.account);
	if (files === undefined) {
		return {history: reading};
	}

	const saved = await openHistoryStore(files).save(reading);
	const usage = readingOf(snapshot, at);
	const notice = usage === undefined ? undefined : (await openUsageRecordStore(files).add(usage)).notice;
	// One notice: a directory that refused the history refused the record for the same reason.
	return saved.notice !== undefined || notice === undefined ? saved : {...saved, notice};
}
