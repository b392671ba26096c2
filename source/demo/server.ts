import {randomBytes} from 'node:crypto';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {createDemoAccount} from './account.js';

/** What the demo account answered before the demo started, as if a monitor had been watching it. */
export type PastReading = {at: number; body: Record<string, unknown>};

export type DemoServer = {baseUrl: URL; apiKey: string; past: PastReading[]; close: () => Promise<void>};

/**
 * The demo opens ten minutes into its account's day, with a reading every 5 s of them: a new user
 * sees the burn, the chart and a verdict at once, not a minute of "measuring…".
 */
const pastMs = 10 * 60_000;
const pastEveryMs = 5000;

/**
 * Serves the demo account (the demo's account `which`, the first by default) on 127.0.0.1 with the
 * real API's shape and envelope, so the demo goes
 * through the same client, validation and error handling as a real account.
 */
export async function startDemoServer(which = 0): Promise<DemoServer> {
	const apiKey = `demo-${randomBytes(12).toString('hex')}`;
	const now = Date.now();
	const account = createDemoAccount(now - pastMs, which);
	const past = Array.from({length: pastMs / pastEveryMs}, (_, index) => {
		const at = now - pastMs + (index * pastEveryMs);
		return {at, body: account.balanceAt(at)};
	});
	const server = http.createServer((request, response) => {
		const send = (status: number, body: unknown) => {
			response.writeHead(status, {'content-type': 'application/json'}).end(JSON.stringify(body));
		};

		if (request.headers['x-api-key'] !== apiKey) {
			send(401, {success: false, error: 'unauthorized', message: 'Invalid or expired API key'});
		} else if (request.method === 'GET' && request.url === '/api/v1/balance') {
			send(200, account.balanceAt(Date.now()));
		} else {
			send(404, {success: false, error: 'not_found', message: 'Not found'});
		}
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	server.unref();
	const {port} = server.address() as AddressInfo;
	return {
		baseUrl: new URL(`http://127.0.0.1:${port}`),
		apiKey,
		past,
		async close() {
			server.closeAllConnections();
			await new Promise(resolve => {
				server.close(resolve);
			});
		},
	};
}
