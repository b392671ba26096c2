import {mkdtempSync, readFileSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {sampleValue, startTwoAccountApi, twoAccountConfig} from '../helpers/exporter.js';

let api: Awaited<ReturnType<typeof startTwoAccountApi>>;

beforeAll(async () => {
	api = await startTwoAccountApi();
});

afterAll(async () => {
	await api.close();
});

test('--openmetrics prints every account once, in OpenMetrics', async () => {
	const {config, env} = twoAccountConfig(api);
	const run = await runCli(['--openmetrics', '--config', config], env);
	expect(run).toMatchObject({code: 0, stderr: ''});
	expect(sampleValue(run.stdout, 'srtgen_balance_credits{account="studio"}')).toBe(9000);
	expect(sampleValue(run.stdout, 'srtgen_balance_credits{account="home"}')).toBe(120);
	expect(run.stdout).toMatch(/^# TYPE srtgen_api_requests counter$/m);
	expect(run.stdout.endsWith('# EOF\n')).toBe(true);
});

test('--output writes the textfile collector\'s format atomically, readable by it; a failing account is there with success 0, exit 4', async () => {
	const {config, env} = twoAccountConfig(api);
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-textfile-')), 'srtgen.prom');
	expect(await runCli(['--openmetrics', '--config', config, '--output', file], env)).toMatchObject({
		code: 0,
		stdout: '',
		stderr: '',
	});
	expect(statSync(file).mode & 0o044).toBe(0o044);
	const text = readFileSync(file, 'utf8');
	expect(text).toMatch(/^# TYPE srtgen_api_requests_total counter$/m);
	expect(sampleValue(text, 'srtgen_fetch_success{account="home"}')).toBe(1);

	api.failing.add('home');
	const failing = await runCli(['--openmetrics', '--config', config, '--output', file], env);
	api.failing.clear();
	expect(failing.code).toBe(4);
	expect(failing.stderr).toMatch(/^srtgen-top: account home: /);
	const after = readFileSync(file, 'utf8');
	expect(sampleValue(after, 'srtgen_fetch_success{account="home"}')).toBe(0);
	expect(sampleValue(after, 'srtgen_balance_credits{account="studio"}')).toBe(9000);
	expect(await runCli(['--once', '--config', config, '--account', 'home', '--output', file], env)).toMatchObject({
		code: 2,
		stderr: 'srtgen-top: --output goes with --openmetrics.\n',
	});
});
