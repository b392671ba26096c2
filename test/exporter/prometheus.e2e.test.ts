import {spawn} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, expect, test, vi} from 'vitest';
import {
	eventually,
	required,
	startExporter,
	startTwoAccountApi,
	stopExporters,
	twoAccountConfig,
} from '../helpers/exporter.js';

// A real Prometheus starts, scrapes and answers: minutes on a busy machine, seconds otherwise.
vi.setConfig({testTimeout: 300_000});

const stops: Array<() => Promise<unknown>> = [];

afterAll(async () => {
	stopExporters();
	await Promise.all(stops.map(async stop => stop()));
});

async function freePort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as net.AddressInfo;
	await new Promise(resolve => server.close(resolve));
	return port;
}

/** Prometheus on loopback, scraping `target` every second, its data in a temporary directory. */
async function startPrometheus(target: string): Promise<URL> {
	const binary = required(
		'prometheus',
		'apt-get install prometheus (.ci/run installs it); this test is not skipped without it',
	);
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-prometheus-'));
	writeFileSync(
		path.join(dir, 'prometheus.yml'),
		`global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: srtgen\n    static_configs:\n      - targets: ['${target}']\n`,
	);
	const port = await freePort();
	let output = '';
	const child = spawn(
		binary,
		[
			`--config.file=${path.join(dir, 'prometheus.yml')}`,
			`--storage.tsdb.path=${path.join(dir, 'data')}`,
			`--web.listen-address=127.0.0.1:${port}`,
		],
		{stdio: ['ignore', 'pipe', 'pipe']},
	);
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise(resolve => child.on('exit', resolve));
	stops.push(async () => {
		child.kill('SIGTERM');
		return exited;
	});
	const url = new URL(`http://127.0.0.1:${port}`);
	await eventually(
		async () => ((await fetch(new URL('/-/ready', url))).ok ? true : undefined),
		`Prometheus ready (its log: ${output.slice(-2000)})`,
		120_000,
	);
	return url;
}

type Result = Array<{metric: Record<string, string>; value: [number, string]}>;

/** An instant query: each series' value by its account label. */
async function query(prometheus: URL, expression: string): Promise<Record<string, number>> {
	const url = new URL('/api/v1/query', prometheus);
	url.searchParams.set('query', expression);
	const body = await (await fetch(url)).json() as {status: string; data: {result: Result}};
	expect(body.status).toBe('success');
	return Object.fromEntries(
		body.data.result.map(({metric, value}): [string, number] => [
			metric['account'] ?? metric['job'] ?? '',
			Number(value[1]),
		]),
	);
}

test('a real Prometheus scrapes every account; a failing one shows success 0 while the other goes on', async () => {
	const api = await startTwoAccountApi();
	stops.push(async () => api.close());
	const {config, env} = twoAccountConfig(api);
	const exporter = await startExporter(['--config', config, '--interval', '2'], env);
	const prometheus = await startPrometheus(exporter.url.host);

	const wait = 180_000;
	await eventually(async () => {
		const balances = await query(prometheus, 'srtgen_balance_credits');
		return balances['studio'] === 9000 && balances['home'] === 120 ? balances : undefined;
	}, 'both balances in Prometheus', wait);
	expect(await query(prometheus, 'up{job="srtgen"}')).toEqual({srtgen: 1});
	expect(await query(prometheus, 'srtgen_fetch_success')).toEqual({studio: 1, home: 1});
	const studioRead = (await query(prometheus, 'srtgen_last_success_timestamp_seconds'))['studio']!;

	api.failing.add('home');
	await eventually(async () => {
		const success = await query(prometheus, 'srtgen_fetch_success');
		const read = await query(prometheus, 'srtgen_last_success_timestamp_seconds');
		return success['home'] === 0 && success['studio'] === 1 && read['studio']! > studioRead ? true : undefined;
	}, 'home failing and studio read again, in Prometheus', wait);
	expect(await query(prometheus, 'srtgen_balance_credits')).toEqual({studio: 9000, home: 120});
	expect((await query(prometheus, 'srtgen_api_errors_total{kind="server"}'))['home']).toBeGreaterThanOrEqual(1);
	expect(await query(prometheus, 'up{job="srtgen"}')).toEqual({srtgen: 1});
});
