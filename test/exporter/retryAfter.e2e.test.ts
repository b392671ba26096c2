import {afterAll, afterEach, beforeAll, expect, test} from 'vitest';
import {eventually, sampleValue, startExporter, stopExporters} from '../helpers/exporter.js';
import {startServer, type TestServer} from '../helpers/server.js';

let api: TestServer;

beforeAll(async () => {
	api = await startServer({
		status: 429,
		headers: {'retry-after': '999999'},
		body: '{"success":false,"error":"rate_limited","message":"Slow down"}',
	});
});

afterEach(() => {
	stopExporters();
	api.requests.length = 0;
});

afterAll(async () => {
	await api.close();
});

test('a 429 with Retry-After holds the exporter\'s polls for as long as it asks (capped at an hour), and says so truly', async () => {
	const exporter = await startExporter(['--interval', '2'], {
		SRTGEN_API_KEY: 'sk_live_retry_9f8e7d6c',
		SRTGEN_BASE_URL: api.url.href,
	});
	await eventually(async () => {
		const text = await (await fetch(exporter.url)).text();
		return sampleValue(text, 'srtgen_fetch_success{account="default"}') === 0 ? text : undefined;
	}, 'the first poll failed');
	// Three intervals: long enough for an exporter that ignores Retry-After to ask again, twice.
	await new Promise(resolve => setTimeout(resolve, 6500));
	expect(api.requests).toHaveLength(1);
	expect(exporter.stderr()).toContain('Rate limited by the API (429: Slow down); retry after 3600s.');
});
