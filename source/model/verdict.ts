import type {BulkRun} from './bulkRun.js';
import type {BurnSummary} from './burnSummary.js';
import type {GuardStatus} from './guardPolicy.js';

/**
 * The answer to "will my credits last?", as a stable code for scripts. Each has a sentence
 * (verdictText.ts) and a tone; the tone is also carried by a symbol, so colour is never the only sign.
 */
export type VerdictCode =
	| 'unknown'
	| 'empty'
	| 'measuring'
	| 'idle'
	| 'lasts-past-reset'
	| 'may-run-out-before-reset'
	| 'runs-out-before-reset'
	| 'runs-out'
	| 'run-measuring'
	| 'run-done'
	| 'run-covered'
	| 'run-may-fall-short'
	| 'run-short'
	| 'guard-holding';

export type Tone = 'ok' | 'measuring' | 'warning' | 'error';

export const verdictTone: Record<VerdictCode, Tone> = {
	unknown: 'measuring',
	empty: 'error',
	measuring: 'measuring',
	idle: 'ok',
	'lasts-past-reset': 'ok',
	'may-run-out-before-reset': 'warning',
	'runs-out-before-reset': 'error',
	'runs-out': 'warning',
	'run-measuring': 'measuring',
	'run-done': 'ok',
	'run-covered': 'ok',
	'run-may-fall-short': 'warning',
	'run-short': 'error',
	'guard-holding': 'warning',
};

/**
 * The verdict for the balance, or for the marked run when it has a job count (that is the
 * question a user watching a bulk run asks). A forecast counts only by its whole range: credits
 * last past the reset when even the earliest empty time is after it; a run is covered when the
 * balance covers even the high end of what the remaining jobs may cost. A guard holding its
 * command paused (--guard) says so before anything else: that is why nothing is being spent.
 */
export function verdictCode(
	total: number | undefined,
	burn: BurnSummary | undefined,
	run: BulkRun | undefined,
	guard?: GuardStatus,
): VerdictCode {
	if (total === undefined) {
		return 'unknown';
	}

	if (guard?.holding === true) {
		return 'guard-holding';
	}

	if (total <= 0) {
		return 'empty';
	}

	const jobs = run?.jobs;
	if (jobs !== undefined) {
		if (jobs.remaining === 0) {
			return 'run-done';
		}

		if (jobs.neededRange === undefined) {
			return 'run-measuring';
		}

		return total >= jobs.neededRange.high
			? 'run-covered'
			: total < jobs.neededRange.low
				? 'run-short'
				: 'run-may-fall-short';
	}

	const outlook = burn?.projection;
	if (outlook === undefined || outlook.state === 'measuring') {
		return 'measuring';
	}

	if (outlook.state === 'idle') {
		return 'idle';
	}

	const resetAt = burn?.nextResetAt;
	if (resetAt === undefined) {
		return 'runs-out';
	}

	return outlook.earliest >= resetAt
		? 'lasts-past-reset'
		: outlook.latest < resetAt
			? 'runs-out-before-reset'
			: 'may-run-out-before-reset';
}
