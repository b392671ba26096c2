import type {ApiErrorKind} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import type {Assessment} from '../present/assessment.js';

/** What the exporter knows of one account: its last good reading, and whether the last fetch succeeded. */
export type AccountState = {
	name: string;
	last: {snapshot: Snapshot; fetchedAt: number; assessment: Assessment} | undefined;
	/** Undefined until the first fetch has ended. */
	succeeded: boolean | undefined;
};

/** Every kind of failure is counted from the start at 0, so that a rate over it is defined. */
export const errorKinds: ApiErrorKind[] = ['unauthorized', 'server', 'http', 'network', 'response', 'redirect'];
