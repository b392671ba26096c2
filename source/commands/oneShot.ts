import {ApiError} from '../api/errors.js';
import type {Config} from '../config/config.js';
import type {Snapshot} from '../api/snapshot.js';
import {guardOf} from '../state/guardStore.js';
import {markFor} from '../state/markStore.js';
import {assess, type Assessment} from '../present/assessment.js';
import {exitCode, exitCodeForError} from '../process/exitCodes.js';
import type {Output} from '../process/output.js';
import type {Connection} from '../connection/connect.js';
import {fetchAndRecord} from '../connection/fetchAndRecord.js';
import {toJson} from './jsonDocument.js';
import {formatOnce} from './onceText.js';

/** One account's reading, assessed with its history and marked run; or why there is none. */
export type AssessedAccount = {snapshot: Snapshot; fetchedAt: number; assessment: Assessment} | ApiError;

/** Fetches one snapshot of the account, records it, and assesses it as every mode does. */
export async function readAccount(
	config: Config,
	connection: Connection,
	stderr: NodeJS.WritableStream,
): Promise<AssessedAccount> {
	const reading = await fetchAndRecord(connection, stderr);
	if (reading instanceof ApiError) {
		return reading;
	}

	const {snapshot, fetchedAt: now, history} = reading;
	const mark = await markFor(config, connection.place, snapshot.account, now);
	return {
		snapshot,
		fetchedAt: now,
		assessment: assess({
			snapshot,
			history,
			mark,
			now,
			warnBelow: config.warnBelow,
			guard: await guardOf(connection.place, snapshot.account),
		}),
	};
}

/** --once and --json: fetches one snapshot, prints it and returns the exit code. */
export async function runOneShot(config: Config, connection: Connection, output: Output): Promise<number> {
	const reading = await readAccount(config, connection, output.stderr);
	if (reading instanceof ApiError) {
		output.stderr.write(`srtgen-top: ${reading.message}\n`);
		return exitCodeForError(reading);
	}

	const {snapshot, fetchedAt: now, assessment} = reading;
	const common = {warnBelow: config.warnBelow, demo: connection.demo, apiHost: connection.apiHost};
	const color = Boolean(output.stdout.isTTY) && !output.env['NO_COLOR'];
	const text = config.mode === 'json'
		? JSON.stringify(toJson(snapshot, assessment, {...common, fetchedAt: now, label: config.account}), undefined, 2)
		: formatOnce(snapshot, assessment, {...common, now, color});
	output.stdout.write(`${text}\n`);
	return assessment.low ? exitCode.lowBalance : exitCode.ok;
}
