import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli, temporaryStateDir} from '../helpers/cli.js';
import {sample} from '../helpers/fixtures.js';
import {recorders} from '../helpers/recorders.js';
import {startServer, type TestServer} from '../helpers/server.js';

const key = 'sk_live_alerts_5e6f7a8b';
let server: TestServer;
let balance = 1250;
let failing = false;

beforeAll(async () => {
	server = await startServer(() => {
		if (failing) {
			return {
				status: 401,
				body: '{"success":false,"error":"unauthorized","message":"Invalid or expired API key"}',
			};
		}

		const body = sample();
		body['credits'].totalBalance = balance;
		return {body: JSON.stringify(body)};
	});
});

afterAll(async () => {
	await server.close();
});

test('--line fires an alert once when it starts and once when it ends, to the command and notify-send, never with the key', async () => {
	const hooks = recorders();
	const env = {
		SRTGEN_API_KEY: key,
		SRTGEN_BASE_URL: server.url.href,
		SRTGEN_TOP_STATE_DIR: temporaryStateDir(),
		PATH: `${hooks.dir}:${process.env['PATH'] ?? ''}`,
	};
	const line = async () =>
		runCli(['--line', '--max-age', '0', '--warn', '1000', '--notify', '--on-alert', hooks.hook], env);
	balance = 1250;
	expect((await line()).code).toBe(0);
	expect(hooks.alerts()).toEqual([]);
	balance = 900;
	expect((await line()).stdout).toMatch(/^900 credits LOW/);
	balance = 880;
	await line();
	expect(hooks.alerts()).toHaveLength(1);
	expect(hooks.alerts()[0]).toContain('SRTGEN_EVENT=low\n');
	expect(hooks.alerts()[0]).toContain('SRTGEN_PHASE=start\n');
	expect(hooks.alerts()[0]).toContain('SRTGEN_MESSAGE=SRTGen credits low: 900 left, below 1,000\n');
	expect(hooks.alerts()[0]).toContain('SRTGEN_BALANCE=900\n');
	expect(hooks.alerts()[0]).toContain('SRTGEN_ACCOUNT=Alex Rivera\n');
	expect(hooks.notified()).toEqual([
		'--app-name=srtgen-top|srtgen-top: low|SRTGen credits low: 900 left, below 1,000|',
	]);
	balance = 1500;
	await line();
	expect(hooks.alerts()).toHaveLength(2);
	expect(hooks.alerts()[1]).toContain('SRTGEN_PHASE=end\n');
	expect(hooks.alerts()[1]).toContain('SRTGEN_MESSAGE=SRTGen credits back above 1,000: 1,500\n');
	expect(hooks.everything()).not.toContain(key);
	expect(hooks.everything()).not.toContain('SRTGEN_API_KEY');
});

test('eight tmux clients calling --line at once: the alert fires once', async () => {
	const hooks = recorders();
	const env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: temporaryStateDir()};
	balance = 1250;
	await runCli(['--line', '--max-age', '0'], env);
	balance = 700;
	const runs = await Promise.all(
		Array.from({length: 8}, async () =>
			runCli(['--line', '--max-age', '0', '--warn', '1000', '--on-alert', hooks.hook], env),
		),
	);
	expect(runs.every(run => run.stdout.includes('credits'))).toBe(true);
	expect(hooks.alerts()).toHaveLength(1);
	expect(hooks.alerts()[0]).toContain('SRTGEN_EVENT=low\n');
});

test('a rejected key fires from --line too, and a failing command is a notice on stderr, not a failure', async () => {
	const env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: temporaryStateDir()};
	balance = 1250;
	await runCli(['--line', '--max-age', '0'], env);
	failing = true;
	try {
		const run = await runCli(['--line', '--max-age', '0', '--on-alert', 'false'], env);
		expect(run.code).toBe(3);
		expect(run.stderr).toContain('srtgen-top: --on-alert exited with code 1');
	} finally {
		failing = false;
	}
});

test('--on-alert with shell syntax needs --on-alert-shell; --on-alert-shell alone is refused', async () => {
	const env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: temporaryStateDir()};
	const piped = await runCli(['--line', '--on-alert', 'echo $SRTGEN_MESSAGE | mail me'], env);
	expect(piped.code).toBe(2);
	expect(piped.stderr).toContain('add --on-alert-shell');
	expect((await runCli(['--line', '--on-alert-shell'], env)).stderr).toBe(
		'srtgen-top: --on-alert-shell goes with --on-alert.\n',
	);
});
