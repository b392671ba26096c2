import {ApiError} from '../api/errors.js';
import type {Config} from '../config/config.js';
import {ConfigError} from '../config/error.js';
import type {Connection} from '../connection/connect.js';
import {fetchAndRecord} from '../connection/fetchAndRecord.js';
import {planVerdicts, usageReport} from '../present/usageReport.js';
import {exitCode, exitCodeForError} from '../process/exitCodes.js';
import type {Output} from '../process/output.js';
import {accountFiles} from '../state/accountFiles.js';
import {openUsageRecordStore} from '../state/usageRecordStore.js';
import {reportCsv, reportText} from './reportText.js';

/**
 * --report: one reading (it names the account, and joins its record), then the account's usage
 * record as a table, JSON or CSV.
 */
export async function runReport(config: Config, connection: Connection, output: Output): Promise<number> {
	if (connection.place === undefined) {
		throw new ConfigError(
			'The demo account keeps no usage record: --report reads the record an account with a key builds up.',
		);
	}

	const reading = await fetchAndRecord(connection, output.stderr);
	if (reading instanceof ApiError) {
		output.stderr.write(
			`srtgen-top: ${reading.message} (the report needs one reading to know whose record to show)\n`,
		);
		return exitCodeForError(reading);
	}

	const files = accountFiles(connection.place, reading.snapshot.account);
	if (files === undefined) {
		output.stderr.write('srtgen-top: The API response names no account, so it has no usage record.\n');
		return exitCode.apiFailure;
	}

	const {record, notice} = await openUsageRecordStore(files).read();
	if (notice !== undefined) {
		output.stderr.write(`srtgen-top: ${notice}\n`);
	}

	const report = usageReport(record, reading.fetchedAt, config.report.days);
	const text
		= config.report.format === 'json'
			? JSON.stringify(report, undefined, 2)
			: config.report.format === 'csv'
				? reportCsv(report)
				: reportText(report, planVerdicts(record));
	output.stdout.write(`${text}\n`);
	return exitCode.ok;
}
