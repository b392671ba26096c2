import type {BulkRun} from '../model/bulkRun.js';
import type {BurnSummary} from '../model/burnSummary.js';
import {roughDuration} from './burnText.js';
import {forecastRule, type Measuring, type TimeRange} from '../model/forecast.js';
import {clockTime, formatCredits, resetCountdown} from './format.js';
import type {GuardStatus} from '../model/guardPolicy.js';
import {verdictCode, verdictTone, type Tone, type VerdictCode} from '../model/verdict.js';

export type Verdict = {code: VerdictCode; text: string; tone: Tone};

/** What the verdict's tone looks like without colour: the same meaning in a symbol. */
export const toneSymbol: Record<Tone, string> = {ok: '✓', measuring: '…', warning: '!', error: '✗'};

const day = 86_400_000;
/** The verdict, its sentence and its tone, from the same numbers the screen shows. */
export function verdict(
	total: number | undefined,
	burn: BurnSummary | undefined,
	run: BulkRun | undefined,
	now: number,
	guard?: GuardStatus,
): Verdict {
	const code = verdictCode(total, burn, run, guard);
	const text
		= code === 'guard-holding' ? guardText(guard!, total ?? 0, now) : sentence(code, total ?? 0, burn, run, now);
	return {code, text, tone: verdictTone[code]};
}

/** `run paused by --guard since 14:02, keeping 1,000 credits (1,020 left)`. */
function guardText(guard: GuardStatus, total: number, now: number): string {
	const since
		= now - guard.since >= day
			? `for ${roughDuration(now - guard.since)}`
			: `since ${clockTime(guard.since)}`;
	return `run paused by --guard ${since}, keeping ${formatCredits(guard.keep)} credits (${formatCredits(total)} left)`;
}

/**
 * `16:20–17:30 (in ~1h 16m)`, `~16:40 (in ~1h 16m)` when both ends read the same; a day or more
 * away, where a time of day alone would be ambiguous, `in ~3d 4h (2d 1h–5d 2h)`.
 */
export function timeRangeText(range: TimeRange, now: number): string {
	if (range.latest - now >= day) {
		return `in ~${roughDuration(range.at - now)} (${roughDuration(range.earliest - now)}–${roughDuration(range.latest - now)})`;
	}

	const [earliest, latest] = [clockTime(range.earliest), clockTime(range.latest)];
	return `${earliest === latest ? `~${earliest}` : `${earliest}–${latest}`} (in ~${roughDuration(range.at - now)})`;
}

/** `2 drops needed`, `1 more drop needed`, `45s of readings needed`. */
export function measuringText(measuring: Measuring | undefined, drops: number): string {
	if (measuring === undefined) {
		return 'measuring…';
	}

	if (measuring.dropsNeeded > 0) {
		return `measuring… (${measuring.dropsNeeded}${drops > 0 ? ' more' : ''} ${measuring.dropsNeeded === 1 ? 'drop' : 'drops'} needed)`;
	}

	// Not a countdown: a line that changed every second would be a frame every second.
	return measuring.coverageNeededMs > 0
		? `measuring… (${forecastRule.minCoverageMs / 1000}s of readings needed)`
		: 'measuring…';
}

const jobCount = (jobs: number) => `${formatCredits(jobs)} ${jobs === 1 ? 'job' : 'jobs'}`;

function sentence(
	code: VerdictCode,
	total: number,
	burn: BurnSummary | undefined,
	run: BulkRun | undefined,
	now: number,
): string {
	// In the plan row's words: `(in 2h 04m)` beside `resets in 2h 04m`.
	const reset
		= burn?.nextResetAt === undefined
			? undefined
			: `the ${burn.nextResetPlan ?? 'plan'} reset (${resetCountdown(new Date(burn.nextResetAt), now).replace(/^resets /, '')})`;
	const outlook = burn?.projection;
	const empty
		= outlook?.state === 'runs-out'
			? `empty ${timeRangeText({at: outlook.emptyAt, earliest: outlook.earliest, latest: outlook.latest}, now)}`
			: '';
	const jobs = run?.jobs;
	switch (code) {
		case 'unknown':
			return 'balance unknown';
		case 'empty':
			return `no credits left: jobs fail until a top-up${reset === undefined ? '' : ` or ${reset}`}`;
		case 'measuring':
			return burn === undefined ? 'measuring…' : measuringText(burnMeasuring(burn), burn.recent.drops);
		case 'idle':
			return 'no credits spent in the last 15m';
		case 'lasts-past-reset':
			return `lasts past ${reset ?? 'the reset'}`;
		case 'may-run-out-before-reset':
			return `may run out before ${reset ?? 'the reset'}: ${empty}`;
		case 'runs-out-before-reset':
			return `${empty}, before ${reset ?? 'the reset'}`;
		case 'runs-out':
			return empty;
		case 'run-measuring':
			return `${jobCount(jobs?.remaining ?? 0)} to go — ${measuringText(run?.measuring, run?.drops ?? 0)}`;
		case 'run-done':
			return `all ${jobCount(jobs?.total ?? 0)} done`;
		case 'run-covered':
			return `covers the remaining ${jobCount(jobs!.remaining)}${jobs!.finish === undefined ? '' : `, done ${timeRangeText(jobs!.finish, now)}`}`;
		case 'run-may-fall-short':
			return `may fall short: the remaining ${jobCount(jobs!.remaining)} need ~${formatCredits(jobs!.neededRange!.low)}–${formatCredits(jobs!.neededRange!.high)}, ${formatCredits(total)} left`;
		case 'run-short':
			return `short by ~${formatCredits(jobs!.shortBy ?? 0)} credits — about ${jobCount(jobs!.jobsShort ?? 0)}`;
		case 'guard-holding':
			return 'run paused by --guard';
	}
}

/** The recent window's wait, as the forecast rule counts it. */
function burnMeasuring(burn: BurnSummary): Measuring | undefined {
	const {drops, coveredMs} = burn.recent;
	// No drop at all over enough time is an answer (idle), so only a lone drop waits for another.
	return {dropsNeeded: drops === 1 ? 1 : 0, coverageNeededMs: Math.max(0, forecastRule.minCoverageMs - coveredMs)};
}

/**
 * The verdict in a few words, for a row of the accounts' overview and the `--all-accounts` table:
 * `lasts past reset`, `empty in ~1h 10m, before reset`, `run short by ~120`. The sentence says the rest.
 */
export function shortVerdictText(
	code: VerdictCode,
	burn: BurnSummary | undefined,
	run: BulkRun | undefined,
	now: number,
): string {
	const outlook = burn?.projection;
	const emptyIn = outlook?.state === 'runs-out' ? `empty in ~${roughDuration(outlook.emptyAt - now)}` : 'runs out';
	switch (code) {
		case 'unknown':
			return 'balance unknown';
		case 'empty':
			return 'no credits left';
		case 'measuring':
			return 'measuring…';
		case 'idle':
			return 'idle';
		case 'lasts-past-reset':
			return 'lasts past reset';
		case 'may-run-out-before-reset':
			return 'may run out before reset';
		case 'runs-out-before-reset':
			return `${emptyIn}, before reset`;
		case 'runs-out':
			return emptyIn;
		case 'run-measuring':
			return 'run: measuring…';
		case 'run-done':
			return 'run done';
		case 'run-covered':
			return 'run covered';
		case 'run-may-fall-short':
			return 'run may fall short';
		case 'run-short':
			return `run short by ~${formatCredits(run?.jobs?.shortBy ?? 0)}`;
		case 'guard-holding':
			return 'paused by --guard';
	}
}
