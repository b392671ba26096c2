import {randomBytes} from 'node:crypto';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {createDemoAccount} from './account.js';

export type DemoServer = {baseUrl: URL; apiKey: string; close: () => Promise<void>};

/**
 * Serves the demo account on 127.0.0.1 with the real API's shape and envelope, so the demo goes
 * through the same client, validation and error handling as a real account.
 */
export async function startDemoServer(): Promise<DemoServer> {
	const apiKey = `demo-${randomBytes(12).toString('hex')}`;
	const account = createDemoAccount(Date.now());
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
		async close() {
			server.closeAllConnections();
			await new Promise(resolve => {
				server.close(resolve);
			});
		},
	};
}
