import {ApiError} from '../api/errors.js';
import type {Config} from '../config.js';
import {recordReading} from '../history/record.js';
import {summarizeBurn} from '../model/burnSummary.js';
import {exitCode, exitCodeForError} from '../model/exitCodes.js';
import {isLowBalance} from '../model/thresholds.js';
import type {Connection} from './connect.js';
import {toJson} from './json.js';
import {formatLine} from './line.js';
import {formatOnce} from './once.js';

export type Output = {stdout: NodeJS.WritableStream & {isTTY?: boolean}; stderr: NodeJS.WritableStream; env: Record<string, string | undefined>};

/** Fetches one snapshot, prints it in the configured mode and returns the exit code. */
export async function runOneShot(config: Config, connection: Connection, output: Output): Promise<number> {
	let snapshot;
	try {
		snapshot = await connection.client.fetchBalance();
	} catch (error) {
		if (error instanceof ApiError) {
			output.stderr.write(`srtgen-top: ${error.message}\n`);
			return exitCodeForError(error);
		}

		throw error;
	}

	const now = Date.now();
	const {history, notice} = await recordReading(snapshot, now, connection.historyOrigin, output.env);
	if (notice !== undefined) {
		output.stderr.write(`srtgen-top: ${notice}\n`);
	}

	const burn = summarizeBurn(history, snapshot, now);
	const common = {warnBelow: config.warnBelow, demo: connection.demo, burn};
	const color = Boolean(output.stdout.isTTY) && !output.env['NO_COLOR'];
	const text = config.mode === 'json'
		? JSON.stringify(toJson(snapshot, {...common, fetchedAt: now, apiHost: connection.apiHost}), undefined, 2)
		: config.mode === 'line'
			? formatLine(snapshot, {...common, now})
			: formatOnce(snapshot, {...common, now, apiHost: connection.apiHost, color});
	output.stdout.write(`${text}\n`);
	return isLowBalance(snapshot, config.warnBelow) ? exitCode.lowBalance : exitCode.ok;
}
