import {ApiError} from '../api/errors.js';
import type {Config} from '../config.js';
import type {Snapshot} from '../api/snapshot.js';
import {openMarkStore} from '../history/markFile.js';
import {accountFiles} from '../history/accountFiles.js';
import {bulkRun, type Mark} from '../model/bulkRun.js';
import {bulkRunLines} from '../model/bulkRunText.js';
import {summarizeBurn} from '../model/burnSummary.js';
import {exitCode, exitCodeForError} from '../model/exitCodes.js';
import {isLowBalance} from '../model/thresholds.js';
import type {Connection} from './connect.js';
import {fetchReading} from './fetchReading.js';
import {toJson} from './json.js';
import {formatOnce} from './once.js';

/** The account's bulk-run mark: set now with --mark or --jobs, else the one saved by the live view or an earlier call. */
async function runMark(config: Config, connection: Connection, snapshot: Snapshot, now: number, env: Record<string, string | undefined>): Promise<Mark | undefined> {
	const files = accountFiles(connection.historyOrigin, snapshot.account, env);
	if (files === undefined) {
		return config.mark ? {at: now, jobs: config.jobs} : undefined;
	}

	const store = openMarkStore(files);
	if (!config.mark) {
		return store.read();
	}

	const mark = {at: now, jobs: config.jobs};
	await store.write(mark);
	return mark;
}

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
	const mark = await runMark(config, connection, snapshot, now, output.env);
	const run = mark === undefined ? undefined : {mark, progress: bulkRun(history, mark, snapshot.totalBalance, now)};
	const common = {warnBelow: config.warnBelow, demo: connection.demo, burn};
	const color = Boolean(output.stdout.isTTY) && !output.env['NO_COLOR'];
	const text = config.mode === 'json'
		? JSON.stringify(toJson(snapshot, {...common, fetchedAt: now, apiHost: connection.apiHost, run}), undefined, 2)
		: formatOnce(snapshot, {...common, now, apiHost: connection.apiHost, color, run: run && bulkRunLines(run.progress, now)});
	output.stdout.write(`${text}\n`);
	return isLowBalance(snapshot, config.warnBelow) ? exitCode.lowBalance : exitCode.ok;
}
