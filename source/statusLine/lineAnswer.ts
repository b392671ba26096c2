import type {ApiError} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import type {Config} from '../config/config.js';
import {assess} from '../present/assessment.js';
import type {History} from '../model/history.js';
import {exitCode, exitCodeForError} from '../process/exitCodes.js';
import type {Output} from '../process/output.js';
import type {AccountPlace} from '../state/accountFiles.js';
import {guardOf} from '../state/guardStore.js';
import {markFor} from '../state/markStore.js';
import {formatLine, type AssessedReading, type LineOptions} from './formatLine.js';
import {defaultLineTemplate, parseLineFormat, type LineStyle} from './template.js';
import {waybarDocument} from './waybar.js';

/**
 * What the status line has to say: the reading and its assessment (or none), when, how old it is
 * when that is worth saying, and why asking failed, when it did ('busy': another srtgen-top was
 * asking and gave no answer in time).
 */
export type LineAnswer = {
	reading: AssessedReading | undefined;
	now: number;
	staleMs: number | undefined;
	failure: ApiError | 'busy' | undefined;
};

/**
 * The answer for a snapshot seen at `now`: assessed with its history, the account's marked run
 * (--mark and --unmark as --once takes them) and guard, as every mode assesses it.
 */
export async function lineAnswer(
	config: Config,
	place: AccountPlace | undefined,
	seen: {snapshot: Snapshot | undefined; history: History; now: number},
	staleMs?: number,
	failure?: ApiError | 'busy',
): Promise<LineAnswer> {
	const {snapshot, history, now} = seen;
	const reading
		= snapshot === undefined
			? undefined
			: {
				snapshot,
				assessment: assess({
					snapshot,
					history,
					mark: await markFor(config, place, snapshot.account, now),
					now,
					warnBelow: config.warnBelow,
					guard: await guardOf(place, snapshot.account),
				}),
			};
	return {reading, now, staleMs, failure};
}

/** The options formatLine takes for this answer, in `style`; a sentence when --format is not a template. */
export function lineOptions(config: Config, demo: boolean, answer: LineAnswer, style: LineStyle): LineOptions | string {
	const template = config.lineFormat === undefined ? defaultLineTemplate : parseLineFormat(config.lineFormat);
	if (typeof template === 'string') {
		return template;
	}

	return {now: answer.now, demo, staleMs: answer.staleMs, template, style};
}

/** The exit code an answer makes: the failure's, else 1 below --warn. */
export function answerCode(answer: LineAnswer): number {
	if (answer.failure !== undefined) {
		return answer.failure === 'busy' ? exitCode.apiFailure : exitCodeForError(answer.failure);
	}

	return answer.reading?.assessment.low === true ? exitCode.lowBalance : exitCode.ok;
}

/**
 * Prints the answer as --line does (or --waybar's document) and returns the exit code. With
 * --waybar it is 0 whenever the document is printed: Waybar hides a module whose command fails,
 * and the state is in the document's class.
 */
export function printAnswer(config: Config, demo: boolean, answer: LineAnswer, output: Output): number {
	const options = lineOptions(config, demo, answer, config.tmux ? 'tmux' : 'plain');
	if (typeof options === 'string') {
		throw new TypeError(options); // Checked before any reading is made: see readLine.
	}

	if (answer.failure !== undefined) {
		output.stderr.write(
			`srtgen-top: ${answer.failure === 'busy' ? 'No balance yet: another srtgen-top is asking the API.' : answer.failure.message}\n`,
		);
	}

	const text = config.waybar
		? JSON.stringify(waybarDocument(answer.reading, options))
		: formatLine(answer.reading, options);
	output.stdout.write(`${text}\n`);
	return config.waybar ? exitCode.ok : answerCode(answer);
}
