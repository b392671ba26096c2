import type http from 'node:http';
import net from 'node:net';
import {afterEach, expect, test} from 'vitest';
import {createMetrics} from '../../source/exporter/metrics.js';
import {serveMetrics} from '../../source/exporter/server.js';

let server: http.Server | undefined;

afterEach(async () => {
	server?.closeAllConnections();
	await new Promise(resolve => {
		if (server === undefined) {
			resolve(undefined);
		} else {
			server.close(resolve);
		}
	});
});

/**
 * Sends `count` pipelined GET /metrics on one connection; resolves with what came back once the
 * server closes it or `quietMs` pass without data.
 */
async function pipelined(
	count: number,
	read: boolean,
	quietMs = 1000,
): Promise<{answers: number; closedByServer: boolean}> {
	const served = await serveMetrics(
		{host: '127.0.0.1', port: 0},
		createMetrics([{name: 'studio', last: undefined, succeeded: true}]),
	);
	server = served.server;
	const [, port] = /:(\d+)$/.exec(served.address)!;
	const socket = net.connect(Number(port), '127.0.0.1');
	let received = '';
	return new Promise(resolve => {
		let timer: NodeJS.Timeout | undefined;
		const done = (closedByServer: boolean) => {
			clearTimeout(timer);
			socket.destroy();
			resolve({answers: received.split('HTTP/1.1 200 OK').length - 1, closedByServer});
		};

		const quiet = () => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				done(false);
			}, quietMs);
		};

		socket.on('connect', () => {
			socket.write('GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'.repeat(count));
			quiet();
		});
		socket.on('data', (chunk: Buffer) => {
			received += chunk.toString();
			quiet();
		});
		socket.on('close', () => {
			done(true);
		});
		socket.on('error', () => undefined);
		if (!read) {
			socket.pause();
		}
	});
}

test('a client that pipelines a few requests and reads the answers gets every one, on a connection kept open', async () => {
	expect(await pipelined(10, true)).toEqual({answers: 10, closedByServer: false});
});

test('a client that pipelines many requests without reading is cut off, not answered thousands of times', async () => {
	const {closedByServer} = await pipelined(2000, false, 5000);
	expect(closedByServer).toBe(true);
});
