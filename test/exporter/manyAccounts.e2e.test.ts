import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {sampleValue} from '../helpers/exporter.js';
import {sampleBody} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

const accounts = 300;
let api: TestServer;
let inFlight = 0;
let most = 0;

beforeAll(async () => {
	api = await startServer(() => {
		inFlight += 1;
		most = Math.max(most, inFlight);
		return {body: sampleBody, until: new Promise(resolve => setTimeout(() => {
			inFlight -= 1;
			resolve(undefined);
		}, 20))};
	});
});

afterAll(async () => {
	await api.close();
});

test('--openmetrics reads many accounts a few at a time, and accounts sharing a history file wait for each other, not report our own lock', async () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-many-'));
	const config = path.join(dir, 'config.toml');
	// One key for all: every account is the same one at the API, so all share one history file.
	const tables = Array.from({length: accounts}, (_, index) => `[accounts.a${index}]\nkey-env = "SHARED_KEY"\n`);
	writeFileSync(config, `base-url = "${api.url.href}"\n\n${tables.join('\n')}`, {mode: 0o600});
	const run = await runCli(['--openmetrics', '--config', config], {SHARED_KEY: 'sk_live_shared_77aa88bb'});
	expect(run.stderr).toBe('');
	expect(run.code).toBe(0);
	expect(api.requests).toHaveLength(accounts);
	expect(most).toBeLessThanOrEqual(8);
	for (const index of [0, accounts / 2, accounts - 1]) {
		expect(sampleValue(run.stdout, `srtgen_fetch_success{account="a${index}"}`)).toBe(1);
	}
}, 120_000);
