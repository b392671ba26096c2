import {ApiError} from '../api/errors.js';
import type {Connection} from '../connection/connect.js';
import {fetchAndRecord} from '../connection/fetchAndRecord.js';
import {assess} from '../model/assessment.js';
import {markOf} from '../state/markStore.js';
import type {AccountState} from './accountState.js';
import type {Metrics} from './metrics.js';

/**
 * Reads the account now and then every `intervalSeconds`, whatever the scrapes: they are answered
 * from `state`. A failure keeps the last reading and is said once on stderr, not at every poll.
 */
export function pollAccount(state: AccountState, connection: Connection, settings: {intervalSeconds: number; warnBelow: number | undefined}, metrics: Metrics, stderr: NodeJS.WritableStream): {first: Promise<void>; stop(): void} {
	const {intervalSeconds, warnBelow} = settings;
	let timer: NodeJS.Timeout | undefined;
	let stopped = false;
	const poll = async () => {
		metrics.requests.inc({account: state.name});
		const reading = await fetchAndRecord(connection, stderr);
		if (reading instanceof ApiError) {
			metrics.errors.inc({account: state.name, kind: reading.kind});
			if (state.succeeded !== false) {
				stderr.write(`srtgen-top: account ${state.name}: ${reading.message}\n`);
			}

			state.succeeded = false;
		} else {
			if (state.succeeded === false) {
				stderr.write(`srtgen-top: account ${state.name}: read again\n`);
			}

			const {snapshot, history, fetchedAt} = reading;
			const mark = await markOf(connection.place, snapshot.account);
			state.last = {snapshot, fetchedAt, assessment: assess({snapshot, history, mark, now: fetchedAt, warnBelow})};
			state.succeeded = true;
		}
	};

	const loop = async (): Promise<void> => {
		await poll();
		if (!stopped) {
			timer = setTimeout(() => void loop(), intervalSeconds * 1000);
		}
	};

	return {first: loop(), stop() {
		stopped = true;
		clearTimeout(timer);
	}};
}
