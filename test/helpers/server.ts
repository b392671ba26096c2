import http from 'node:http';
import type {AddressInfo} from 'node:net';

export type Reply = {
	status?: number;
	headers?: Record<string, string>;
	body?: string;
	/** Never answers. */
	hang?: boolean;
	/** Sends the headers and the body, then never ends the response. */
	stallBody?: boolean;
	delayMs?: number;
	/** Answers only once this settles: a request held in flight for as long as a test needs. */
	until?: Promise<unknown>;
};
export type Handler = (request: http.IncomingMessage) => Reply;

export type TestServer = {
	url: URL;
	requests: http.IncomingMessage[];
	/** Changes what the server answers from now on. */
	reply(handler: Handler | Reply): void;
	close(): Promise<void>;
};

/** A real HTTP server on a loopback address and port 0 that records every request. */
export async function startServer(initial: Handler | Reply = {body: '{}'}, host = '127.0.0.1'): Promise<TestServer> {
	let handler = toHandler(initial);
	const requests: http.IncomingMessage[] = [];
	// Headers as large as a client may send: a test can send an absurdly long key and see it echoed.
	const server = http.createServer({maxHeaderSize: 1_000_000}, (request, response) => {
		requests.push(request);
		const reply = handler(request);
		if (reply.hang) {
			return;
		}

		const send = () => {
			response.writeHead(reply.status ?? 200, {'content-type': 'application/json', ...reply.headers});
			if (reply.stallBody) {
				response.write(reply.body ?? '');
			} else {
				response.end(reply.body ?? '');
			}
		};

		if (reply.until !== undefined) {
			void reply.until.then(send);
		} else if (reply.delayMs === undefined) {
			send();
		} else {
			setTimeout(send, reply.delayMs);
		}
	});
	await new Promise<void>(resolve => {
		server.listen(0, host, resolve);
	});
	const {port} = server.address() as AddressInfo;
	return {
		url: new URL(`http://${host}:${port}`),
		requests,
		reply(next) {
			handler = toHandler(next);
		},
		async close() {
			server.closeAllConnections();
			await new Promise(resolve => {
				server.close(resolve);
			});
		},
	};
}

function toHandler(value: Handler | Reply): Handler {
	return typeof value === 'function' ? value : () => value;
}
