import {useCallback, useEffect, useState} from 'react';
import {openMarkStore, type MarkStore} from '../../history/markFile.js';
import {defaultStateDir} from '../../history/store.js';
import type {Mark} from '../../model/bulkRun.js';

export type BulkRunControl = {
	mark: Mark | undefined;
	/** A run starts now (the `m` key); the job count carries over until changed. */
	markNow(): void;
	/** The run has this many jobs (the `j` key); marks now if no run is marked yet. */
	setJobs(jobs: number): void;
};

/**
 * The bulk run being watched: where it started and how many jobs it has. Saved per account, so a
 * restarted monitor and --json know it too; the demo account's lives in memory only.
 */
export function useBulkRun(origin: string | undefined, account: string | undefined, start: {mark: boolean; jobs: number | undefined}): BulkRunControl {
	const [startedAt] = useState(Date.now);
	const [mark, setMark] = useState<Mark | undefined>(start.mark ? {at: startedAt, jobs: start.jobs} : undefined);
	const [store, setStore] = useState<MarkStore | undefined>();

	useEffect(() => {
		if (origin === undefined || account === undefined) {
			return;
		}

		const opened = openMarkStore({origin, account, stateDir: defaultStateDir(process.env)});
		setStore(opened);
		if (start.mark) {
			void opened.write({at: startedAt, jobs: start.jobs});
		} else {
			void opened.read().then(saved => {
				setMark(current => current ?? saved);
			});
		}
	}, [origin, account]);

	const change = useCallback((next: (current: Mark | undefined) => Mark) => {
		setMark(current => {
			const changed = next(current);
			void store?.write(changed);
			return changed;
		});
	}, [store]);

	return {
		mark,
		markNow: useCallback(() => {
			change(current => ({at: Date.now(), jobs: current?.jobs}));
		}, [change]),
		setJobs: useCallback((jobs: number) => {
			change(current => ({at: current?.at ?? Date.now(), jobs}));
		}, [change]),
	};
}
