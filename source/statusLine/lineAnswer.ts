import type {ApiError} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import type {Config} from '../config/config.js';
import {assess} from '../present/assessment.js';
import type {Mark} from '../model/bulkRun.js';
import type {GuardStatus} from '../model/guardPolicy.js';
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

/** What, beside the reading, every mode assesses it with: the account's marked run and its guard. */
export type AccountContext = {mark: Mark | undefined; guard: GuardStatus | undefined};

/** The account's marked run (--mark and --unmark as --once takes them) and guard, at `now`. */
export async function accountContext(
	config: Config,
	place: AccountPlace | undefined,
	account: Snapshot['account'],
	now: number,
): Promise<AccountContext> {
	return {mark: await markFor(config, place, account, now), guard: await guardOf(place, account)};
}

/** The answer for a snapshot seen at `now`: assessed with its history and the account's context. */
export async function lineAnswer(
	config: Config,
	place: AccountPlace | undefined,
	seen: {snapshot: Snapshot | undefined; history: History; now: number},
	staleMs?: number,
	failure?: ApiError | 'busy',
): Promise<LineAnswer> {
	const context
		= seen.snapshot === undefined
			? {mark: undefined, guard: undefined}
			: await accountContext(config, place, seen.snapshot.account, seen.now);
	return answerWith(config, seen, context, staleMs, failure);
}

/** The answer for a snapshot seen at `now`, with the account's context already read. */
export function answerWith(
	config: Config,
	{snapshot, history, now}: {snapshot: Snapshot | undefined; history: History; now: number},
	context: AccountContext,
	staleMs?: number,
	failure?: ApiError | 'busy',
): LineAnswer {
	const reading
		= snapshot === undefined
			? undefined
			: {snapshot, assessment: assess({snapshot, history, now, warnBelow: config.warnBelow, ...context})};
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

/** What an answer prints, as --line does (or --waybar's document), and the exit code it makes. */
export type PrintedAnswer = {stdout: string; stderr: string; code: number};

/**
 * The answer as --line prints it. With --waybar the code is 0 whenever the document is printed:
 * Waybar hides a module whose command fails, and the state is in the document's class.
 */
export function printedAnswer(config: Config, demo: boolean, answer: LineAnswer): PrintedAnswer {
	const options = lineOptions(config, demo, answer, config.tmux ? 'tmux' : 'plain');
	if (typeof options === 'string') {
		throw new TypeError(options); // Checked before any reading is made: see readLine.
	}

	const {failure} = answer;
	const text = config.waybar
		? JSON.stringify(waybarDocument(answer.reading, options))
		: formatLine(answer.reading, options);
	return {
		stdout: `${text}\n`,
		stderr:
			failure === undefined
				? ''
				: `srtgen-top: ${failure === 'busy' ? 'No balance yet: another srtgen-top is asking the API.' : failure.message}\n`,
		code: config.waybar ? exitCode.ok : answerCode(answer),
	};
}

/** Prints the answer (see printedAnswer) and returns the exit code. */
export function printAnswer(config: Config, demo: boolean, answer: LineAnswer, output: Output): number {
	const {stdout, stderr, code} = printedAnswer(config, demo, answer);
	if (stderr !== '') {
		output.stderr.write(stderr);
	}

	output.stdout.write(stdout);
	return code;
}
