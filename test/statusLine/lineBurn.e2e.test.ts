import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {openHistoryStore} from '../../source/state/historyStore.js';
import {runCli, temporaryStateDir} from '../helpers/cli.js';
import {sample} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

let server: TestServer;
let balance = 1250;

beforeAll(async () => {
	server = await startServer(() => {
		const body = sample();
		body['credits'].totalBalance = balance;
		body['credits'].extraCredits = balance - 1000;
		return {body: JSON.stringify(body)};
	});
});

afterAll(async () => {
	await server.close();
});

const key = 'sk_live_rate_5e6f7a8b';

test('two --line runs, with the balance falling in between, print a rate from the saved history', async () => {
	const stateDir = temporaryStateDir();
	const env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: stateDir};
	// What a monitor of this account saved earlier: two jobs of 25 credits in the last ten minutes.
	const now = Date.now();
	const store = openHistoryStore({origin: server.url.origin, account: '[email protected]', stateDir});
	await store.save({samples: [
		{at: now - 600_000, total: 1300, plans: {}},
		{at: now - 300_000, total: 1275, plans: {}},
	]});

	balance = 1250;
	const first = await runCli(['--line', '--max-age', '0'], env);
	balance = 1200;
	const second = await runCli(['--line', '--max-age', '0'], env);
	expect(first.stdout).toMatch(/^1,250 credits · [\d,]+\/h, empty in \d+h( \d+m)?–\d+h( \d+m)? · Starter Plan reset due\n$/);
	expect(second.stdout).toMatch(/^1,200 credits · [\d,]+\/h, empty in \d+h( \d+m)?–\d+h( \d+m)? · Starter Plan reset due\n$/);
	const rate = (run: {stdout: string}) => Number(/· ([\d,]+)\/h/.exec(run.stdout)![1]!.replaceAll(',', ''));
	expect(rate(second)).toBeGreaterThan(rate(first));

	const files = readdirSync(stateDir).filter(name => name.startsWith('history-'));
	expect(files).toHaveLength(1);
	const saved = readFileSync(path.join(stateDir, files[0]!), 'utf8');
	expect(saved).not.toContain(key);
	expect((JSON.parse(saved) as {samples: unknown[]}).samples).toHaveLength(4);
});

test('without history, one drop is not enough to guess a rate from', async () => {
	const env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: temporaryStateDir()};
	balance = 1250;
	await runCli(['--line', '--max-age', '0'], env);
	balance = 1200;
	const run = await runCli(['--line', '--max-age', '0'], env);
	expect(run.stdout).toBe('1,200 credits · Starter Plan reset due\n');
});

test('--json has a burn object', async () => {
	const env = {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href, SRTGEN_TOP_STATE_DIR: temporaryStateDir()};
	const run = await runCli(['--json'], env);
	expect(JSON.parse(run.stdout)).toMatchObject({burn: {
		recent: {minutes: 15, creditsPerHour: null, drops: 0, samplesUsed: 1},
		day: {minutes: 1440, creditsPerHour: null},
		projection: 'measuring',
		emptyAt: null,
		lastDrop: null,
	}});
});
