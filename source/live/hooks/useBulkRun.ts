import {useCallback, useEffect, useState} from 'react';
import type {AccountPlace} from '../../state/accountFiles.js';
import {openMarkStore, type MarkStore} from '../../state/markStore.js';
import type {Mark} from '../../model/bulkRun.js';

export type BulkRunControl = {
	mark: Mark | undefined;
	/** A run starts now (the `m` key); the job count carries over until changed. */
	markNow: () => void;
	/** The run has this many jobs (the `j` key); marks now if no run is marked yet. */
	setJobs: (jobs: number) => void;
	/** No run is marked any more (the `u` key): the verdict is the balance's. */
	clear: () => void;
};

/**
 * The bulk run being watched: where it started and how many jobs it has. Saved per account, so a
 * restarted monitor and --json know it too; the demo account's lives in memory only. With
 * `start.unmark` (--unmark), the saved one is removed once the account is known.
 */
export function useBulkRun(
	place: AccountPlace | undefined,
	account: string | undefined,
	start: {mark: boolean; jobs: number | undefined; unmark: boolean},
): BulkRunControl {
	const [mark, setMark] = useState<Mark | undefined>(() =>
		start.mark ? {at: Date.now(), jobs: start.jobs} : undefined,
	);
	const [store, setStore] = useState<MarkStore | undefined>();
	const {unmark} = start;

	useEffect(() => {
		if (place === undefined || account === undefined) {
			return;
		}

		const opened = openMarkStore({...place, account});
		setStore(opened);
		if (unmark) {
			void opened.write(undefined);
			return;
		}

		void opened.read().then(saved => {
			// A mark made here (--mark, or a key pressed before the account was known) wins.
			setMark(current => current ?? saved);
		});
	}, [place, account, unmark]);

	useEffect(() => {
		if (mark !== undefined) {
			void store?.write(mark);
		}
	}, [mark, store]);

	return {
		mark,
		markNow: useCallback(() => {
			setMark(current => ({at: Date.now(), jobs: current?.jobs}));
		}, []),
		setJobs: useCallback((jobs: number) => {
			setMark(current => ({at: current?.at ?? Date.now(), jobs}));
		}, []),
		clear: useCallback(() => {
			setMark(undefined);
			void store?.write(undefined);
		}, [store]),
	};
}
