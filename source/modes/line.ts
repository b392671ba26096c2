import type {Snapshot} from '../api/snapshot.js';
import type {BurnSummary} from '../model/burnSummary.js';
import {formatRate, roughDuration} from '../model/burnText.js';
import {formatCredits, resetCountdown} from '../model/format.js';
import {isLowBalance, nextReset} from '../model/thresholds.js';

export type LineOptions = {now: number; warnBelow: number | undefined; demo: boolean; burn?: BurnSummary};

/**
 * One short line for a tmux status bar or a script: `4,170 credits · 312/h, empty ~2h 10m · Pro
 * Plan resets in 2h 13m`. The rate and projection appear once the history has enough readings.
 */
export function formatLine(snapshot: Snapshot, options: LineOptions): string {
	const parts = [`${options.demo ? 'DEMO ' : ''}${formatCredits(snapshot.totalBalance)} credits${isLowBalance(snapshot, options.warnBelow) ? ' LOW' : ''}`];
	if (options.burn?.recent.creditsPerHour !== undefined) {
		parts.push(`${formatRate(options.burn.recent)}${outlook(options.burn, options.now)}`);
	}

	const plan = nextReset(snapshot.plans);
	if (plan !== undefined) {
		parts.push(`${plan.name ?? 'plan'} ${resetCountdown(plan.resetsAt, options.now)}`);
	}

	return parts.join(' · ');
}

function outlook(burn: BurnSummary, now: number): string {
	const {projection} = burn;
	if (projection.state !== 'runs-out') {
		return '';
	}

	return projection.beforeReset === false ? ', lasts past reset' : `, empty ~${roughDuration(projection.emptyAt - now)}`;
}
