import {createClient, type BalanceClient} from '../api/client.js';
import {toSnapshot} from '../api/snapshot.js';
import type {Transport} from '../api/transport.js';
import {addSample, sampleOf, type History} from '../model/history.js';
import type {Config} from '../config/config.js';
import type {AccountPlace} from '../state/accountFiles.js';
import {startDemoServer, type PastReading} from '../demo/server.js';

export type Connection = {
	client: BalanceClient;
	/** What to show as the source of the numbers: the API host, or `demo`. */
	apiHost: string;
	demo: boolean;
	/** Where the account's files are kept; undefined for the demo, whose history lives in memory. */
	place: AccountPlace | undefined;
	/** Readings from before this process started that no state file holds: the demo's past; empty otherwise. */
	past: History;
	close(): Promise<void>;
};

/** An account of the config file (or the demo's), connected: what the modes over every account run with. */
export type ConnectedAccount = {name: string; config: Config; connection: Connection};

/**
 * A client for the configured account, or for the embedded demo account when there is no key;
 * `transport` for a process that must stay small (see api/httpTransport.ts).
 */
export async function connect(config: Config, userAgent: string, transport?: Transport): Promise<Connection> {
	const common = {timeoutSeconds: config.timeoutSeconds, userAgent, transport};
	if (config.apiKey !== undefined && config.demo === false) {
		return {
			client: createClient({
				...common,
				baseUrl: config.baseUrl,
				apiKey: config.apiKey,
				keySource: config.keySource,
			}),
			apiHost: config.baseUrl.host,
			demo: false,
			place: {origin: config.baseUrl.origin, stateDir: config.stateDir},
			past: {samples: []},
			async close() {},
		};
	}

	const server = await startDemoServer(config.demoAccount);
	return {
		client: createClient({...common, baseUrl: server.baseUrl, apiKey: server.apiKey}),
		// Beside the DEMO badge and the account's name: "demo" once on the screen, not three times.
		apiHost: 'built-in sample',
		demo: true,
		place: undefined,
		past: historyOf(server.past),
		close: server.close,
	};
}

function historyOf(readings: PastReading[]): History {
	return readings.reduce<History>((history, {at, body}) => {
		const sample = sampleOf(toSnapshot(body), at);
		return sample === undefined ? history : addSample(history, sample);
	}, {samples: []});
}
