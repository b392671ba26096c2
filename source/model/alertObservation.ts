import type {ApiError} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import type {Observation} from './alerts.js';
import type {Assessment} from './assessment.js';

export type PollOutcome = {
	at: number;
	/** The last good snapshot, kept through failures, and its assessment. */
	snapshot: Snapshot | undefined;
	assessment: Assessment | undefined;
	/** This poll's error; undefined when it succeeded. */
	error: Pick<ApiError, 'kind' | 'message'> | undefined;
	warnBelow: number | undefined;
	unreachableAfterMs: number;
};

/** A poll as the alerts see it: the verdicts for the balance and for the run, and how it failed. */
export function observe(poll: PollOutcome): Observation {
	const {assessment} = poll;
	const run = assessment?.run;
	return {
		at: poll.at,
		total: poll.snapshot?.totalBalance,
		warnBelow: poll.warnBelow,
		balanceVerdict: assessment?.balanceVerdict,
		runVerdict: assessment?.runVerdict?.code,
		runMarkedAt: run?.mark.at,
		verdictText: assessment?.verdict.text,
		runVerdictText: assessment?.runVerdict?.text,
		failure: poll.error === undefined ? undefined : {kind: poll.error.kind === 'unauthorized' ? 'key-rejected' : 'unreachable', message: poll.error.message},
		unreachableAfterMs: poll.unreachableAfterMs,
	};
}

/** What an alert's message and command are told about the account: the same assessment's words. */
export function alertFacts(snapshot: Snapshot | undefined, assessment: Assessment | undefined) {
	return {
		account: snapshot?.account.name,
		balance: snapshot?.totalBalance,
		verdict: assessment?.verdict.code,
		verdictText: assessment?.verdict.text,
		emptyEarliest: assessment?.emptying?.earliest,
		emptyLatest: assessment?.emptying?.latest,
	};
}
