import {useEffect, useMemo, useRef, useState} from 'react';
import type {Snapshot} from '../../api/snapshot.js';
import {openHistoryStore} from '../../history/store.js';
import {addSample, mergeHistories, sampleOf, type History} from '../../model/history.js';
import {accountIdentity} from '../../model/historyFile.js';

/** Saving rewrites the whole file, so it happens at most this often (and the first reading at once). */
const saveEveryMs = 60_000;

export type BalanceHistory = {history: History; notice?: string};

/**
 * The balance history of the account on screen: what was saved before (by this or another
 * monitor, or by --line), plus every reading since. Saved under the API origin unless `origin`
 * is undefined (the demo account), where it lives in memory only.
 */
export function useBalanceHistory(origin: string | undefined, snapshot: Snapshot | undefined, fetchedAt: number | undefined): BalanceHistory {
	const [history, setHistory] = useState<History>({samples: []});
	const [notice, setNotice] = useState<string | undefined>();
	const account = snapshot === undefined ? undefined : accountIdentity(snapshot.account);
	const store = useMemo(() => (origin === undefined || account === undefined ? undefined : openHistoryStore({origin, account})), [origin, account]);
	const lastSave = useRef(0);

	useEffect(() => {
		let active = true;
		void store?.load().then(loaded => {
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
		const sample = snapshot === undefined || fetchedAt === undefined ? undefined : sampleOf(snapshot, fetchedAt);
		if (sample !== undefined) {
			setHistory(current => addSample(current, sample));
		}
	}, [snapshot, fetchedAt]);

	useEffect(() => {
		if (store === undefined || history.samples.length === 0 || Date.now() - lastSave.current < saveEveryMs) {
			return;
		}

		lastSave.current = Date.now();
		void store.save(history).then(saved => {
			setNotice(saved.notice);
		});
	}, [store, history]);

	return {history, notice};
}
