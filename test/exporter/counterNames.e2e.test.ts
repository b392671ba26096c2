import {spawnSync} from 'node:child_process';
import type http from 'node:http';
import {afterEach, expect, test} from 'vitest';
import type {AccountState} from '../../source/exporter/accountState.js';
import {createMetrics} from '../../source/exporter/metrics.js';
import {serveMetrics} from '../../source/exporter/server.js';
import {required} from '../helpers/exporter.js';

let server: http.Server | undefined;

afterEach(async () => {
	await new Promise(resolve => {
		if (server === undefined) {
			resolve(undefined);
		} else {
			server.close(resolve);
		}
	});
});

const openMetricsAccept = 'application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5';

test('an OpenMetrics scrape leaves the text format\'s counters named *_total, and promtool accepts the text after one', async () => {
	const promtool = required(
		'promtool',
		'apt-get install prometheus (.ci/run installs it); this test is not skipped without it',
	);
	const states: AccountState[] = [{name: 'studio', last: undefined, succeeded: false}];
	const metrics = createMetrics(states);
	metrics.addAccount('studio');
	metrics.countRequest('studio');
	metrics.countError('studio', 'server');
	const served = await serveMetrics({host: '127.0.0.1', port: 0}, metrics);
	server = served.server;
	const scrape = async (accept?: string) => (await fetch(`http://${served.address}/metrics`, {headers: accept === undefined ? {} : {accept}})).text();

	for (let round = 0; round < 3; round++) {
		const openMetrics = await scrape(openMetricsAccept);
		expect(openMetrics).toMatch(/^srtgen_api_requests_total\{account="studio"\} 1$/m);
		expect(openMetrics).toMatch(/^# TYPE srtgen_api_requests counter$/m);
		const text = await scrape();
		expect(text).toMatch(/^srtgen_api_requests_total\{account="studio"\} 1$/m);
		expect(text).toMatch(/^srtgen_api_errors_total\{account="studio",kind="server"\} 1$/m);
		expect(text).toMatch(/^# TYPE srtgen_api_requests_total counter$/m);
		const check = spawnSync(promtool, ['check', 'metrics'], {input: text, encoding: 'utf8'});
		expect(`${check.stdout}${check.stderr}`).toBe('');
		expect(check.status).toBe(0);
	}
});
