import {ApiError} from '../api/errors.js';
import type {Config} from '../config/config.js';
import type {Connection} from '../connection/connect.js';
import {fetchAndRecord} from '../connection/fetchAndRecord.js';
import {perJobCost} from '../model/perJobCost.js';
import {preflight, type Preflight} from '../model/preflight.js';
import {perJobMissingText, preflightText} from '../present/preflightText.js';
import {exitCode, exitCodeForError} from '../process/exitCodes.js';
import type {Output} from '../process/output.js';

/** --check --json: `{covered, answer, need: {low, high}, balance, keep, perJob: {credits, source, drops} | null}`. */
export function checkJson(result: Preflight): Record<string, unknown> {
	const round = (value: number) => Math.round(value * 10) / 10;
	const {perJob} = result;
	return {
		covered: result.covered,
		answer: result.answer,
		need: {low: round(result.need.low), high: round(result.need.high)},
		balance: result.balance,
		keep: result.keep,
		perJob:
			perJob === undefined
				? null
				: {
					credits: round(perJob.credits.point),
					low: round(perJob.credits.low),
					high: round(perJob.credits.high),
					source: perJob.source,
					drops: perJob.drops,
				},
	};
}

/**
 * --check: will N more jobs (or C credits) be covered now, keeping --keep in reserve? One line
 * (or the JSON document) on stdout; exit 0 when even the high end fits, 1 when it may not or does
 * not, 2 when no per-job cost is known, 3 and 4 as every mode.
 */
export async function runCheck(config: Config, connection: Connection, output: Output): Promise<number> {
	const {ask, json} = config.check!;
	const reading = await fetchAndRecord(connection, output.stderr);
	if (reading instanceof ApiError) {
		output.stderr.write(`srtgen-top: ${reading.message}\n`);
		return exitCodeForError(reading);
	}

	const balance = reading.snapshot.totalBalance;
	if (balance === undefined) {
		output.stderr.write('srtgen-top: the response has no balance (credits.totalBalance).\n');
		return exitCode.apiFailure;
	}

	const perJob = 'jobs' in ask ? perJobCost(config.perJob, reading.history, reading.fetchedAt) : undefined;
	if (perJob !== undefined && 'measuring' in perJob) {
		output.stderr.write(`srtgen-top: ${perJobMissingText(perJob.measuring)}\n`);
		return exitCode.usage;
	}

	const result = preflight(balance, config.keep, ask, perJob);
	output.stdout.write(`${json ? JSON.stringify(checkJson(result), undefined, 2) : preflightText(result, ask)}\n`);
	return result.covered ? exitCode.ok : exitCode.lowBalance;
}
