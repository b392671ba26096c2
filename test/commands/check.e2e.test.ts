import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli, temporaryStateDir} from '../helpers/cli.js';
import {seedDrain} from '../helpers/drain.js';
import {sampleBody, unauthorizedBody} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

// The sample's balance, 1,250 credits, and a history of 12 drops of 20 over the last minute.
const key = 'sk_live_check_9a8b7c6d';
let server: TestServer;
let env: Record<string, string>;

beforeAll(async () => {
	server = await startServer({body: sampleBody});
	const stateDir = temporaryStateDir();
	await seedDrain({origin: server.url.origin, stateDir}, {readings: 13, everyMs: 5000, last: 1250});
	env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: stateDir};
});

afterAll(async () => {
	await server.close();
});

test('--jobs with the cost learnt from the history: one line, exit 0 when even the high end fits above --keep', async () => {
	// Every drop was 20 and the server's reading adds none: 20 exactly, 50 jobs need 1,000.
	expect(await runCli(['--check', '--jobs', '50', '--keep', '250'], env)).toEqual({
		code: 0,
		stdout: '✓ covered: 50 jobs need 1,000 credits; balance 1,250, keeping 250\n',
		stderr: '',
	});
	expect(await runCli(['--check', '--jobs', '51', '--keep', '250'], env)).toMatchObject({
		code: 1,
		stdout: '✗ short: 51 jobs need 1,020 credits; balance 1,250, keeping 250\n',
	});
});

test('--json: covered, the need as a range, the balance, --keep, and where the per-job cost came from', async () => {
	const run = await runCli(['--check', '--jobs', '10', '--per-job', '12.5', '--keep', '1,200', '--json'], env);
	expect(run.code).toBe(1);
	expect(JSON.parse(run.stdout)).toEqual({
		covered: false,
		answer: 'short',
		need: {low: 125, high: 125},
		balance: 1250,
		keep: 1200,
		perJob: {credits: 12.5, low: 12.5, high: 12.5, source: 'flag', drops: 0},
	});
	const learnt = JSON.parse((await runCli(['--check', '--jobs', '10', '--json'], env)).stdout) as {perJob: unknown};
	expect(learnt.perJob).toEqual({credits: 20, low: 20, high: 20, source: 'history', drops: 12});
	expect(JSON.parse((await runCli(['--check', '--credits', '1250', '--json'], env)).stdout)).toMatchObject({
		covered: true,
		perJob: null,
		need: {low: 1250, high: 1250},
	});
});

test('no per-job cost known: exit 2, saying to give --per-job', async () => {
	const run = await runCli(['--check', '--jobs', '10'], {...env, SRTGEN_TOP_STATE_DIR: temporaryStateDir()});
	expect(run).toMatchObject({code: 2, stdout: ''});
	expect(run.stderr).toMatch(/^srtgen-top: No per-job cost is known: .*Give --per-job CREDITS\.\n$/);
});

test('a rejected key is 3, an API failure 4, as in every mode', async () => {
	const failing = await startServer({status: 401, body: unauthorizedBody});
	try {
		expect((await runCli(['--check', '--credits', '5'], {...env, SRTGEN_BASE_URL: failing.url.href})).code).toBe(3);
		failing.reply({status: 500, body: '{}'});
		expect((await runCli(['--check', '--credits', '5'], {...env, SRTGEN_BASE_URL: failing.url.href})).code).toBe(4);
	} finally {
		await failing.close();
	}
});
