import type {ApiError} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import type {Observation} from './alerts.js';
import {isNotableLeftover} from '../model/leftAtReset.js';
import {shortPlanName} from '../model/planName.js';
import type {Assessment} from './assessment.js';
import {leftoverText} from './format.js';

export type PollOutcome = {
	at: number;
	/** The last good snapshot, kept through failures, and its assessment. */
	snapshot: Snapshot | undefined;
	assessment: Assessment | undefined;
	/** This poll's error; undefined when it succeeded. */
	error: Pick<ApiError, 'kind' | 'message'> | undefined;
	warnBelow: number | undefined;
	unreachableAfterMs: number;
	/** How long before a reset `unused-at-reset` may fire; 0 never. */
	unusedBeforeMs: number;
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
		failure:
			poll.error === undefined
				? undefined
				: {
					kind: poll.error.kind === 'unauthorized' ? 'key-rejected' : 'unreachable',
					message: poll.error.message,
				},
		unreachableAfterMs: poll.unreachableAfterMs,
		unused: (assessment?.leftAtReset ?? [])
			.filter(leftover => isNotableLeftover(leftover) && leftover.resetsAt - poll.at <= poll.unusedBeforeMs)
			.map(leftover => ({
				resetsAt: leftover.resetsAt,
				text: `${shortPlanName(poll.snapshot?.plans[leftover.index]?.name ?? 'plan')} ${leftoverText(leftover.range)}`,
			})),
	};
}

/**
 * What an alert's message and command are told about the account: the same assessment's words,
 * and `label`, its name in the config file, which names the alert when there is one.
 */
export function alertFacts(snapshot: Snapshot | undefined, assessment: Assessment | undefined, label?: string) {
	return {
		label,
		account: snapshot?.account.name,
		balance: snapshot?.totalBalance,
		verdict: assessment?.verdict.code,
		verdictText: assessment?.verdict.text,
		emptyEarliest: assessment?.emptying?.earliest,
		emptyLatest: assessment?.emptying?.latest,
	};
}
