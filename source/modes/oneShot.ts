import {ApiError} from '../api/errors.js';
import type {Config} from '../config.js';
import {summarizeBurn} from '../model/burnSummary.js';
import {exitCode, exitCodeForError} from '../model/exitCodes.js';
import {isLowBalance} from '../model/thresholds.js';
import type {Connection} from './connect.js';
import {fetchReading} from './fetchReading.js';
import {toJson} from './json.js';
import {formatOnce} from './once.js';

export type Output = {stdout: NodeJS.WritableStream & {isTTY?: boolean}; stderr: NodeJS.WritableStream; env: Record<string, string | undefined>};

/** --once and --json: fetches one snapshot, prints it and returns the exit code. */
export async function runOneShot(config: Config, connection: Connection, output: Output): Promise<number> {
	const reading = await fetchReading(connection, output.stderr, output.env);
	if (reading instanceof ApiError) {
		output.stderr.write(`srtgen-top: ${reading.message}\n`);
		return exitCodeForError(reading);
	}

	const {snapshot, fetchedAt: now, history} = reading;
	const burn = summarizeBurn(history, snapshot, now);
	const common = {warnBelow: config.warnBelow, demo: connection.demo, burn};
	const color = Boolean(output.stdout.isTTY) && !output.env['NO_COLOR'];
	const text = config.mode === 'json'
		? JSON.stringify(toJson(snapshot, {...common, fetchedAt: now, apiHost: connection.apiHost}), undefined, 2)
		: formatOnce(snapshot, {...common, now, apiHost: connection.apiHost, color});
	output.stdout.write(`${text}\n`);
	return isLowBalance(snapshot, config.warnBelow) ? exitCode.lowBalance : exitCode.ok;
}
