import pLimit from 'p-limit';
import {connect} from '../connection/connect.js';
import {readingsAtOnce} from '../connection/pollSchedule.js';
import {registerCleanup} from '../process/shutdown.js';
import type {ExportedAccount} from '../config/accounts.js';
import type {AccountState} from './accountState.js';
import {createMetrics, type Metrics} from './metrics.js';
import {pollAccount} from './poller.js';
import {serveMetrics} from './server.js';

/** The accounts' states, and their metrics: filled by polling, read by every scrape. */
export function exportedState(accounts: ExportedAccount[]): {states: AccountState[]; metrics: Metrics} {
	const states: AccountState[] = accounts.map(({name}) => ({name, last: undefined, succeeded: undefined}));
	const metrics = createMetrics(states);
	for (const {name} of states) {
		metrics.addAccount(name);
	}

	return {states, metrics};
}

/** Connects every account and polls each at its own --interval; `first` settles when each has been asked once. */
export async function startPolling(
	accounts: ExportedAccount[],
	states: AccountState[],
	metrics: Metrics,
	userAgent: string,
	stderr: NodeJS.WritableStream,
) {
	const connections = await Promise.all(accounts.map(async ({config}) => connect(config, userAgent)));
	const limit = pLimit(readingsAtOnce);
	const polls = states.map((state, index) =>
		pollAccount(state, connections[index]!, accounts[index]!.config, metrics, stderr, limit),
	);
	return {
		first: Promise.all(polls.map(async poll => poll.first)),
		async stop() {
			for (const poll of polls) {
				poll.stop();
			}

			await Promise.all(connections.map(async connection => connection.close()));
		},
	};
}

/** --serve: the metrics of every account over HTTP, until a signal ends it through shutdown. */
export async function runExporter(
	accounts: ExportedAccount[],
	userAgent: string,
	stderr: NodeJS.WritableStream,
): Promise<never> {
	const {states, metrics} = exportedState(accounts);
	// Listening first: a port in use is said at once, before any request to the API.
	const {server, address, warning} = await serveMetrics(accounts[0]!.config.listen, metrics);
	if (warning !== undefined) {
		stderr.write(`srtgen-top: ${warning}\n`);
	}

	const polling = await startPolling(accounts, states, metrics, userAgent, stderr);
	registerCleanup('view', async () => {
		server.closeIdleConnections();
		await Promise.all([new Promise(resolve => server.close(resolve)), polling.stop()]);
	});
	stderr.write(
		`srtgen-top: serving ${accounts.map(account => account.name).join(', ')} on http://${address}/metrics\n`,
	);
	return new Promise<never>(() => undefined);
}
