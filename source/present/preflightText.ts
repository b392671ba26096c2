import type {Measuring} from '../model/forecast.js';
import type {Ask, Preflight, PreflightAnswer} from '../model/preflight.js';
import {formatCredits} from './format.js';

const answerWords: Record<PreflightAnswer, string> = {
	covered: '✓ covered',
	'may-fall-short': '! may fall short',
	short: '✗ short',
};

/** `✓ covered: 40 jobs need ~400–460 credits; balance 1,250, keeping 100`. */
export function preflightText(result: Preflight, ask: Ask): string {
	const {low, high} = result.need;
	const what
		= 'credits' in ask
			? `${formatCredits(ask.credits)} credits`
			: `${formatCredits(ask.jobs)} ${ask.jobs === 1 ? 'job needs' : 'jobs need'}`;
	const amount
		= formatCredits(low) === formatCredits(high)
			? formatCredits(high)
			: `~${formatCredits(low)}–${formatCredits(high)}`;
	const need = 'credits' in ask ? what : `${what} ${amount} credits`;
	return `${answerWords[result.answer]}: ${need}; balance ${formatCredits(result.balance)}${result.keep > 0 ? `, keeping ${formatCredits(result.keep)}` : ''}`;
}

/** Why no per-job cost is known yet, and what to do: give --per-job. */
export function perJobMissingText(measuring: Measuring): string {
	const lacking
		= measuring.dropsNeeded > 0
			? `${measuring.dropsNeeded} more ${measuring.dropsNeeded === 1 ? 'drop' : 'drops'} of the balance`
			: `${Math.ceil(measuring.coverageNeededMs / 1000)}s more of readings`;
	return `No per-job cost is known: the history needs ${lacking} to learn it (the forecast rule). Give --per-job CREDITS.`;
}
