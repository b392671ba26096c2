import {ApiError} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import type {Config} from '../config/config.js';
import type {Connection} from '../connection/connect.js';
import {fetchAndRecord} from '../connection/fetchAndRecord.js';
import {formatCredits} from '../present/format.js';
import type {History} from '../model/history.js';
import {perJobCost, type PerJob} from '../model/perJobCost.js';
import {perJobMissingText} from '../present/preflightText.js';
import {exitCode, exitCodeForError} from '../process/exitCodes.js';

/** What the guard knows before it starts the command: the balance, and what one job costs. */
export type GuardStart = {snapshot: Snapshot; fetchedAt: number; history: History; balance: number; perJob: PerJob};

/**
 * The reading the command is started on. Without one, or with a --keep above the balance, or
 * with no per-job cost known, the command is not started: a sentence on stderr, and the exit code.
 */
export async function firstReading(
	config: Config,
	connection: Connection,
	stderr: NodeJS.WritableStream,
): Promise<GuardStart | number> {
	const refuse = (line: string, code: number) => {
		stderr.write(`srtgen-top: ${line}\n`);
		return code;
	};

	const reading = await fetchAndRecord(connection, stderr);
	if (reading instanceof ApiError) {
		return refuse(`${reading.message}; the command was not started.`, exitCodeForError(reading));
	}

	const {snapshot, fetchedAt, history} = reading;
	const balance = snapshot.totalBalance;
	if (balance === undefined) {
		return refuse(
			'the response has no balance (credits.totalBalance); the command was not started.',
			exitCode.apiFailure,
		);
	}

	if (config.keep > balance) {
		return refuse(
			`--keep ${formatCredits(config.keep)} is above the balance (${formatCredits(balance)}): the command could never run. Top up, or keep less.`,
			exitCode.usage,
		);
	}

	const perJob = perJobCost(config.perJob, history, fetchedAt);
	if ('measuring' in perJob) {
		return refuse(perJobMissingText(perJob.measuring), exitCode.usage);
	}

	return {snapshot, fetchedAt, history, balance, perJob};
}
