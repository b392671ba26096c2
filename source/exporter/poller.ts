import type {LimitFunction} from 'p-limit';
import {ApiError} from '../api/errors.js';
import type {Connection} from '../connection/connect.js';
import {fetchAndRecord} from '../connection/fetchAndRecord.js';
import {nextPollDelay} from '../connection/pollSchedule.js';
import {assess} from '../present/assessment.js';
import {guardOf} from '../state/guardStore.js';
import {markOf} from '../state/markStore.js';
import type {AccountState} from './accountState.js';
import type {Metrics} from './metrics.js';

/**
 * Reads the account now and then every `intervalSeconds`, whatever the scrapes: they are answered
 * from `state`. A failure keeps the last reading and is said once on stderr, not at every poll;
 * failures back off, and Retry-After is honoured, as in the live view. `limit` bounds the readings
 * made at once across the accounts.
 */
export function pollAccount(
	state: AccountState,
	connection: Connection,
	settings: {intervalSeconds: number; warnBelow: number | undefined},
	metrics: Metrics,
	stderr: NodeJS.WritableStream,
	limit: LimitFunction,
): {first: Promise<void>; stop(): void} {
	const {intervalSeconds, warnBelow} = settings;
	let timer: NodeJS.Timeout | undefined;
	let stopped = false;
	let failures = 0;
	/** Milliseconds until the next poll. */
	const poll = async (): Promise<number> => {
		const reading = await limit(async () => {
			metrics.countRequest(state.name);
			return fetchAndRecord(connection, stderr);
		});
		if (reading instanceof ApiError) {
			metrics.countError(state.name, reading.kind);
			if (state.succeeded !== false) {
				stderr.write(`srtgen-top: account ${state.name}: ${reading.message}\n`);
			}

			state.succeeded = false;
			failures += 1;
			return nextPollDelay(intervalSeconds, failures, reading);
		}

		if (state.succeeded === false) {
			stderr.write(`srtgen-top: account ${state.name}: read again\n`);
		}

		const {snapshot, history, fetchedAt} = reading;
		const mark = await markOf(connection.place, snapshot.account);
		state.last = {
			snapshot,
			fetchedAt,
			assessment: assess({
				snapshot,
				history,
				mark,
				now: fetchedAt,
				warnBelow,
				guard: await guardOf(connection.place, snapshot.account),
			}),
		};
		state.succeeded = true;
		failures = 0;
		return nextPollDelay(intervalSeconds, 0, undefined);
	};

	const loop = async (): Promise<void> => {
		const delay = await poll();
		if (!stopped) {
			timer = setTimeout(() => void loop(), delay);
		}
	};

	return {
		first: loop(),
		stop() {
			stopped = true;
			clearTimeout(timer);
		},
	};
}
