import {spawnSync} from 'node:child_process';
import net from 'node:net';
import {afterAll, afterEach, beforeAll, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {
	eventually,
	homeKey,
	required,
	sampleValue,
	startExporter,
	startTwoAccountApi,
	stopExporters,
	studioKey,
	twoAccountConfig,
} from '../helpers/exporter.js';

let api: Awaited<ReturnType<typeof startTwoAccountApi>>;

beforeAll(async () => {
	api = await startTwoAccountApi();
});

afterEach(() => {
	stopExporters();
	api.failing.clear();
});

afterAll(async () => {
	await api.close();
});

const scrape = async (url: URL, accept?: string) => {
	const response = await fetch(url, {headers: accept === undefined ? {} : {accept}});
	return {status: response.status, type: response.headers.get('content-type'), text: await response.text()};
};

/** The scrape once every account has been read (its success gauge is there). */
const whenRead = async (url: URL, accounts = ['studio', 'home']) => eventually(async () => {
	const {text} = await scrape(url);
	return accounts.every(account => sampleValue(text, `srtgen_fetch_success{account="${account}"}`) !== undefined)
		? text
		: undefined;
}, `every account read at ${url.href}`);

test('every account of the config file, by its name, with its plans; never a key; OpenMetrics when asked; /healthz', async () => {
	const {config, env} = twoAccountConfig(api);
	const exporter = await startExporter(['--config', config, '--interval', '3600'], env);
	expect(exporter.stderr()).toContain('serving studio, home on http://127.0.0.1:');
	const text = await whenRead(exporter.url);
	for (const [series, value] of [
		['srtgen_fetch_success{account="studio"}', 1],
		['srtgen_balance_credits{account="studio"}', 9000],
		['srtgen_balance_credits{account="home"}', 120],
		['srtgen_monthly_balance_credits{account="home"}', 1000],
		['srtgen_extra_balance_credits{account="home"}', 250],
		['srtgen_plan_balance_credits{account="home",plan="Starter Plan"}', 1000],
		['srtgen_plan_size_credits{account="home",plan="Starter Plan"}', 1000],
		[
			'srtgen_plan_reset_timestamp_seconds{account="home",plan="Starter Plan"}',
			Date.parse('2026-04-29T17:48:46.000Z') / 1000,
		],
		['srtgen_storage_used_bytes{account="home"}', 209_715_200],
		['srtgen_storage_limit_bytes{account="home"}', 10_737_418_240],
		['srtgen_api_requests_total{account="home"}', 1],
		['srtgen_api_errors_total{account="home",kind="server"}', 0],
	] as const) {
		expect(sampleValue(text, series), series).toBe(value);
	}

	const fetchedAt = sampleValue(text, 'srtgen_last_success_timestamp_seconds{account="studio"}')!;
	expect(Math.abs(fetchedAt - Date.now() / 1000)).toBeLessThan(600);
	// One reading is no rate: the projection is absent, not 0.
	expect(text).not.toMatch(/^srtgen_projected_empty_timestamp_seconds/m);
	expect(text).not.toMatch(/^srtgen_burn_rate_credits_per_second/m);
	for (const secret of [studioKey, homeKey, 'aaaa1111', 'bbbb2222']) {
		expect(text).not.toContain(secret);
	}

	const open = await scrape(
		exporter.url,
		'application/openmetrics-text; version=1.0.0,text/plain;version=0.0.4;q=0.5',
	);
	expect(open.type).toMatch(/^application\/openmetrics-text; version=1\.0\.0/);
	expect(open.text).toMatch(/^srtgen_balance_credits\{account="home"\} 120$/m);
	expect(open.text.endsWith('# EOF\n')).toBe(true);
	expect((await scrape(exporter.url)).type).toMatch(/^text\/plain; version=0\.0\.4/);
	expect(await scrape(new URL('/healthz', exporter.url))).toMatchObject({status: 200, text: 'ok\n'});
	expect((await scrape(new URL('/nothing', exporter.url))).status).toBe(404);
});

test('ten scrapers in parallel make no more requests to the API than the interval allows', async () => {
	const {config, env} = twoAccountConfig(api);
	const [studioBefore, homeBefore] = [api.count(studioKey), api.count(homeKey)];
	const started = Date.now();
	const exporter = await startExporter(['--config', config, '--interval', '2'], env);
	await whenRead(exporter.url);
	const scrapes = await Promise.all(Array.from({length: 10}, async () => {
		const statuses: number[] = [];
		for (let round = 0; round < 15; round++) {
			statuses.push((await scrape(exporter.url)).status);
		}

		return statuses;
	}));
	expect(scrapes.flat()).toEqual(Array.from({length: 150}, () => 200));
	// Counted after the scrapes: a request in flight now started within the time measured.
	const allowed = Math.floor((Date.now() - started) / 2000) + 1;
	for (const made of [api.count(studioKey) - studioBefore, api.count(homeKey) - homeBefore]) {
		expect(made).toBeGreaterThanOrEqual(1);
		expect(made).toBeLessThanOrEqual(allowed);
	}

	const text = (await scrape(exporter.url)).text;
	expect(sampleValue(text, 'srtgen_api_requests_total{account="studio"}')).toBeLessThanOrEqual(allowed);
});

test('a failing account keeps its last values with success 0, and the other goes on', async () => {
	const {config, env} = twoAccountConfig(api);
	const exporter = await startExporter(['--config', config, '--interval', '2'], env);
	const before = await whenRead(exporter.url);
	const studioReadAt = sampleValue(before, 'srtgen_last_success_timestamp_seconds{account="studio"}')!;
	api.failing.add('home');
	const text = await eventually(async () => {
		const {status, text} = await scrape(exporter.url);
		expect(status).toBe(200);
		const studioLater
			= sampleValue(text, 'srtgen_last_success_timestamp_seconds{account="studio"}')! > studioReadAt;
		return sampleValue(text, 'srtgen_fetch_success{account="home"}') === 0 && studioLater ? text : undefined;
	}, 'home failing while studio is read again');
	expect(sampleValue(text, 'srtgen_balance_credits{account="home"}')).toBe(120);
	expect(sampleValue(text, 'srtgen_fetch_success{account="studio"}')).toBe(1);
	expect(sampleValue(text, 'srtgen_api_errors_total{account="home",kind="server"}')).toBeGreaterThanOrEqual(1);
	expect(sampleValue(text, 'srtgen_api_errors_total{account="studio",kind="server"}')).toBe(0);
	expect(exporter.stderr()).toContain('srtgen-top: account home: ');
});

test('promtool check metrics accepts the output', async () => {
	const promtool = required(
		'promtool',
		'apt-get install prometheus (.ci/run installs it); this test is not skipped without it',
	);
	const {config, env} = twoAccountConfig(api);
	const exporter = await startExporter(['--config', config, '--interval', '3600'], env);
	const text = await whenRead(exporter.url);
	const check = spawnSync(promtool, ['check', 'metrics'], {input: text, encoding: 'utf8'});
	expect(`${check.stdout}${check.stderr}`).toBe('');
	expect(check.status).toBe(0);
});

test('SIGTERM and SIGINT end it through the one way out (143, 130), and free the port', async () => {
	const {config, env} = twoAccountConfig(api);
	for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
		const exporter = await startExporter(['--config', config, '--interval', '3600'], env);
		await whenRead(exporter.url);
		exporter.child.kill(signal);
		expect(await exporter.exited).toBe(code);
		await expect(fetch(exporter.url)).rejects.toThrow();
	}
});

test('a port in use is exit 2 with one clear line; --listen is checked and goes with --serve', async () => {
	const taken = net.createServer();
	await new Promise<void>(resolve => taken.listen(0, '127.0.0.1', resolve));
	const {port} = taken.address() as net.AddressInfo;
	const {config, env} = twoAccountConfig(api);
	const before = api.requests.length;
	const run = await runCli(['--serve', '--config', config, '--listen', `127.0.0.1:${port}`], env);
	taken.close();
	expect(run).toMatchObject({
		code: 2,
		stderr: `srtgen-top: --listen 127.0.0.1:${port}: the port is in use (another exporter?); choose another with --listen.\n`,
	});
	expect(api.requests.length).toBe(before);
	expect((await runCli(['--serve', '--config', config, '--listen', 'localhost'], env)).stderr).toMatch(/^srtgen-top: --listen: 'localhost' is not accepted; give HOST:PORT/);
	expect(
		await runCli(['--once', '--config', config, '--account', 'home', '--listen', '127.0.0.1:1'], env),
	).toMatchObject({code: 2, stderr: 'srtgen-top: --listen goes with --serve.\n'});
});
