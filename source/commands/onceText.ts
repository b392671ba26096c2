import {styleText} from 'node:util';
import type {Snapshot} from '../api/snapshot.js';
import type {Assessment} from '../present/assessment.js';
import {bulkRunLines} from '../present/bulkRunText.js';
import {formatRate} from '../present/burnText.js';
import {formatBytes, formatCredits, formatPercent, fraction, longest, resetCountdown} from '../present/format.js';
import {storageUse} from '../model/storageUse.js';
import {remainingLevel, type Level} from '../model/thresholds.js';
import type {Tone} from '../model/verdict.js';
import {toneSymbol} from '../present/verdictText.js';

export type OnceOptions = {now: number; warnBelow: number | undefined; demo: boolean; apiHost: string; color: boolean};

const toneStyle: Record<Tone, Parameters<typeof styleText>[0]> = {
	ok: 'green',
	measuring: 'dim',
	warning: 'yellow',
	error: 'red',
};

type Style = Parameters<typeof styleText>[0];

/** The snapshot as a few readable lines, for `--once` and for live mode when stdout is not a terminal. */
export function formatOnce(snapshot: Snapshot, assessment: Assessment, options: OnceOptions): string {
	// Whether to colour is decided by the caller (TTY, NO_COLOR), so styleText must not decide again.
	const paint = (style: Style, text: string) =>
		options.color ? styleText(style, text, {validateStream: false}) : text;
	const levelStyle = (level: Level): Style => (level === 'critical' ? 'red' : level === 'low' ? 'yellow' : 'green');
	const {low, burn, verdict, run} = assessment;
	const who = snapshot.account.name ?? 'unknown account';
	const lines = [
		`${options.demo ? paint('inverse', ' DEMO ') + ' ' : ''}${paint('bold', who)} ${paint('dim', `(${options.apiHost})`)}`,
		`Total    ${paint(low ? ['bold', 'red'] : 'bold', formatCredits(snapshot.totalBalance))} credits${low ? paint('red', ` — below --warn ${formatCredits(options.warnBelow)}`) : ''}`,
		`         monthly ${formatCredits(snapshot.monthlyCredits)} + extra ${formatCredits(snapshot.extraCredits)}`,
	];

	if (snapshot.plans.length === 0) {
		lines.push('Plans    none');
	}

	const nameWidth = longest(snapshot.plans.map(plan => plan.name ?? 'unnamed plan'));
	for (const [index, plan] of snapshot.plans.entries()) {
		const share = fraction(plan.balance, plan.total);
		const status = plan.status ?? 'status unknown';
		const amount
			= plan.total === undefined
				? formatCredits(plan.balance)
				: `${formatCredits(plan.balance)} / ${formatCredits(plan.total)} · ${paint(levelStyle(remainingLevel(share)), `${formatPercent(share)} left`)}`;
		lines.push([
			index === 0 ? 'Plans  ' : '       ',
			(plan.name ?? 'unnamed plan').padEnd(nameWidth),
			status === 'active' ? status : paint(status === 'past_due' ? 'red' : 'yellow', status),
			amount,
			paint('dim', resetCountdown(plan.resetsAt, options.now)),
		].join('  '));
	}

	const {storage} = snapshot;
	const use = storageUse(storage.used, storage.limit);
	const usedText = use.words ?? (use.share === undefined ? undefined : `${formatPercent(use.share)} used`);
	lines.push(
		`Storage  ${formatBytes(storage.used, storage.usedText)} of ${formatBytes(storage.limit, storage.limitText)}${usedText === undefined ? '' : ` · ${paint(levelStyle(use.level), usedText)}`}`,
	);
	lines.splice(3, 0, `Outlook  ${paint(toneStyle[verdict.tone], `${toneSymbol[verdict.tone]} ${verdict.text}`)}`);
	// Only the windows with a rate, as the screen shows them: not "… over 24h" for one not yet known.
	const rates = [burn.recent, burn.day]
		.filter(window => window.creditsPerHour !== undefined)
		.map(window => `${formatRate(window)} over ${window === burn.recent ? '15m' : '24h'}`);
	if (rates.length > 0) {
		lines.push(`Burn     ${rates.join(' · ')}`);
	}

	for (const [index, line] of (run === undefined ? [] : bulkRunLines(run.progress, options.now)).entries()) {
		lines.push(`${index === 0 ? 'Run      ' : '         '}${line}`);
	}

	if (snapshot.unreadable.length > 0) {
		lines.push(paint('yellow', `Not in the response or unreadable: ${snapshot.unreadable.join(', ')}`));
	}

	return lines.join('\n');
}
