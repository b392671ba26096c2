import type {PerJob} from './perJobCost.js';

/** What --check is asked: will this many more jobs, or this many credits, be covered? */
export type Ask = {jobs: number} | {credits: number};

export type PreflightAnswer = 'covered' | 'may-fall-short' | 'short';

export type Preflight = {
	answer: PreflightAnswer;
	/** Even the high end of the need fits above --keep. */
	covered: boolean;
	need: {low: number; high: number};
	balance: number;
	keep: number;
	/** Undefined when asked about credits. */
	perJob: PerJob | undefined;
};

/**
 * Whether the balance, less `keep` in reserve, covers what is asked: covered when even the high
 * end of the need fits, short when even the low end does not, and may fall short in between (the
 * verdict's rule for a run).
 */
export function preflight(balance: number, keep: number, ask: Ask, perJob: PerJob | undefined): Preflight {
	const need
		= 'credits' in ask
			? {low: ask.credits, high: ask.credits}
			: {low: ask.jobs * perJob!.credits.low, high: ask.jobs * perJob!.credits.high};
	const room = balance - keep;
	const answer = room >= need.high ? 'covered' : room < need.low ? 'short' : 'may-fall-short';
	return {answer, covered: answer === 'covered', need, balance, keep, perJob: 'credits' in ask ? undefined : perJob};
}
