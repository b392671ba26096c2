import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {sampleBody} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

let server: TestServer;
let env: Record<string, string>;

beforeAll(async () => {
	server = await startServer({body: sampleBody});
	env = {SRTGEN_API_KEY: 'sk_live_flags_0a1b2c3d', SRTGEN_BASE_URL: server.url.href};
});

afterAll(async () => {
	await server.close();
});

test.each([
	[
		['--line', '--no-format'],
		'--no-format is not a flag: --format takes a value, and leaving it out is the default; see --help.',
	],
	[
		['--json', '--no-warn'],
		'--no-warn is not a flag: --warn takes a value, and leaving it out is the default; see --help.',
	],
	[
		['--once', '--no-key-file'],
		'--no-key-file is not a flag: --key-file takes a value, and leaving it out is the default; see --help.',
	],
	[
		['--json', '--no-base-url'],
		'--no-base-url is not a flag: --base-url takes a value, and leaving it out is the default; see --help.',
	],
	[['--interval', '-5'], "--interval: '-5' is not accepted; give seconds from 2 to 3600 (default 30)."],
	[['--json', '--timeout', '-1'], "--timeout: '-1' is not accepted; give seconds from 1 to 120 (default 10)."],
	[['--line', '--format'], '--format needs a value; see --help.'],
])('%j: a usage error, exit 2, in one line', async (args, message) => {
	const before = server.requests.length;
	const run = await runCli(args, env);
	expect(run.code).toBe(2);
	expect(run.stdout).toBe('');
	expect(run.stderr).toBe(`srtgen-top: ${message}\n`);
	expect(server.requests.length).toBe(before);
});

test('a --format value starting with - is the template, not a flag', async () => {
	const run = await runCli(['--line', '--format', '-{total} cr'], env);
	expect(run.stderr).toBe('');
	expect(run.code).toBe(0);
	expect(run.stdout).toBe('-1,250 cr\n');
});

test('negated switches still work: --no-tmux is plain --line', async () => {
	const run = await runCli(['--line', '--no-tmux', '--warn', '5000'], env);
	expect(run.code).toBe(1);
	expect(run.stdout).toBe('1,250 credits LOW · Starter Plan reset due\n');
});
