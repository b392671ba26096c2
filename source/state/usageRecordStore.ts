import {mkdir, rename} from 'node:fs/promises';
import {addReading, emptyRecord, type RecordReading, type UsageRecord} from '../model/usageRecord.js';
import type {AccountFiles} from './accountFiles.js';
import {writeAtomically} from './atomicWrite.js';
import {isCode, withLock} from './lock.js';
import {readStateFile, StateFileRefusal} from './readStateFile.js';
import {fromUsageRecordFile, toUsageRecordFile} from './usageRecordFile.js';

/** Far above the 400 days and their cycles this program keeps (some 30 KB). */
const maxRecordBytes = 1024 * 1024;

/** The account's long-term record of days and plan cycles, beside its history. */
export type UsageRecordStore = {
	/**
	 * Adds a reading under the lock, to what every other srtgen-top of the account added: the
	 * record as saved, or a notice why not.
	 */
	add(reading: RecordReading): Promise<{record?: UsageRecord; notice?: string}>;
	/** The record as it is on disk, without waiting for the lock. */
	read(): Promise<{record: UsageRecord; notice?: string}>;
};

export function openUsageRecordStore(files: AccountFiles, now = Date.now): UsageRecordStore {
	const file = files.usage;
	const read = async (setAside: boolean): Promise<{record: UsageRecord; notice?: string}> => {
		let text;
		try {
			text = (await readStateFile(file, maxRecordBytes)).toString('utf8');
		} catch (error) {
			if (isCode(error, 'ENOENT')) {
				return {record: emptyRecord};
			}

			const reason = error instanceof StateFileRefusal ? error.message : (error as Error).message;
			return {record: emptyRecord, notice: `usage record ${file} could not be read (${reason}); not used`};
		}

		const record = fromUsageRecordFile(text, files.origin, files.account);
		if (record !== undefined) {
			return {record};
		}

		if (!setAside) {
			return {record: emptyRecord, notice: `usage record ${file} is not a usage record; not used`};
		}

		// Set aside, never overwritten: what it held may still be worth a look.
		const aside = `${file}.corrupt-${new Date(now()).toISOString().replaceAll(':', '-')}`;
		await rename(file, aside);
		return {record: emptyRecord, notice: `usage record was not a usage record; set aside as ${aside}`};
	};

	return {
		read: async () => read(false),
		async add(reading) {
			try {
				await mkdir(files.stateDir, {recursive: true, mode: 0o700});
				return await withLock(`${file}.lock`, async () => {
					const stored = await read(true);
					const record = addReading(stored.record, reading);
					await writeAtomically(file, toUsageRecordFile(files.origin, files.account, record));
					return {record, notice: stored.notice};
				});
			} catch (error) {
				return {notice: `usage record not saved in ${files.stateDir}: ${(error as Error).message}`};
			}
		},
	};
}
