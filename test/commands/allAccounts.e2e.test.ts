import {afterAll, beforeAll, beforeEach, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {keys, startThreeAccountApi, threeAccountConfig} from '../helpers/threeAccounts.js';

let api: Awaited<ReturnType<typeof startThreeAccountApi>>;
let setUp: ReturnType<typeof threeAccountConfig>;

beforeAll(async () => {
	api = await startThreeAccountApi();
});

beforeEach(() => {
	setUp = threeAccountConfig(api);
	api.answer.broken = {status: 500, body: '{"success":false,"error":"server_error"}'};
});

afterAll(async () => {
	await api.close();
});

const run = async (...args: string[]) => {
	const result = await runCli(['--config', setUp.config, ...args], setUp.env);
	for (const key of Object.values(keys)) {
		expect(result.stdout + result.stderr).not.toContain(key);
	}

	return result;
};

test('--once --all-accounts: a table, a row an account in the file\'s order; the failing one says why; exit 4, the worst', async () => {
	const {code, stdout, stderr} = await run('--once', '--all-accounts');
	const lines = stdout.trimEnd().split('\n');
	expect(lines[0]).toMatch(/^account +balance +verdict +next reset$/);
	expect(lines[1]).toMatch(/^studio +9,000 {2}\S .+ {2}Starter Plan reset due$/);
	expect(lines[2]).toMatch(/^home +120 {2}✗ below --warn · .+Starter Plan reset due$/);
	expect(lines[3]).toMatch(/^broken +\? {2}✗ server error 500$/);
	expect(lines).toHaveLength(4);
	// One line, naming the account; the others said nothing.
	expect(stderr).toMatch(/^srtgen-top: account broken: [^\n]*500[^\n]*\n$/);
	expect(code).toBe(4);
});

test('--json --all-accounts: the one-account documents in an array, each with its account\'s label; a failed one with its error', async () => {
	const {code, stdout} = await run('--json', '--all-accounts');
	const documents = JSON.parse(stdout) as Array<Record<string, any>>;
	expect(documents.map(document => (document['account'] as {label: string}).label)).toEqual([
		'studio',
		'home',
		'broken',
	]);
	expect(documents[0]).toMatchObject({
		schemaVersion: 1,
		account: {name: 'Studio', email: 'studio@example.com'},
		credits: {total: 9000, low: false},
		error: null,
	});
	expect(documents[1]).toMatchObject({
		credits: {total: 120, warnBelow: 500, low: true},
		verdict: {code: expect.any(String)},
		error: null,
	});
	expect(documents[2]).toEqual({
		schemaVersion: 1,
		fetchedAt: null,
		demo: false,
		apiHost: api.url.host,
		account: {label: 'broken', name: null, email: null},
		error: {kind: 'server', message: expect.stringContaining('500')},
	});
	expect(code).toBe(4);
	// One account's --json names its label too.
	expect(
		(JSON.parse((await run('--json', '--account', 'studio')).stdout) as Record<string, any>)['account'].label,
	).toBe('studio');
});

test('--line --all-accounts: a short segment an account; with every account read, the exit code is low\'s', async () => {
	const failing = await run('--line', '--all-accounts');
	expect(failing.stdout).toBe('studio 9,000 | home 120 LOW | broken ? !\n');
	expect(failing.code).toBe(4);
	api.answer.broken = 'ok';
	const read = await run('--line', '--all-accounts', '--format', '{total} cr[ {low}]');
	expect(read.stdout).toBe('studio 9,000 cr | home 120 cr LOW | broken 777 cr\n');
	expect(read.code).toBe(1);
	const once = await run('--once', '--all-accounts');
	expect(once.code).toBe(1);
	expect(once.stderr).toBe('');
});

test('without --account or a default-account a one-shot mode names the accounts and how to pick one, exit 2', async () => {
	for (const mode of ['--once', '--json', '--line']) {
		const {code, stdout, stderr} = await run(mode);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe(
			`srtgen-top: No account picked: ${setUp.config} has 3 accounts (studio, home, broken). Pick one with --account NAME (or default-account = "NAME" in the file), or take them all with --all-accounts.\n`,
		);
	}

	const picked = await runCli(
		['--config', threeAccountConfig(api, 'default-account = "home"').config, '--line'],
		setUp.env,
	);
	expect(picked.stdout).toMatch(/^120 credits LOW/);
});

test('--demo --once --all-accounts: the demo\'s two accounts, marked DEMO', async () => {
	const {code, stdout} = await runCli(['--demo', '--once', '--all-accounts']);
	const lines = stdout.trimEnd().split('\n');
	expect(lines[0]).toBe(' DEMO ');
	expect(lines[2]).toMatch(/^demo +[\d,]+ {2}\S /);
	expect(lines[3]).toMatch(/^demo-client +[\d,]+ {2}\S .+Basic Plan \dh \d\dm$/);
	expect(code).toBe(0);
});
