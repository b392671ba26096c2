import type {BulkRun, RunJobs} from './bulkRun.js';
import {roughDuration} from './burnText.js';
import {formatCredits} from './format.js';

const day = 86_400_000;
const timeOfDay = new Intl.DateTimeFormat('en-GB', {hour: '2-digit', minute: '2-digit', hour12: false});

const count = (amount: number, noun: string) => `${formatCredits(amount)} ${noun}${amount === 1 ? '' : 's'}`;

/** e.g. ["since mark 12m: −412 credits · 37 drops, ~11 each · 2,060/h", "covers the remaining 90 jobs with ~1,100 to spare · done ~14:52"] */
export function bulkRunLines(run: BulkRun, now: number): string[] {
	const lines = [spendingLine(run)];
	if (run.jobs !== undefined) {
		lines.push(jobsLine(run.jobs, now));
	}

	return lines;
}

function spendingLine(run: BulkRun): string {
	const since = `since mark ${roughDuration(run.elapsedMs)}`;
	if (run.drops === 0) {
		return `${since}: no drop yet`;
	}

	// With one drop the average is the spend itself.
	const each = run.drops > 1 && run.averageCost !== undefined ? `, ~${formatCredits(run.averageCost)} each` : '';
	const rate = run.creditsPerHour === undefined ? '' : ` · ${formatCredits(run.creditsPerHour)}/h`;
	return `${since}: −${formatCredits(run.spent)} credits · ${count(run.drops, 'drop')}${each}${rate}`;
}

function jobsLine(jobs: RunJobs, now: number): string {
	if (jobs.remaining === 0) {
		return `all ${count(jobs.total, 'job')} done`;
	}

	return jobs.finishAt === undefined ? outlook(jobs) : `${outlook(jobs)} · ${finishText(jobs.finishAt, now)}`;
}

/** `done ~14:52`; a day or more away, a time of day alone would be ambiguous, so `done in ~1d 4h`. */
function finishText(finishAt: number, now: number): string {
	return finishAt - now < day ? `done ~${timeOfDay.format(finishAt)}` : `done in ~${roughDuration(finishAt - now)}`;
}

function outlook(jobs: RunJobs): string {
	if (jobs.needed === undefined) {
		return `${count(jobs.remaining, 'job')} to go; cost per job not known yet`;
	}

	if (jobs.spare !== undefined) {
		return `covers the remaining ${count(jobs.remaining, 'job')} with ~${formatCredits(jobs.spare)} to spare`;
	}

	if (jobs.shortBy !== undefined && jobs.jobsShort !== undefined) {
		return `short by ~${formatCredits(jobs.shortBy)} credits — about ${count(jobs.jobsShort, 'job')}`;
	}

	return `~${formatCredits(jobs.needed)} credits needed for the remaining ${count(jobs.remaining, 'job')}`;
}
