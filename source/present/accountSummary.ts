import type {ApiError} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import {shortPlanName} from '../model/planName.js';
import {nextReset} from '../model/thresholds.js';
import type {Tone} from '../model/verdict.js';
import type {Assessment} from './assessment.js';
import {shortReason} from './failureText.js';
import {formatCredits, resetCountdown, roughAge} from './format.js';
import {shortVerdictText, toneSymbol} from './verdictText.js';

/** One account in a row of its own: the overview's and the `--once --all-accounts` table's. */
export type AccountSummary = {
	balance: string;
	/** Below --warn: the balance is red and the verdict says so. */
	low: boolean;
	verdict: {symbol: string; text: string; tone: Tone};
	/** The next plan reset, `Pro Plan 2h 13m`; undefined when none is known. */
	reset: string | undefined;
	/** `stale 3m`, `no data`, `key rejected` while the account's polls fail; undefined while they succeed. */
	stale: string | undefined;
	/** Lower first: the rows kept when not every account fits (see rowsByPriority). */
	priority: number;
};

export type AccountState = {
	snapshot: Snapshot | undefined;
	assessment: Assessment | undefined;
	/** The last poll's failure; undefined when it succeeded. */
	error: ApiError | undefined;
	fetchedAt: number | undefined;
	now: number;
};

/** Most urgent first: a rejected key or no data at all, then no credits coming, then stale, then a warning. */
const tonePriority: Record<Tone, number> = {error: 1, warning: 3, measuring: 4, ok: 5};

/** The account's reading, assessed as every mode assesses it, in the few words a row holds. */
export function accountSummary({snapshot, assessment, error, fetchedAt, now}: AccountState): AccountSummary {
	const plan = snapshot === undefined ? undefined : nextReset(snapshot.plans);
	const reset
		= plan === undefined
			? undefined
			: `${shortPlanName(plan.name ?? 'plan')} ${resetCountdown(plan.resetsAt, now, 'short')}`;
	const stale
		= error === undefined
			? undefined
			: error.kind === 'unauthorized'
				? 'key rejected'
				: fetchedAt === undefined
					? 'no data'
					: `stale ${roughAge(now - fetchedAt)}`;
	if (snapshot === undefined || assessment === undefined) {
		const verdict = error === undefined
			? {symbol: toneSymbol.measuring, text: 'waiting for the first reading', tone: 'measuring' as const}
			: {symbol: toneSymbol.error, text: shortReason(error), tone: 'error' as const};
		return {balance: '?', low: false, verdict, reset, stale, priority: error === undefined ? 4 : 0};
	}

	const {low} = assessment;
	const tone: Tone = low ? 'error' : assessment.verdict.tone;
	const short = shortVerdictText(assessment.verdict.code, assessment.burn, assessment.run?.progress, now);
	const text = low ? `below --warn · ${short}` : short;
	const priority
		= error?.kind === 'unauthorized'
			? 0
			: error === undefined
				? tonePriority[tone]
				: Math.min(2, tonePriority[tone]);
	return {
		balance: formatCredits(snapshot.totalBalance),
		low,
		verdict: {symbol: toneSymbol[tone], text, tone},
		reset,
		stale,
		priority,
	};
}
