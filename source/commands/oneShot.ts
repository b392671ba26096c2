import {ApiError} from '../api/errors.js';
import type {Config} from '../config/config.js';
import type {Snapshot} from '../api/snapshot.js';
import {openMarkStore} from '../state/markStore.js';
import {accountFiles} from '../state/accountFiles.js';
import {bulkRun, type Mark} from '../model/bulkRun.js';
import {bulkRunLines} from '../model/bulkRunText.js';
import {summarizeBurn} from '../model/burnSummary.js';
import {verdict} from '../model/verdictText.js';
import {exitCode, exitCodeForError} from '../process/exitCodes.js';
import type {Output} from '../process/output.js';
import {isLowBalance} from '../model/thresholds.js';
import type {Connection} from '../connection/connect.js';
import {fetchReading} from '../connection/fetchReading.js';
import {toJson} from './jsonDocument.js';
import {formatOnce} from './onceText.js';

/** The account's bulk-run mark: set now with --mark or --jobs, else the one saved by the live view or an earlier call. */
async function runMark(config: Config, connection: Connection, snapshot: Snapshot, now: number): Promise<Mark | undefined> {
	const files = accountFiles(connection.place, snapshot.account);
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

/** --once and --json: fetches one snapshot, prints it and returns the exit code. */
export async function runOneShot(config: Config, connection: Connection, output: Output): Promise<number> {
	const reading = await fetchReading(connection, output.stderr);
	if (reading instanceof ApiError) {
		output.stderr.write(`srtgen-top: ${reading.message}\n`);
		return exitCodeForError(reading);
	}

	const {snapshot, fetchedAt: now, history} = reading;
	const burn = summarizeBurn(history, snapshot, now);
	const mark = await runMark(config, connection, snapshot, now);
	const run = mark === undefined ? undefined : {mark, progress: bulkRun(history, mark, snapshot.totalBalance, now)};
	const common = {warnBelow: config.warnBelow, demo: connection.demo, burn};
	const color = Boolean(output.stdout.isTTY) && !output.env['NO_COLOR'];
	const text = config.mode === 'json'
		? JSON.stringify(toJson(snapshot, {...common, fetchedAt: now, apiHost: connection.apiHost, run}), undefined, 2)
		: formatOnce(snapshot, {...common, now, apiHost: connection.apiHost, color, verdict: verdict(snapshot.totalBalance, burn, run?.progress, now), run: run && bulkRunLines(run.progress)});
	output.stdout.write(`${text}\n`);
	return isLowBalance(snapshot, config.warnBelow) ? exitCode.lowBalance : exitCode.ok;
}
