import type http from 'node:http';
import net from 'node:net';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {createMetrics} from '../../source/exporter/metrics.js';
import {serveMetrics} from '../../source/exporter/server.js';

// The exporter's own time-outs (10 s for a request, 5 s idle) are checked on a server made with
// them; what they do is seen on one made with a second each, so that no test waits out ten.
let defaults: http.Server;
let server: http.Server;
let port: number;

beforeAll(async () => {
	defaults = (await serveMetrics({host: '127.0.0.1', port: 0}, createMetrics([]))).server;
	const served = await serveMetrics({host: '127.0.0.1', port: 0}, createMetrics([]), {requestMs: 1000, idleMs: 1000});
	server = served.server;
	port = Number(/:(\d+)$/.exec(served.address)![1]);
});

afterAll(async () => {
	for (const each of [defaults, server]) {
		each.closeAllConnections();
		await new Promise(resolve => each.close(resolve));
	}
});

/** Opens a connection, sends `text`, and resolves with what came back and how long the server kept it open. */
async function held(text: string): Promise<{received: string; openMs: number}> {
	const socket = net.connect(port, '127.0.0.1');
	const started = Date.now();
	let received = '';
	socket.on('data', (chunk: Buffer) => {
		received += chunk.toString();
	});
	socket.on('connect', () => socket.write(text));
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			socket.destroy();
			reject(new Error(`the connection was still open after 20 s: ${received}`));
		}, 20_000);
		socket.on('close', () => {
			clearTimeout(timer);
			resolve({received, openMs: Date.now() - started});
		});
		socket.on('error', () => undefined);
	});
}

test('the exporter gives a request 10 s to come whole, and closes an idle connection after 5', () => {
	expect({
		headers: defaults.headersTimeout,
		request: defaults.requestTimeout,
		idle: defaults.keepAliveTimeout,
	}).toEqual({headers: 10_000, request: 10_000, idle: 5000});
});

test.concurrent('a request whose headers never end is closed after the request time-out, with a 408', async () => {
	const {received, openMs} = await held('GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n');
	expect(received).toMatch(/^HTTP\/1\.1 408 /);
	expect(openMs).toBeGreaterThanOrEqual(900);
	expect(openMs).toBeLessThan(5000);
}, 30_000);

test.concurrent('an idle connection is closed after the keep-alive time-out, once its answer is given', async () => {
	const {received, openMs} = await held('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
	expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n[^]*Keep-Alive: timeout=1\r\n/);
	expect(openMs).toBeGreaterThanOrEqual(900);
	expect(openMs).toBeLessThan(5000);
}, 30_000);
