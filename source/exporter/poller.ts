import type {LimitFunction} from 'p-limit';
import {ApiError} from '../api/errors.js';
import type {Connection} from '../connection/connect.js';
import {fetchReading} from '../connection/fetchReading.js';
import {nextPollDelay} from '../connection/pollSchedule.js';
import {summarizeBurn} from '../model/burnSummary.js';
import type {AccountState} from './accountState.js';
import type {Metrics} from './metrics.js';

/**
 * Reads the account now and then every `intervalSeconds`, whatever the scrapes: they are answered
 * from `state`. A failure keeps the last reading and is said once on stderr, not at every poll;
 * failures back off, and Retry-After is honoured, as in the live view. `limit` bounds the readings
 * made at once across the accounts.
 */
export function pollAccount(state: AccountState, connection: Connection, intervalSeconds: number, metrics: Metrics, stderr: NodeJS.WritableStream, limit: LimitFunction): {first: Promise<void>; stop(): void} {
	let timer: NodeJS.Timeout | undefined;
	let stopped = false;
	let failures = 0;
	/** Milliseconds until the next poll. */
	const poll = async (): Promise<number> => {
		const reading = await limit(async () => {
			metrics.countRequest(state.name);
			return fetchReading(connection, stderr);
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

		state.last = {snapshot: reading.snapshot, fetchedAt: reading.fetchedAt, burn: summarizeBurn(reading.history, reading.snapshot, reading.fetchedAt)};
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

	return {first: loop(), stop() {
		stopped = true;
		clearTimeout(timer);
	}};
}
