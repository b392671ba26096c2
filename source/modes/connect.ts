import {createClient, type BalanceClient} from '../api/client.js';
import type {Config} from '../config.js';
import {startDemoServer} from './demo.js';

export type Connection = {
	client: BalanceClient;
	/** What to show as the source of the numbers: the API host, or `demo`. */
	apiHost: string;
	demo: boolean;
	/** The origin the balance history is kept under; undefined for the demo, whose history is not kept. */
	historyOrigin: string | undefined;
	close(): Promise<void>;
};

/** A client for the configured account, or for the embedded demo account when there is no key. */
export async function connect(config: Config, userAgent: string): Promise<Connection> {
	const common = {timeoutSeconds: config.timeoutSeconds, userAgent};
	if (config.apiKey !== undefined && config.demo === false) {
		return {
			client: createClient({...common, baseUrl: config.baseUrl, apiKey: config.apiKey}),
			apiHost: config.baseUrl.host,
			demo: false,
			historyOrigin: config.baseUrl.origin,
			async close() {},
		};
	}

	const server = await startDemoServer();
	return {
		client: createClient({...common, baseUrl: server.baseUrl, apiKey: server.apiKey}),
		apiHost: 'demo account',
		demo: true,
		historyOrigin: undefined,
		close: server.close,
	};
}
