import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {binary, runCli, temporaryStateDir, type Run} from './helpers/cli.js';
import {sample, sampleBody, unauthorizedBody} from './helpers/fixtures.js';
import {startServer, type TestServer} from './helpers/server.js';

const key = 'sk_live_e2e_9f8e7d6c5b4a';
let server: TestServer;
let env: Record<string, string>;

beforeAll(async () => {
	server = await startServer({body: sampleBody});
	env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href};
});

afterAll(async () => {
	await server.close();
});

function expectNoKey(run: Run) {
	expect(run.stdout).not.toContain(key);
	expect(run.stderr).not.toContain(key);
	expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('one-shot modes against a real server', () => {
	test('--once prints the snapshot readably, without colour when not a terminal', async () => {
		server.reply({body: sampleBody});
		const run = await runCli(['--once'], env);
		expectNoKey(run);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Alex Rivera');
		expect(run.stdout).toContain('Total    1,250 credits');
		expect(run.stdout).toContain('monthly 1,000 + extra 250');
		expect(run.stdout).toMatch(/Starter Plan {2}active {2}1,000 \/ 1,000 · 100% left {2}reset due/);
		expect(run.stdout).toContain('Storage  200 MB of 10 GB · 2% used');
		expect(run.stdout).toContain('Outlook  … measuring… (45s of readings needed)');
		expect(run.stdout).not.toContain('\u001B[');
		expect(server.requests.at(-1)?.headers['user-agent']).toMatch(/^srtgen-top\/\d+\.\d+\.\d+$/);
	});

	test('--json prints the documented object', async () => {
		const run = await runCli(['--json'], env);
		expectNoKey(run);
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as Record<string, any>;
		expect(json['schemaVersion']).toBe(1);
		expect(json['credits']).toEqual({total: 1250, monthly: 1000, extra: 250, warnBelow: null, low: false});
		expect(json['plans'][0]).toMatchObject({id: 'starter', resetTime: '2026-04-29T17:48:46.000Z'});
		expect(Date.parse(json['fetchedAt'] as string)).toBeGreaterThan(Date.now() - 60_000);
	});

	test('--line prints one line', async () => {
		const run = await runCli(['--line'], env);
		expectNoKey(run);
		expect(run.stdout).toBe('1,250 credits · Starter Plan reset due\n');
	});

	test('--key-file reads the key from a file', async () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-')), 'key');
		writeFileSync(file, `${key}\n`);
		const before = server.requests.length;
		const run = await runCli(['--line', '--key-file', file], {SRTGEN_BASE_URL: server.url.href});
		expect(run.code).toBe(0);
		expect(server.requests[before]?.headers['x-api-key']).toBe(key);
	});
});

describe('exit codes', () => {
	test('1: the balance is below --warn', async () => {
		const run = await runCli(['--json', '--warn', '2000'], env);
		expectNoKey(run);
		expect(run.code).toBe(1);
		expect(JSON.parse(run.stdout)).toMatchObject({credits: {low: true, warnBelow: 2000}});
	});

	test('0: the balance is at or above --warn', async () => {
		expect((await runCli(['--line', '--warn', '1250'], env)).code).toBe(0);
	});

	test('2: a missing key names the variable and suggests --demo', async () => {
		const run = await runCli(['--once'], {SRTGEN_BASE_URL: server.url.href});
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(
			'srtgen-top: No API key: set SRTGEN_API_KEY (or SRTGEN_API_KEY_FILE / --key-file). To try srtgen-top without one, add --demo.\n',
		);
	});

	test('2: a key on the command line is refused, and not echoed', async () => {
		const run = await runCli(['--once', `--api-key=${key}`], {});
		expectNoKey(run);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('SRTGEN_API_KEY');
	});

	test('2: a bad flag value', async () => {
		const run = await runCli(['--once', '--timeout', 'soon'], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toBe(
			"srtgen-top: --timeout: 'soon' is not accepted; give seconds from 1 to 120 (default 10).\n",
		);
	});

	test('2: an unknown flag', async () => {
		const run = await runCli(['--once', '--frobnicate'], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toBe('srtgen-top: Unknown flag --frobnicate; see --help for the flags there are.\n');
	});

	test('2: a flag given twice, in one line and no stack trace', async () => {
		const run = await runCli(['--line', '--warn', '1', '--warn', '2'], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toBe('srtgen-top: The flag --warn can only be set once.\n');
	});

	test('2: a stray word', async () => {
		const run = await runCli(['--line', 'extra'], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toBe("srtgen-top: Unexpected argument 'extra'; srtgen-top takes flags only (see --help).\n");
	});

	test('3: the key was rejected', async () => {
		server.reply({status: 401, body: unauthorizedBody});
		const run = await runCli(['--json'], env);
		server.reply({body: sampleBody});
		expectNoKey(run);
		expect(run.code).toBe(3);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(
			'srtgen-top: The API key was rejected (401: Invalid or expired API key); it was read from $SRTGEN_API_KEY.\n',
		);
	});

	test('3: a key rejected from a key file names the file', async () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-key-')), 'key');
		writeFileSync(file, 'sk_live_from_file_0a1b2c3d\n', {mode: 0o600});
		server.reply({status: 401, body: unauthorizedBody});
		const run = await runCli(['--once', '--key-file', file], {SRTGEN_BASE_URL: server.url.href});
		server.reply({body: sampleBody});
		expect(run.code).toBe(3);
		expect(run.stderr).toBe(
			`srtgen-top: The API key was rejected (401: Invalid or expired API key); it was read from --key-file ${file}.\n`,
		);
	});

	test.each([
		[
			'a server error',
			{
				status: 500,
				body: '{"success":false,"error":"server_error","message":"An unexpected internal error occurred."}',
			},
			'Server error 500 (An unexpected internal error occurred.).',
		],
		[
			'an HTML page',
			{status: 502, body: '<html>Bad Gateway</html>'},
			'Server error 502 (an HTML page (a proxy or gateway answered)).',
		],
		[
			'truncated JSON',
			{body: sampleBody.slice(0, 50)},
			'The API answered 200 with truncated or invalid JSON, not a balance.',
		],
	])('4: %s', async (_, reply, message) => {
		server.reply(reply);
		const run = await runCli(['--once'], env);
		server.reply({body: sampleBody});
		expectNoKey(run);
		expect(run.code).toBe(4);
		expect(run.stderr).toBe(`srtgen-top: ${message}\n`);
	});

	test('4: nothing listening', async () => {
		const closed = await startServer();
		await closed.close();
		const run = await runCli(['--line'], {...env, SRTGEN_BASE_URL: closed.url.href});
		expectNoKey(run);
		expect(run.code).toBe(4);
		expect(run.stderr).toBe(`srtgen-top: Cannot reach ${closed.url.host}: connection refused.\n`);
	});

	test('a response with unreadable fields still prints what is known, and says what is not', async () => {
		const body = sample();
		body['credits'].totalBalance = 'lots';
		server.reply({body: JSON.stringify(body)});
		const run = await runCli(['--once'], env);
		server.reply({body: sampleBody});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Total    ? credits');
		expect(run.stdout).toContain('Not in the response or unreadable: credits.totalBalance');
	});
});

describe('the demo account', () => {
	test('--demo --once works with no key, says DEMO, and has a forecast from the demo\'s last ten minutes', async () => {
		const run = await runCli(['--demo', '--once'], {});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('DEMO');
		expect(run.stdout).toMatch(/^Outlook {2}[✓!✗] /m);
		expect(run.stdout).toMatch(/^Burn {5}[\d,]+\/h over 15m/m);
		expect(run.stdout).toContain('Pro Plan');
		expect(run.stdout).toContain('Team Add-on');
	});

	test('--demo --json is marked demo and the key in the environment is not used', async () => {
		const before = server.requests.length;
		const run = await runCli(['--demo', '--json'], env);
		expectNoKey(run);
		expect(JSON.parse(run.stdout)).toMatchObject({demo: true, apiHost: 'built-in sample'});
		expect(server.requests.length).toBe(before);
	});

	test('--demo --line starts with DEMO, and has the burn and its projection', async () => {
		expect((await runCli(['--demo', '--line'], {})).stdout).toMatch(/^DEMO [\d,]+ credits · [\d,]+\/h, (empty in .+|lasts past reset) · Pro Plan resets in \d+h \d\dm\n$/);
	});
});

test('--help lists the exit codes and --version prints the version', async () => {
	const help = await runCli(['--help']);
	expect(help.code).toBe(0);
	expect(help.stdout).toContain('Exit codes');
	expect(help.stdout).toContain('SRTGEN_API_KEY');
	for (const flag of [
		'--once',
		'--json',
		'--line',
		'--demo',
		'--key-file',
		'--base-url',
		'--interval',
		'--timeout',
		'--warn',
		'--max-age',
		'--format',
		'--tmux',
		'--mark',
		'--jobs',
	]) {
		expect(help.stdout).toContain(flag);
	}

	expect(help.stdout.split('\n').filter(line => line.length > 80)).toEqual([]);
	// An example that sets the key on the command line would teach putting it in shell history.
	expect(help.stdout).not.toMatch(/SRTGEN_API_KEY=\S/);
	expect(help.stdout).toContain('{verdict}');
	expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
});

test('-h is --help and -v is --version, both listed in the help', async () => {
	const help = await runCli(['--help']);
	const short = await runCli(['-h']);
	expect(short).toEqual(help);
	expect(help.stdout).toContain('-h, --help');
	expect(help.stdout).toContain('-v, --version');
	expect(await runCli(['-v'])).toEqual(await runCli(['--version']));
});

test.each([
	['--intervall', '--interval'],
	['--jsno', '--json'],
	['--onalert', '--on-alert'],
	['--print-confg', '--print-config'],
])('a mistyped flag, %s, gets the nearest one', async (typed, meant) => {
	const run = await runCli([typed, '5']);
	expect(run).toEqual({code: 2, stdout: '', stderr: `srtgen-top: Unknown flag ${typed}; did you mean ${meant}?\n`});
});

test('live mode with stdout not a terminal prints one snapshot and says how to get the others', async () => {
	const run = await runCli([], env);
	expectNoKey(run);
	expect(run.code).toBe(0);
	expect(run.stdout).toContain('Total    1,250 credits');
	expect(run.stderr).toBe(
		'srtgen-top: stdout is not a terminal, so here is one snapshot; --json and --line suit scripts.\n',
	);
});

test('live mode with stdout not a terminal and no key: exit 2, no demo numbers', async () => {
	const run = await runCli([], {});
	expect(run.code).toBe(2);
	expect(run.stdout).toBe('');
	expect(run.stderr).toContain('SRTGEN_API_KEY');
});

test('a reader that goes away early is no error', async () => {
	const {spawn} = await import('node:child_process');
	const child = spawn(process.execPath, [binary, '--demo', '--json'], {
		env: {PATH: process.env['PATH'] ?? '', SRTGEN_TOP_STATE_DIR: temporaryStateDir()},
	});
	child.stdout.destroy();
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	const code = await new Promise(resolve => {
		child.on('close', resolve);
	});
	expect(stderr).toBe('');
	expect(code).toBe(0);
});
