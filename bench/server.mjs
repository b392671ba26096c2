import http from 'node:http';
import sample from '../test/fixtures/balance-sample.json' with {type: 'json'};

/** The provider's documented sample response, its plan resetting `resetInMs` after now. */
export function sampleBody(resetInMs, total = sample.credits.totalBalance) {
	const plans = sample.credits.plans.map(plan => ({
		...plan,
		resetTime: new Date(Date.now() + resetInMs).toISOString(),
	}));
	return {...sample, credits: {...sample.credits, totalBalance: total, plans}};
}

/** Serves the sample response on 127.0.0.1, on a free port; a steady account: the same numbers every time. */
export async function startSampleServer({resetInMs = 10 * 86_400_000} = {}) {
	const body = JSON.stringify(sampleBody(resetInMs));
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
