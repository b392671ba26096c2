import type {ApiError} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import type {Observation} from './alerts.js';
import type {BulkRun} from './bulkRun.js';
import type {BurnSummary} from './burnSummary.js';
import {verdictCode} from './verdict.js';
import {verdict} from './verdictText.js';

export type PollOutcome = {
	at: number;
	/** The last good snapshot, kept through failures. */
	snapshot: Snapshot | undefined;
	burn: BurnSummary | undefined;
	run: {markedAt: number; progress: BulkRun} | undefined;
	/** This poll's error; undefined when it succeeded. */
	error: Pick<ApiError, 'kind' | 'message'> | undefined;
	warnBelow: number | undefined;
	unreachableAfterMs: number;
};

/** A poll as the alerts see it: the verdicts for the balance and for the run, and how it failed. */
export function observe(poll: PollOutcome): Observation {
	const total = poll.snapshot?.totalBalance;
	const progress = poll.run?.progress;
	return {
		at: poll.at,
		total,
		warnBelow: poll.warnBelow,
		balanceVerdict: poll.snapshot === undefined ? undefined : verdictCode(total, poll.burn, undefined),
		runVerdict: progress?.jobs === undefined ? undefined : verdictCode(total, poll.burn, progress),
		runMarkedAt: poll.run?.markedAt,
		verdictText: poll.snapshot === undefined ? undefined : verdict(total, poll.burn, progress, poll.at).text,
		failure: poll.error === undefined ? undefined : {kind: poll.error.kind === 'unauthorized' ? 'key-rejected' : 'unreachable', message: poll.error.message},
		unreachableAfterMs: poll.unreachableAfterMs,
	};
}
