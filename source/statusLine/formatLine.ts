import type {Snapshot} from '../api/snapshot.js';
import type {Assessment} from '../present/assessment.js';
import type {BurnSummary} from '../model/burnSummary.js';
import {formatRate, roughDuration} from '../present/burnText.js';
import {formatAge, formatCredits, resetCountdown} from '../present/format.js';
import {shortPlanName} from '../model/planName.js';
import {defaultLineTemplate, renderLine, type FieldValues, type LineStyle, type LineTemplate} from './template.js';
import {nextReset} from '../model/thresholds.js';
import type {Verdict} from '../present/verdictText.js';

/** A snapshot with its one assessment: what every line is made of. */
export type AssessedReading = {snapshot: Snapshot; assessment: Assessment};

export type LineOptions = {
	now: number;
	demo: boolean;
	/** How old the numbers are when a refresh failed; they are then marked stale. */
	staleMs?: number;
	/** --format, parsed; the default line without it. */
	template?: LineTemplate;
	style?: LineStyle;
};

/**
 * One short line for a tmux status bar or a script: `4,170 credits · 312/h, empty in 1h 50m–2h 40m · Pro
 * Plan resets in 2h 13m`, or as `--format` says. The rate and projection appear once the history
 * has enough readings. Without a snapshot, a placeholder: `? credits !`.
 */
export function formatLine(reading: AssessedReading | undefined, options: LineOptions): string {
	return renderLine(options.template ?? defaultLineTemplate, lineValues(reading, options), options.style ?? 'plain');
}

function lineValues(reading: AssessedReading | undefined, options: LineOptions): FieldValues {
	const {now} = options;
	const stale
		= options.staleMs === undefined
			? undefined
			: {text: `!${formatAge(options.staleMs)}`, tone: 'warning' as const};
	if (reading === undefined) {
		return {stale: stale ?? {text: '!', tone: 'warning'}};
	}

	const {snapshot, assessment: {low, burn, verdict}} = reading;
	const plan = nextReset(snapshot.plans);
	const value = (text: string | undefined) => (text === undefined ? undefined : {text});
	return {
		demo: options.demo ? {text: 'DEMO'} : undefined,
		total:
			snapshot.totalBalance === undefined
				? undefined
				: {text: formatCredits(snapshot.totalBalance), tone: low ? 'error' : undefined},
		monthly: value(snapshot.monthlyCredits === undefined ? undefined : formatCredits(snapshot.monthlyCredits)),
		extra: value(snapshot.extraCredits === undefined ? undefined : formatCredits(snapshot.extraCredits)),
		low: low ? {text: 'LOW', tone: 'error'} : undefined,
		rate: burn.recent.creditsPerHour === undefined ? undefined : {text: formatRate(burn.recent)},
		projection: outlook(burn, now),
		verdict: verdictValue(verdict),
		reset: value(
			plan === undefined
				? undefined
				: `${shortPlanName(plan.name ?? 'plan')} ${resetCountdown(plan.resetsAt, now)}`,
		),
		plans: value(
			snapshot.plans.length === 0
				? undefined
				: snapshot.plans
					.map(
						each =>
							`${shortPlanName(each.name ?? 'plan')} ${formatCredits(each.balance)}${each.total === undefined ? '' : `/${formatCredits(each.total)}`}`,
					)
					.join(', '),
		),
		stale,
	};
}

/** `lasts past reset` when even the earliest empty time is after it, else `empty in 58m–1h 50m`. */
function outlook(burn: BurnSummary, now: number): FieldValues['projection'] {
	const {projection, nextResetAt} = burn;
	if (projection.state !== 'runs-out') {
		return undefined;
	}

	if (nextResetAt !== undefined && projection.earliest >= nextResetAt) {
		return {text: 'lasts past reset'};
	}

	const [earliest, latest] = [roughDuration(projection.earliest - now), roughDuration(projection.latest - now)];
	return {text: earliest === latest ? `empty in ~${earliest}` : `empty in ${earliest}–${latest}`, tone: 'warning'};
}

function verdictValue(answer: Verdict): FieldValues['verdict'] {
	const tone = answer.tone === 'warning' || answer.tone === 'error' ? answer.tone : undefined;
	return {text: answer.text, tone};
}
