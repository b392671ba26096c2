import type {ApiError} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import type {Config} from '../config/config.js';
import {summarizeBurn} from '../model/burnSummary.js';
import type {History} from '../model/history.js';
import {isLowBalance} from '../model/thresholds.js';
import {exitCode, exitCodeForError} from '../process/exitCodes.js';
import type {Output} from '../process/output.js';
import {formatLine, type LineOptions} from './formatLine.js';
import {defaultLineTemplate, parseLineFormat, type LineStyle} from './template.js';
import {waybarDocument} from './waybar.js';

/**
 * What the status line has to say: the reading (or none), when, the history behind its rate, how
 * old it is when that is worth saying, and why asking failed, when it did ('busy': another
 * srtgen-top was asking and gave no answer in time).
 */
export type LineAnswer = {snapshot: Snapshot | undefined; now: number; history: History; staleMs: number | undefined; failure: ApiError | 'busy' | undefined};

/** The options formatLine takes for this answer, in `style`; undefined when --format is not a template. */
export function lineOptions(config: Config, demo: boolean, answer: LineAnswer, style: LineStyle): LineOptions | string {
	const template = config.lineFormat === undefined ? defaultLineTemplate : parseLineFormat(config.lineFormat);
	if (typeof template === 'string') {
		return template;
	}

	const {snapshot, now, history, staleMs} = answer;
	const burn = snapshot === undefined ? undefined : summarizeBurn(history, snapshot, now);
	return {now, warnBelow: config.warnBelow, demo, burn, staleMs, template, style};
}

/** The exit code an answer makes: the failure's, else 1 below --warn. */
export function answerCode(config: Config, answer: LineAnswer): number {
	if (answer.failure !== undefined) {
		return answer.failure === 'busy' ? exitCode.apiFailure : exitCodeForError(answer.failure);
	}

	return answer.snapshot !== undefined && isLowBalance(answer.snapshot, config.warnBelow) ? exitCode.lowBalance : exitCode.ok;
}

/**
 * Prints the answer as --line does (or --waybar's document) and returns the exit code. With
 * --waybar it is 0 whenever the document is printed: Waybar hides a module whose command fails,
 * and the state is in the document's class.
 */
export function printAnswer(config: Config, demo: boolean, answer: LineAnswer, output: Output): number {
	const options = lineOptions(config, demo, answer, config.tmux ? 'tmux' : 'plain');
	if (typeof options === 'string') {
		throw new Error(options); // Checked before any reading is made: see readLine.
	}

	if (answer.failure !== undefined) {
		output.stderr.write(`srtgen-top: ${answer.failure === 'busy' ? 'No balance yet: another srtgen-top is asking the API.' : answer.failure.message}\n`);
	}

	const text = config.waybar ? JSON.stringify(waybarDocument(answer.snapshot, options)) : formatLine(answer.snapshot, options);
	output.stdout.write(`${text}\n`);
	return config.waybar ? exitCode.ok : answerCode(config, answer);
}
