import {existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync} from 'node:fs';
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

const fresh = () => mkdtempSync(path.join(tmpdir(), 'srtgen-top-output-'));

test('--output onto a symbolic link is refused before any request, and the link and its target are left as they were', async () => {
	const {config, env} = twoAccountConfig(api);
	const dir = fresh();
	const target = path.join(dir, 'elsewhere.prom');
	writeFileSync(target, 'kept\n');
	const link = path.join(dir, 'srtgen.prom');
	symlinkSync(target, link);
	const before = api.requests.length;
	const run = await runCli(['--openmetrics', '--config', config, '--output', link], env);
	expect(run).toMatchObject({code: 2, stdout: ''});
	expect(run.stderr).toBe(
		`srtgen-top: --output ${link}: is a symbolic link; not replaced: give the path of the file itself.\n`,
	);
	expect(readlinkSync(link)).toBe(target);
	expect(readFileSync(target, 'utf8')).toBe('kept\n');
	expect(api.requests.length).toBe(before);
});

test('--output onto a directory, or into a directory that does not exist, is refused with a sentence, not a code', async () => {
	const {config, env} = twoAccountConfig(api);
	const directory = path.join(fresh(), 'srtgen.prom');
	mkdirSync(directory);
	const run = await runCli(['--openmetrics', '--config', config, '--output', directory], env);
	expect(run).toMatchObject({
		code: 2,
		stderr: `srtgen-top: --output ${directory}: is a directory; give a file's path.\n`,
	});
	const missing = path.join(fresh(), 'no', 'such', 'srtgen.prom');
	const nowhere = await runCli(['--openmetrics', '--config', config, '--output', missing], env);
	expect(nowhere).toMatchObject({
		code: 2,
		stderr: `srtgen-top: --output ${missing}: its directory does not exist.\n`,
	});
	expect(existsSync(missing)).toBe(false);
});

test('--output - writes the textfile collector\'s format to stdout', async () => {
	const {config, env} = twoAccountConfig(api);
	const run = await runCli(['--openmetrics', '--config', config, '--output', '-'], env);
	expect(run).toMatchObject({code: 0, stderr: ''});
	expect(run.stdout).toMatch(/^# TYPE srtgen_api_requests_total counter$/m);
	expect(run.stdout).not.toContain('# EOF');
	expect(sampleValue(run.stdout, 'srtgen_balance_credits{account="home"}')).toBe(120);
	expect(existsSync(path.join(process.cwd(), '-'))).toBe(false);
});
