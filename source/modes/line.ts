import type {Snapshot} from '../api/snapshot.js';
import {formatCredits, resetCountdown} from '../model/format.js';
import {isLowBalance, nextReset} from '../model/thresholds.js';

export type LineOptions = {now: number; warnBelow: number | undefined; demo: boolean};

/** One short line for a tmux status bar or a script: `4,170 credits · Pro Plan resets in 2h 13m`. */
export function formatLine(snapshot: Snapshot, options: LineOptions): string {
	const parts = [`${options.demo ? 'DEMO ' : ''}${formatCredits(snapshot.totalBalance)} credits${isLowBalance(snapshot, options.warnBelow) ? ' LOW' : ''}`];
	const plan = nextReset(snapshot.plans);
	if (plan !== undefined) {
		parts.push(`${plan.name ?? 'plan'} ${resetCountdown(plan.resetsAt, options.now)}`);
	}

	return parts.join(' · ');
}
