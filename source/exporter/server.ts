import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {exposureWarning, listenText, type Listen} from '../config/listen.js';
import {ConfigError} from '../config/error.js';
import {admitRequest, connectionTimeouts, serverOptions, type ConnectionTimeouts} from './connectionLimits.js';
import type {Metrics} from './metrics.js';
import {sliceConnections} from './slicedConnection.js';

const reasons: Record<string, string> = {
	EADDRINUSE: 'the port is in use (another exporter?); choose another with --listen',
	EACCES: 'not allowed to listen there; use a port above 1023',
	EADDRNOTAVAIL: 'no such address on this machine',
	ENOTFOUND: 'no such host',
};

const wantsOpenMetrics = (accept: string | undefined) => /application\/openmetrics-text/i.test(accept ?? '');

/** GET /metrics (OpenMetrics when the Accept header asks for it) and /healthz; the scrape never asks the API. */
export async function serveMetrics(
	listen: Listen,
	metrics: Metrics,
	timeouts: ConnectionTimeouts = connectionTimeouts,
): Promise<{server: http.Server; address: string; warning: string | undefined}> {
	const server = http.createServer(serverOptions(timeouts), (request, response) => {
		if (!admitRequest(request, response)) {
			return;
		}

		void answer(request, response, metrics).catch((error: unknown) => {
			response
				.writeHead(500, {'content-type': 'text/plain'})
				.end(`${error instanceof Error ? error.message : String(error)}\n`);
		});
	});
	sliceConnections(server);
	await new Promise<void>((resolve, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) => {
			reject(new ConfigError(`--listen ${listenText(listen)}: ${reasons[error.code ?? ''] ?? error.message}.`));
		});
		server.listen(listen.port, listen.host, resolve);
	});
	const {address, port} = server.address() as AddressInfo;
	return {server, address: listenText({host: address, port}), warning: exposureWarning(address, listen)};
}

async function answer(request: http.IncomingMessage, response: http.ServerResponse, metrics: Metrics): Promise<void> {
	const {pathname} = new URL(request.url ?? '/', 'http://exporter');
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.writeHead(405, {allow: 'GET, HEAD', 'content-type': 'text/plain'}).end('GET only\n');
	} else if (pathname === '/metrics') {
		const registry = wantsOpenMetrics(request.headers.accept) ? metrics.openMetrics : metrics.text;
		const body = await registry.metrics();
		response
			.writeHead(200, {'content-type': registry.contentType})
			.end(request.method === 'HEAD' ? undefined : body);
	} else if (pathname === '/healthz') {
		response.writeHead(200, {'content-type': 'text/plain'}).end('ok\n');
	} else if (pathname === '/') {
		response
			.writeHead(200, {'content-type': 'text/html'})
			.end('<html><body><h1>srtgen-top exporter</h1><p><a href="/metrics">Metrics</a></p></body></html>\n');
	} else {
		response.writeHead(404, {'content-type': 'text/plain'}).end('Not found: try /metrics\n');
	}
}
