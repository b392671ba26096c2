import {doneRunSteersMs, type BulkRun, type RunJobs} from '../model/bulkRun.js';
import {roughDuration} from './burnText.js';
import {formatCredits} from './format.js';
import {clockTime} from './format.js';

const count = (amount: number, noun: string) => `${formatCredits(amount)} ${noun}${amount === 1 ? '' : 's'}`;

/**
 * The run's facts, for the panel under the verdict (which says whether they are enough):
 * ["since mark 12m: −412 credits · 37 drops, ~11 each · 2,060/h", "37 of 150 jobs done · the other
 * 113 need ~1,243 (1,100–1,390) · ~2,660 to spare"]
 */
export function bulkRunLines(run: BulkRun, now: number): string[] {
	const lines = [spendingLine(run)];
	if (run.jobs !== undefined) {
		lines.push(jobsLine(run.jobs, now));
	}

	return lines;
}

/**
 * How long ago the run was marked: `<1m` in the first minute ("1m" a second after the mark would be
 * wrong, and seconds would be a frame each).
 */
export function markAge(elapsedMs: number): string {
	return elapsedMs < 60_000 ? '<1m' : roughDuration(elapsedMs);
}

function sinceMark(elapsedMs: number): string {
	return `since mark ${markAge(elapsedMs)}`;
}

function spendingLine(run: BulkRun): string {
	if (run.drops === 0) {
		return `${sinceMark(run.elapsedMs)}: no drop yet`;
	}

	// With one drop the average is the spend itself.
	const each = run.drops > 1 && run.averageCost !== undefined ? `, ~${formatCredits(run.averageCost)} each` : '';
	const rate = run.creditsPerHour === undefined ? '' : ` · ${formatCredits(run.creditsPerHour)}/h`;
	return `${sinceMark(run.elapsedMs)}: −${formatCredits(run.spent)} credits · ${count(run.drops, 'drop')}${each}${rate}`;
}

function jobsLine(jobs: RunJobs, now: number): string {
	const done = `${formatCredits(Math.min(jobs.done, jobs.total))} of ${count(jobs.total, 'job')} done`;
	if (jobs.remaining === 0 && jobs.doneAt !== undefined) {
		const back = jobs.doneAt + doneRunSteersMs;
		return `${done} at ${clockTime(jobs.doneAt)} · the verdict is about the balance ${now < back ? `from ${clockTime(back)}` : 'again'}`;
	}

	if (jobs.remaining === 0 || jobs.neededRange === undefined) {
		return done;
	}

	const {point, low, high} = jobs.neededRange;
	const needed = `the other ${formatCredits(jobs.remaining)} need ~${formatCredits(point)} (${formatCredits(low)}–${formatCredits(high)})`;
	if (jobs.spare !== undefined) {
		return `${done} · ${needed} · ~${formatCredits(jobs.spare)} to spare`;
	}

	return jobs.shortBy === undefined
		? `${done} · ${needed}`
		: `${done} · ${needed} · ~${formatCredits(jobs.shortBy)} short`;
}
