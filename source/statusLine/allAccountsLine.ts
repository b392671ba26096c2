import pLimit from 'p-limit';
import {ConfigError} from '../config/error.js';
import type {ConnectedAccount} from '../connection/connect.js';
import {readingsAtOnce} from '../connection/pollSchedule.js';
import type {Output} from '../process/output.js';
import {formatLine} from './formatLine.js';
import {answerCode} from './lineAnswer.js';
import {readLine} from './lineReading.js';
import {checkLineFormat, parseLineFormat, type LineTemplate} from './template.js';

/** Each account's segment without --format: its total, `LOW`, and how stale when a refresh failed. */
export const segmentFormat = '{total}[ {low}][ {stale}]';

/**
 * --line --all-accounts: a segment an account, after its name, `studio 9,000 | home 120 LOW |
 * client ? !`; --format shapes each segment. Each account is read as --line reads one (its own
 * cache, lock and alerts). The exit code is the highest of the accounts' own.
 */
export async function runAllAccountsLine(accounts: ConnectedAccount[], output: Output): Promise<number> {
	const format = accounts[0]?.config.lineFormat ?? segmentFormat;
	const problem = checkLineFormat(format);
	if (problem !== undefined) {
		throw new ConfigError(problem);
	}

	const template = parseLineFormat(format) as LineTemplate;
	const limit = pLimit(readingsAtOnce);
	const readings = await Promise.all(
		accounts.map(async ({config, connection}) => limit(async () => readLine(config, connection, output))),
	);
	const segments = readings.map(({answer}, index) => {
		const {name, config, connection} = accounts[index]!;
		if (answer.failure !== undefined) {
			output.stderr.write(
				`srtgen-top: account ${name}: ${answer.failure === 'busy' ? 'No balance yet: another srtgen-top is asking the API.' : answer.failure.message}\n`,
			);
		}

		return `${name} ${formatLine(answer.reading, {now: answer.now, demo: connection.demo, staleMs: answer.staleMs, template, style: config.tmux ? 'tmux' : 'plain'})}`;
	});
	output.stdout.write(`${segments.join(' | ')}\n`);
	await Promise.all(readings.map(async reading => reading.sendAlerts?.()));
	return Math.max(0, ...readings.map(({answer}) => answerCode(answer)));
}
