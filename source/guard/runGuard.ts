import {setTimeout as sleep} from 'node:timers/promises';
import {ApiError} from '../api/errors.js';
import type {Config} from '../config/config.js';
import type {Connection} from '../connection/connect.js';
import {fetchAndRecord} from '../connection/fetchAndRecord.js';
import {nextPollDelay} from '../connection/pollSchedule.js';
import {addReading, emptyLedger, offlineHold, shouldHold, type GuardRules, type Ledger} from '../model/guardPolicy.js';
import {exitCode} from '../process/exitCodes.js';
import {firstReading} from './firstReading.js';
import {guardNotices, type Seen} from './guardNotice.js';
import {supervise} from './supervisor.js';

/**
 * --guard: runs the command and polls the balance at --interval. At each reading it decides, from
 * what the command has been seen to spend, whether the balance could reach --keep before the next
 * reading comes (--interval plus --timeout away); if so it pauses the command's group, and resumes
 * it once a reading leaves room again. Ends with the command, with its exit code.
 */
export async function runGuard(config: Config, connection: Connection, stderr: NodeJS.WriteStream): Promise<number> {
	const start = await firstReading(config, connection, stderr);
	if (typeof start === 'number') {
		return start;
	}

	const options = config.guard!;
	const rules: GuardRules = {keep: config.keep, perJobHigh: start.perJob.credits.high, inFlight: options.inFlight};
	let seen: Seen = {snapshot: start.snapshot, history: start.history, at: start.fetchedAt};
	const notices = guardNotices(config, connection.place, seen, stderr);
	const command = supervise(options.command, async () => notices.store?.clear());
	let ledger: Ledger = addReading(emptyLedger, {at: start.fetchedAt, total: start.balance}, false);
	const horizon = (failures: number, error: ApiError | undefined) =>
		nextPollDelay(config.intervalSeconds, failures, error) + config.timeoutSeconds * 1000;

	/** Holds or lets go as `hold` says; an end code when the command could not start. */
	const turn = async (hold: boolean, reason: string): Promise<number | undefined> => {
		if (hold) {
			command.hold();
		} else {
			const failed = await command.release();
			if (failed !== undefined) {
				stderr.write(`srtgen-top: --guard: ${failed}.\n`);
				return exitCode.usage;
			}
		}

		// The first start is no news: the state file only.
		await (reason === ''
			? notices.store?.write({holding: false, since: Date.now(), keep: config.keep})
			: notices.tell(hold, reason, seen));
		return undefined;
	};

	const holdFirst = shouldHold(start.balance, false, ledger, rules, horizon(0, undefined));
	const failedToStart = await turn(
		holdFirst,
		holdFirst
			? 'not started: the balance leaves no room above --keep for the jobs it may run before the next reading'
			: '',
	);
	if (failedToStart !== undefined) {
		return command.end(failedToStart);
	}

	let failures = 0;
	let lastError: ApiError | undefined;
	let failingSince: number | undefined;
	for (;;) {
		const ended = await Promise.race([
			sleep(nextPollDelay(config.intervalSeconds, failures, lastError)).then(() => undefined),
			command.exited,
		]);
		if (ended !== undefined) {
			return command.end(ended);
		}

		const reading = await fetchAndRecord(connection, stderr);
		const balance = reading instanceof ApiError ? undefined : reading.snapshot.totalBalance;
		if (reading instanceof ApiError || balance === undefined) {
			const now = Date.now();
			failures++;
			lastError = reading instanceof ApiError ? reading : undefined;
			failingSince ??= now;
			const why = `SRTGen cannot be read (${lastError?.message ?? 'no balance in the response'})`;
			if (
				!command.holding
				&& options.offline === 'pause'
				&& offlineHold(
					ledger,
					rules,
					{now, failingSince, horizonMs: horizon(failures, lastError)},
					config.alerts.unreachableAfterSeconds * 1000,
				)
			) {
				await turn(true, `${why}, and the balance may reach --keep before it can`);
			} else if (failures === 1 && !command.holding) {
				stderr.write(
					`srtgen-top: ${why}; ${options.offline === 'run' ? 'the command runs on unguarded until it can (--guard-offline run)' : 'the command runs on while the last balance leaves room'}.\n`,
				);
			}

			continue;
		}

		if (failures > 0) {
			stderr.write('srtgen-top: SRTGen read again.\n');
		}

		failures = 0;
		lastError = undefined;
		failingSince = undefined;
		ledger = addReading(ledger, {at: reading.fetchedAt, total: balance}, command.ranThroughoutSince());
		seen = {snapshot: reading.snapshot, history: reading.history, at: reading.fetchedAt};
		const hold = shouldHold(balance, command.holding, ledger, rules, horizon(0, undefined));
		const failed
			= hold === command.holding
				? undefined
				: await turn(
					hold,
					hold ? 'the balance could reach --keep before the next reading' : 'room above --keep again',
				);
		if (failed !== undefined) {
			return command.end(failed);
		}
	}
}
