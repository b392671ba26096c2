import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli, temporaryStateDir, type Run} from '../helpers/cli.js';
import {sample, sampleBody} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

const key = 'sk_live_hostile_e2e_3c4d5e6f';
let server: TestServer;

beforeAll(async () => {
	server = await startServer({body: sampleBody});
});

afterAll(async () => {
	await server.close();
});

const envFor = (stateDir = temporaryStateDir()) => ({
	SRTGEN_API_KEY: key,
	SRTGEN_BASE_URL: server.url.href,
	SRTGEN_TOP_STATE_DIR: stateDir,
});

function expectClean(run: Run) {
	expect(`${run.stdout}${run.stderr}`.replaceAll(/\s/g, '')).not.toContain(key.slice(8));
	expect(run.stderr).not.toMatch(/\n\s+at /);
}

test.each([['--once'], ['--json'], ['--line']])('%s: 400,000 levels of nesting is a bad response (exit 4), not a network error', async mode => {
	server.reply({body: `${'['.repeat(400_000)}${']'.repeat(400_000)}`});
	const run = await runCli([mode], envFor());
	expectClean(run);
	expect(run.code).toBe(4);
	expect(run.stderr).toBe(
		'srtgen-top: The API answered 200 with JSON nested more than 32 levels deep, not a balance.\n',
	);
});

test('a key echoed split by zero-width characters and a control character prints as [key]', async () => {
	const body = sample();
	body['user'].name = `Team ${key.slice(0, 10)}\u200B${key.slice(10, 20)}\u0007${key.slice(20)}`;
	server.reply({body: JSON.stringify(body)});
	const run = await runCli(['--once'], envFor());
	expectClean(run);
	expect(run.stdout).toContain('Team [key]');
});

test('a balance of 1e308 is an unreadable field: no drop, no rate, no infinity in what follows', async () => {
	const stateDir = temporaryStateDir();
	server.reply({body: sampleBody});
	await runCli(['--json'], envFor(stateDir));
	server.reply({body: sampleBody.replace('"totalBalance": 1250', '"totalBalance": 1e308')});
	const absurd = JSON.parse((await runCli(['--json'], envFor(stateDir))).stdout) as {
		credits: {total: unknown};
		unreadable: string[];
	};
	expect(absurd.credits.total).toBeNull();
	expect(absurd.unreadable).toContain('credits.totalBalance');
	server.reply({body: sampleBody.replace('"totalBalance": 1250', '"totalBalance": 1240')});
	const next = await runCli(['--json'], envFor(stateDir));
	expect(next.stdout).not.toMatch(/Infinity|e\+30|∞/);
	const json = JSON.parse(next.stdout) as {burn: {lastDrop: {credits: number} | null}};
	expect(json.burn.lastDrop?.credits).toBe(10);
	server.reply({body: sampleBody});
});
