import {ApiError} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import {recordReading} from '../state/recordReading.js';
import {mergeHistories, type History} from '../model/history.js';
import type {Connection} from './connect.js';

type Reading = {snapshot: Snapshot; fetchedAt: number; history: History};

/** One balance, added to the account's saved history. An ApiError comes back as the value; a notice goes to stderr. */
export async function fetchAndRecord(
	connection: Connection,
	stderr: NodeJS.WritableStream,
): Promise<Reading | ApiError> {
	let snapshot;
	try {
		snapshot = await connection.client.fetchBalance();
	} catch (error) {
		if (error instanceof ApiError) {
			return error;
		}

		throw error;
	}

	const fetchedAt = Date.now();
	const {history, notice} = await recordReading(snapshot, fetchedAt, connection.place);
	if (notice !== undefined) {
		stderr.write(`srtgen-top: ${notice}\n`);
	}

	return {
		snapshot,
		fetchedAt,
		history: connection.past.samples.length === 0 ? history : mergeHistories(connection.past, history),
	};
}
