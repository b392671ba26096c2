import {setTimeout as sleep} from 'node:timers/promises';
import {ApiError} from '../api/errors.js';
import type {Config} from '../config/config.js';
import type {Connection} from '../connection/connect.js';
import {fetchAndRecord} from '../connection/fetchAndRecord.js';
import type {Output} from '../process/output.js';
import type {CachedReading, LineCache} from '../state/lineCache.js';
import {fromCache, savedHistory} from './cachedLine.js';
import {lineAnswer, type LineAnswer} from './lineAnswer.js';
import {lineAlerts} from './lineAlerts.js';

/** An answer, and the alerts its refresh decided on, to send once the answer is shown. */
export type LineReading = {answer: LineAnswer; sendAlerts: (() => Promise<void>) | undefined};

/**
 * The status line's reading. The last one is answered from the cache while it is younger than
 * `maxAgeMs`; an older one is refreshed by one process at a time (a lock), while concurrent
 * callers answer from the cache. A failed refresh answers with the last reading, marked stale.
 * Alerts are decided under the lock by the one process that asks the API.
 */
export async function readLine(
	config: Config,
	connection: Connection,
	output: Output,
	maxAgeMs = config.maxAgeSeconds * 1000,
): Promise<LineReading> {
	let sendAlerts: (() => Promise<void>) | undefined;
	const {cache, cached, fresh} = await fromCache(config, connection.place, output, maxAgeMs);
	if (fresh !== undefined) {
		return {answer: fresh, sendAlerts};
	}

	const failed = async (failure: ApiError | 'busy'): Promise<LineReading> => {
		const now = Date.now();
		const staleMs = cached === undefined ? undefined : now - cached.fetchedAt;
		// With the saved history: a reading a few seconds stale keeps its rate and projection.
		const history = cached === undefined ? {samples: []} : await savedHistory(cached, connection.place);
		return {
			answer: await lineAnswer(
				config,
				connection.place,
				{snapshot: cached?.snapshot, history, now},
				staleMs,
				failure,
			),
			sendAlerts,
		};
	};

	// Holding the lock: a caller that read the old reading just before another's refresh saved a new
	// one, and took the lock just after, answers with that one instead of asking again.
	const refreshUnlessDone = async (into: LineCache) => {
		const meanwhile = await into.read();
		if (meanwhile !== undefined && meanwhile.fetchedAt > (cached?.fetchedAt ?? Number.NEGATIVE_INFINITY)) {
			return {...meanwhile, history: await savedHistory(meanwhile, connection.place)};
		}

		return refresh(into);
	};

	const refresh = async (into: LineCache | undefined) => {
		const reading = await fetchAndRecord(connection, output.stderr);
		if (!(reading instanceof ApiError)) {
			await into?.write(reading).catch(() => undefined);
		}

		const seen
			= reading instanceof ApiError
				? {
					at: Date.now(),
					snapshot: cached?.snapshot,
					history: cached === undefined ? {samples: []} : await savedHistory(cached, connection.place),
					error: reading,
				}
				: {at: reading.fetchedAt, snapshot: reading.snapshot, history: reading.history, error: undefined};
		sendAlerts = await lineAlerts(config, connection, seen, output);
		return reading;
	};

	const refreshed = await (cache?.refreshOnce(async () => refreshUnlessDone(cache)) ?? refresh(undefined));
	if (refreshed === 'busy') {
		// Another srtgen-top is asking the API; its answer, or the last one, will do: marked with
		// its age when it is older than the limit (a lock held by a hung refresh is no fresh news).
		const answer = cached ?? (await waitForAnswer(cache!, config.timeoutSeconds * 1000));
		if (answer === undefined) {
			return failed('busy');
		}

		const now = Date.now();
		const age = now - answer.fetchedAt;
		const staleMs = age >= 0 && age < maxAgeMs ? undefined : Math.max(0, age);
		return {
			answer: await lineAnswer(
				config,
				connection.place,
				{snapshot: answer.snapshot, history: await savedHistory(answer, connection.place), now},
				staleMs,
			),
			sendAlerts,
		};
	}

	if (refreshed instanceof ApiError) {
		return failed(refreshed);
	}

	return {
		answer: await lineAnswer(config, connection.place, {
			snapshot: refreshed.snapshot,
			history: refreshed.history,
			now: refreshed.fetchedAt,
		}),
		sendAlerts,
	};
}

async function waitForAnswer(cache: LineCache, timeoutMs: number): Promise<CachedReading | undefined> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		await sleep(50);
		const answer = await cache.read();
		if (answer !== undefined) {
			return answer;
		}
	}

	return undefined;
}
