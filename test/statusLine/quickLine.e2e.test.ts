import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli, temporaryStateDir} from '../helpers/cli.js';
import {sample} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {traced} from '../helpers/traced.js';

const program = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const key = 'sk_live_quick_line_9d8e7f';
let server: TestServer;
let failing = false;

beforeAll(async () => {
	server = await startServer(() => {
		if (failing) {
			return {status: 503, body: '{}'};
		}

		const body = sample();
		body['credits'].totalBalance = 1250;
		return {body: JSON.stringify(body)};
	});
});

afterAll(async () => {
	await server.close();
});

const envFor = (stateDir: string) => ({
	SRTGEN_API_KEY: key,
	SRTGEN_BASE_URL: server.url.href,
	SRTGEN_TOP_STATE_DIR: stateDir,
});

test('a --line answered from its cache loads only its own chunks (not the main chunk: meow, the API client), and prints what the whole program prints', async () => {
	// dist/cli.js itself: the binary would answer the second call from its sheet (lineSheet.e2e.test.ts).
	failing = false;
	for (const args of [
		['--line'],
		['--line', '--tmux', '--warn', '2000'],
		['--line', '--format', '{total} cr · {verdict}[ {stale}]'],
		['--line', '--waybar'],
	]) {
		const env = envFor(temporaryStateDir());
		const missed = await traced([...args, '--max-age', '3600'], env, program);
		expect(missed.loaded, 'the first call asks the API').toMatch(/dist\/chunks\/main-/);
		const requests = server.requests.length;
		const hit = await traced([...args, '--max-age', '3600'], env, program);
		expect(server.requests.length).toBe(requests);
		expect(hit.stdout).toBe(missed.stdout);
		expect(hit.loaded).not.toMatch(/dist\/chunks\/main-/);
	}
});

test('--waybar: one JSON document for a return-type json module, exit 0 even below --warn (Waybar hides a failing module)', async () => {
	failing = false;
	const result = await runCli(['--line', '--waybar', '--warn', '2000'], envFor(temporaryStateDir()));
	expect(result.code).toBe(0);
	expect(result.stdout.endsWith('\n')).toBe(true);
	expect(result.stdout.trim().split('\n')).toHaveLength(1);
	const document = JSON.parse(result.stdout) as Record<string, unknown>;
	expect(document).toEqual({
		text: '1,250 credits LOW · Starter Plan reset due',
		tooltip: expect.stringContaining('Starter Plan: 1,000/1,000, reset due'),
		class: 'critical',
		percentage: 100,
	});
});

test('--waybar with the API failing and no reading: a stale document, exit 0, the reason on stderr', async () => {
	failing = true;
	const result = await runCli(['--line', '--waybar'], envFor(temporaryStateDir()));
	failing = false;
	expect(result.code).toBe(0);
	expect(JSON.parse(result.stdout)).toEqual({text: '? credits !', tooltip: 'no reading yet', class: 'stale'});
	expect(result.stderr).toMatch(/^srtgen-top: .*503/m);
});
