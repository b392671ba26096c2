import {setTimeout as sleep} from 'node:timers/promises';
import {ApiError} from '../api/errors.js';
import type {Snapshot} from '../api/snapshot.js';
import type {Config} from '../config/config.js';
import {openLineCache, type CachedReading, type LineCache} from '../state/lineCache.js';
import {accountFiles} from '../state/accountFiles.js';
import {openHistoryStore} from '../state/historyStore.js';
import {assess} from '../model/assessment.js';
import {exitCode, exitCodeForError} from '../process/exitCodes.js';
import type {History} from '../model/history.js';
import {markOf} from '../state/markStore.js';
import type {Connection} from '../connection/connect.js';
import {fetchAndRecord} from '../connection/fetchAndRecord.js';
import {formatLine} from './formatLine.js';
import {lineAlerts} from './lineAlerts.js';
import type {Output} from '../process/output.js';
import {ConfigError} from '../config/error.js';
import {defaultLineTemplate, parseLineFormat} from './template.js';

/**
 * --line. With a key, the last reading is answered from the cache while it is younger than
 * --max-age; an older one is refreshed by one process at a time (a lock), while concurrent
 * callers answer from the cache. A failed refresh prints the last reading marked stale (`!3m`).
 */
export async function runStatusLine(config: Config, connection: Connection, output: Output): Promise<number> {
	// Alerts are decided under the lock by the one process that asks the API, and sent after the
	// line is printed: a slow --on-alert holds up neither the line nor the other callers.
	let sendAlerts: (() => Promise<void>) | undefined;
	const code = await printLine(config, connection, output, send => {
		sendAlerts = send;
	});
	await sendAlerts?.();
	return code;
}

async function printLine(config: Config, connection: Connection, output: Output, alertsToSend: (send: (() => Promise<void>) | undefined) => void): Promise<number> {
	const template = config.lineFormat === undefined ? defaultLineTemplate : parseLineFormat(config.lineFormat);
	if (typeof template === 'string') {
		throw new ConfigError(template);
	}

	const print = async (snapshot: Snapshot | undefined, now: number, history: History, staleMs?: number) => {
		const assessment = snapshot === undefined ? undefined : assess({snapshot, history, mark: await markOf(connection.place, snapshot.account), now, warnBelow: config.warnBelow});
		const reading = snapshot === undefined || assessment === undefined ? undefined : {snapshot, assessment};
		output.stdout.write(`${formatLine(reading, {now, demo: connection.demo, staleMs, template, style: config.tmux ? 'tmux' : 'plain'})}\n`);
		return assessment?.low === true ? exitCode.lowBalance : exitCode.ok;
	};

	const cache = await cacheFor(config, connection, output);
	const cached = await cache?.read();
	const age = cached === undefined ? -1 : Date.now() - cached.fetchedAt;
	// A reading from the future (the clock went back) is as good as none.
	if (cache === undefined || cached === undefined || age < 0 || age >= config.maxAgeSeconds * 1000) {
		const refreshed = await (cache?.refreshOnce(async () => refreshUnlessDone(cache)) ?? refresh(undefined));
		if (refreshed === 'busy') {
			// Another srtgen-top is asking the API; its answer, or the last one, will do: marked with
			// its age when it is older than --max-age (a lock held by a hung refresh is no fresh news).
			const answer = cached ?? await waitForAnswer(cache!, config.timeoutSeconds * 1000);
			if (answer === undefined) {
				return failed(undefined);
			}

			const now = Date.now();
			const answerAge = now - answer.fetchedAt;
			const fresh = answerAge >= 0 && answerAge < config.maxAgeSeconds * 1000;
			return print(answer.snapshot, now, await savedHistory(answer, connection), fresh ? undefined : Math.max(0, answerAge));
		}

		if (refreshed instanceof ApiError) {
			return failed(refreshed);
		}

		return print(refreshed.snapshot, refreshed.fetchedAt, refreshed.history);
	}

	return print(cached.snapshot, Date.now(), await savedHistory(cached, connection));

	// Holding the lock: a caller that read the old reading just before another's refresh saved a new
	// one, and took the lock just after, answers with that one instead of asking again.
	async function refreshUnlessDone(into: LineCache) {
		const meanwhile = await into.read();
		if (meanwhile !== undefined && meanwhile.fetchedAt > (cached?.fetchedAt ?? Number.NEGATIVE_INFINITY)) {
			return {...meanwhile, history: await savedHistory(meanwhile, connection)};
		}

		return refresh(into);
	}

	async function refresh(into: LineCache | undefined) {
		const reading = await fetchAndRecord(connection, output.stderr);
		if (!(reading instanceof ApiError)) {
			await into?.write(reading).catch(() => undefined);
		}

		const seen = reading instanceof ApiError
			? {at: Date.now(), snapshot: cached?.snapshot, history: cached === undefined ? {samples: []} : await savedHistory(cached, connection), error: reading}
			: {at: reading.fetchedAt, snapshot: reading.snapshot, history: reading.history, error: undefined};
		alertsToSend(await lineAlerts(config, connection, seen, output));
		return reading;
	}

	async function failed(error: ApiError | undefined): Promise<number> {
		output.stderr.write(`srtgen-top: ${error?.message ?? 'No balance yet: another srtgen-top is asking the API.'}\n`);
		const now = Date.now();
		await print(cached?.snapshot, now, {samples: []}, cached === undefined ? undefined : now - cached.fetchedAt);
		return error === undefined ? exitCode.apiFailure : exitCodeForError(error);
	}
}

/** The cache for a real key; none for the demo account, or when the state directory is unusable. */
async function cacheFor(config: Config, connection: Connection, output: Output): Promise<LineCache | undefined> {
	if (config.apiKey === undefined || connection.place === undefined) {
		return undefined;
	}

	try {
		const warn = (line: string) => output.stderr.write(`srtgen-top: ${line}\n`);
		return await openLineCache({stateDir: connection.place.stateDir, baseUrl: config.baseUrl, apiKey: config.apiKey, lockStaleMs: (config.timeoutSeconds + 5) * 1000, warn});
	} catch (error) {
		output.stderr.write(`srtgen-top: no status line cache, asking the API every time (${(error as Error).message}).\n`);
		return undefined;
	}
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

async function savedHistory(reading: CachedReading, connection: Connection): Promise<History> {
	const files = accountFiles(connection.place, reading.snapshot.account);
	return files === undefined ? {samples: []} : (await openHistoryStore(files).peek()).history;
}
