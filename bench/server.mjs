import {readFileSync} from 'node:fs';
import http from 'node:http';

/** Serves the provider's documented sample response on 127.0.0.1, on a free port. */
export async function startSampleServer() {
	const body = readFileSync(new URL('../test/fixtures/balance-sample.json', import.meta.url));
	let requests = 0;
	const server = http.createServer((request, response) => {
		requests++;
		response.writeHead(200, {'content-type': 'application/json'}).end(body);
	});
	await new Promise(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		requests: () => requests,
		close: async () => new Promise(resolve => {
			server.closeAllConnections();
			server.close(resolve);
		}),
	};
}
