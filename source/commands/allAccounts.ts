import {styleText} from 'node:util';
import pLimit from 'p-limit';
import stringWidth from 'string-width';
import {ApiError} from '../api/errors.js';
import type {ConnectedAccount, Connection} from '../connection/connect.js';
import {readingsAtOnce} from '../connection/pollSchedule.js';
import type {Tone} from '../model/verdict.js';
import {accountSummary} from '../present/accountSummary.js';
import {exitCode, exitCodeForError} from '../process/exitCodes.js';
import type {Output} from '../process/output.js';
import {failedJson, toJson} from './jsonDocument.js';
import {readAccount, type AssessedAccount} from './oneShot.js';

const toneStyle: Record<Tone, Parameters<typeof styleText>[0]> = {
	ok: 'green',
	measuring: 'dim',
	warning: 'yellow',
	error: 'red',
};

/**
 * --once and --json with --all-accounts: every account read once (a few at a time), then a table
 * or a JSON array of the one-account documents, in the config file's order. The exit code is the
 * highest of the accounts' own: a failure (4, or 3 for a rejected key) over low (1) over ok.
 */
export async function runAllAccounts(
	accounts: ConnectedAccount[],
	shape: 'once' | 'json',
	output: Output,
): Promise<number> {
	const limit = pLimit(readingsAtOnce);
	const readings = await Promise.all(
		accounts.map(async ({config, connection}) =>
			limit(async () => readAccount(config, connection, output.stderr)),
		),
	);
	for (const [index, reading] of readings.entries()) {
		if (reading instanceof ApiError) {
			output.stderr.write(`srtgen-top: account ${accounts[index]!.name}: ${reading.message}\n`);
		}
	}

	const color = Boolean(output.stdout.isTTY) && !output.env['NO_COLOR'];
	const text
		= shape === 'json'
			? JSON.stringify(
				readings.map((reading, index) => accountJson(accounts[index]!, reading)),
				undefined,
				2,
			)
			: accountsTable(accounts, readings, Date.now(), color);
	output.stdout.write(`${text}\n`);
	return Math.max(
		exitCode.ok,
		...readings.map(reading =>
			reading instanceof ApiError
				? exitCodeForError(reading)
				: reading.assessment.low
					? exitCode.lowBalance
					: exitCode.ok,
		),
	);
}

function accountJson({name, config, connection}: ConnectedAccount, reading: AssessedAccount): Record<string, unknown> {
	const common = {demo: connection.demo, apiHost: connection.apiHost, label: name};
	return reading instanceof ApiError
		? failedJson(reading, common)
		: {
			...toJson(reading.snapshot, reading.assessment, {
				...common,
				fetchedAt: reading.fetchedAt,
				warnBelow: config.warnBelow,
			}),
			error: null,
		};
}

/** One row an account: its name, balance, verdict in short (symbol and tone) and next reset. */
export function accountsTable(
	accounts: Array<Pick<ConnectedAccount, 'name'> & {connection: Pick<Connection, 'demo'>}>,
	readings: AssessedAccount[],
	now: number,
	color: boolean,
): string {
	const paint = (style: Parameters<typeof styleText>[0], text: string) =>
		color ? styleText(style, text, {validateStream: false}) : text;
	const rows = readings.map(reading =>
		accountSummary(
			reading instanceof ApiError
				? {snapshot: undefined, assessment: undefined, error: reading, fetchedAt: undefined, now}
				: {
					snapshot: reading.snapshot,
					assessment: reading.assessment,
					error: undefined,
					fetchedAt: reading.fetchedAt,
					now,
				},
		),
	);
	const names = accounts.map(account => account.name);
	const verdicts = rows.map(row => `${row.verdict.symbol} ${row.verdict.text}`);
	const width = (texts: string[]) => Math.max(...texts.map(text => stringWidth(text)));
	const [nameWidth, balanceWidth, verdictWidth] = [
		width(['account', ...names]),
		width(['balance', ...rows.map(row => row.balance)]),
		width(['verdict', ...verdicts]),
	];
	// Padded before painting: the colours' escape sequences take no room.
	const pad = (text: string, to: number) => text + ' '.repeat(to - stringWidth(text));
	const lines = [
		paint(
			'dim',
			`${pad('account', nameWidth)}  ${'balance'.padStart(balanceWidth)}  ${pad('verdict', verdictWidth)}  next reset`,
		),
	];
	for (const [index, row] of rows.entries()) {
		lines.push(
			[
				paint('bold', pad(names[index]!, nameWidth)),
				paint(row.low ? ['bold', 'red'] : 'bold', row.balance.padStart(balanceWidth)),
				paint(toneStyle[row.verdict.tone], verdicts[index]!)
				+ ' '.repeat(verdictWidth - stringWidth(verdicts[index]!)),
				paint('dim', row.reset ?? ''),
			]
				.join('  ')
				.trimEnd(),
		);
	}

	return [
		...(accounts.some(account => account.connection.demo) ? [paint('inverse', ' DEMO ')] : []),
		...lines,
	].join('\n');
}
