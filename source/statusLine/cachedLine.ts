import type {Config} from '../config/config.js';
import {keyFileWarning} from '../config/readConfigFile.js';
import type {History} from '../model/history.js';
import type {Output} from '../process/output.js';
import {accountFiles, type AccountPlace} from '../state/accountFiles.js';
import {openHistoryStore} from '../state/historyStore.js';
import {openLineCache, type CachedReading, type LineCache} from '../state/lineCache.js';
import {stateDirWarning} from '../state/stateDirCheck.js';
import {lineAnswer, type LineAnswer} from './lineAnswer.js';

/** The status line's cache, what it holds, and the answer it gives when that is younger than `maxAgeMs`. */
export type FromCache = {
	cache: LineCache | undefined;
	cached: CachedReading | undefined;
	fresh: LineAnswer | undefined;
};

/**
 * Reads the cache, as every status line call does first. Loads nothing that asks the API: a cache
 * hit is answered from here alone (see quickLine.ts).
 */
export async function fromCache(
	config: Config,
	place: AccountPlace | undefined,
	output: Output,
	maxAgeMs: number,
): Promise<FromCache> {
	const cache = await cacheFor(config, place, output);
	const cached = await cache?.read();
	const age = cached === undefined ? -1 : Date.now() - cached.fetchedAt;
	// A reading from the future (the clock went back) is as good as none.
	if (cached === undefined || age < 0 || age >= maxAgeMs) {
		return {cache, cached, fresh: undefined};
	}

	return {
		cache,
		cached,
		fresh: await lineAnswer(config, place, {
			snapshot: cached.snapshot,
			history: await savedHistory(cached, place),
			now: Date.now(),
		}),
	};
}

/** The cache for a real key; none for the demo account, or when the state directory is unusable. */
export async function cacheFor(
	config: Config,
	place: AccountPlace | undefined,
	output: Output,
): Promise<LineCache | undefined> {
	if (config.apiKey === undefined || place === undefined) {
		return undefined;
	}

	try {
		const warn = (line: string) => output.stderr.write(`srtgen-top: ${line}\n`);
		return await openLineCache({
			stateDir: place.stateDir,
			baseUrl: config.baseUrl,
			apiKey: config.apiKey,
			lockStaleMs: (config.timeoutSeconds + 5) * 1000,
			warn,
		});
	} catch (error) {
		output.stderr.write(
			`srtgen-top: no status line cache, asking the API every time (${(error as Error).message}).\n`,
		);
		return undefined;
	}
}

export async function savedHistory(reading: CachedReading, place: AccountPlace | undefined): Promise<History> {
	const files = accountFiles(place, reading.snapshot.account);
	return files === undefined ? {samples: []} : (await openHistoryStore(files).peek()).history;
}

/** What a cache hit says first, as the whole program would: the config file's warning, the state directory's. */
export async function hitWarnings(config: Config): Promise<string[]> {
	const warnings = [keyFileWarning(config.configFile, config.configKeyFile), await stateDirWarning(config.stateDir)];
	return warnings.filter(line => line !== undefined);
}
