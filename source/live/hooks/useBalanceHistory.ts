import {useCallback, useEffect, useRef, useState} from 'react';
import type {Snapshot} from '../../api/snapshot.js';
import {registerCleanup} from '../../process/shutdown.js';
import {accountIdentity, filesOf, type AccountPlace} from '../../state/accountFiles.js';
import {openHistoryStore, type HistoryStore} from '../../state/historyStore.js';
import {openUsageRecordStore, type UsageRecordStore} from '../../state/usageRecordStore.js';
import {addSample, mergeHistories, sampleOf, type History} from '../../model/history.js';
import {dailyLows, readingOf, type RecordReading} from '../../model/usageRecord.js';

/** Saving rewrites the whole file, so it happens at most this often (and the first reading at once). */
const saveEveryMs = 60_000;

export type BalanceHistory = {
	history: History;
	notice?: string;
	/** The long-term record's days as readings (each day's lowest balance), for the 30-day chart. */
	days: History;
	/** Adds a reading; called in the same tick as the poll's own update, so both make one frame. */
	record: (snapshot: Snapshot, at: number) => void;
};

/**
 * The balance history of the account on screen: what was saved before (by this or another
 * monitor, or by --line), plus every reading given to `record`. Saved in the account's place
 * unless it is undefined (the demo account), where it lives in memory only; the readings since
 * the last save are saved on the way out. `past` holds readings no file has (the demo's).
 */
export function useBalanceHistory(place: AccountPlace | undefined, past: History): BalanceHistory {
	const [history, setHistory] = useState<History>(past);
	const [notice, setNotice] = useState<string | undefined>();
	const [days, setDays] = useState<History>({samples: []});
	const [store, setStore] = useState<{account: string; store: HistoryStore; usage: UsageRecordStore} | undefined>();
	const lastSave = useRef(0);
	// The long-term record is given the newest reading whenever the history is saved: what was
	// spent in between is in its drop.
	const newest = useRef<RecordReading | undefined>(undefined);
	const currentAccount = useRef<string | undefined>(undefined);

	const record = useCallback(
		(snapshot: Snapshot, at: number) => {
			const sample = sampleOf(snapshot, at);
			newest.current = readingOf(snapshot, at);
			if (sample !== undefined) {
				setHistory(current => addSample(current, sample));
			}

			const account = accountIdentity(snapshot.account);
			if (account !== currentAccount.current) {
				// A key rotated to another account: its readings are not this one's.
				currentAccount.current = account;
				setHistory(sample === undefined ? past : addSample(past, sample));
				setStore(
					place === undefined || account === undefined
						? undefined
						: {
							account,
							store: openHistoryStore({...place, account}),
							usage: openUsageRecordStore(filesOf({...place, account})),
						},
				);
			}
		},
		[place, past],
	);

	useEffect(() => {
		let active = true;
		void store?.store.load().then(loaded => {
			if (active) {
				setHistory(current => mergeHistories(loaded.history, current));
				setNotice(loaded.notice);
			}
		});
		return () => {
			active = false;
		};
	}, [store]);

	useEffect(() => {
		if (store === undefined || history.samples.length === 0 || Date.now() - lastSave.current < saveEveryMs) {
			return;
		}

		lastSave.current = Date.now();
		void save(store, history).then(setNotice);
	}, [store, history]);

	const latest = useRef({store, history});
	latest.current = {store, history};
	useEffect(
		() =>
			registerCleanup('state', async () => {
				const {store: last, history: kept} = latest.current;
				await (last === undefined ? undefined : save(last, kept));
			}),
		[],
	);

	return {history, days, notice, record};

	async function save(
		into: {store: HistoryStore; usage: UsageRecordStore},
		kept: History,
	): Promise<string | undefined> {
		const saved = await into.store.save(kept);
		const reading = newest.current;
		const added = reading === undefined ? undefined : await into.usage.add(reading);
		if (added?.record !== undefined) {
			setDays(dailyLows(added.record));
		}

		return saved.notice ?? added?.notice;
	}
}
