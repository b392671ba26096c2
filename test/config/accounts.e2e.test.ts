import {chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {runCli, temporaryStateDir} from '../helpers/cli.js';
import {sample} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';

const studioKey = 'sk_live_studio_aaaa1111';
const homeKey = 'sk_live_home_bbbb2222';
let server: TestServer;

beforeAll(async () => {
	// One API, two accounts told apart by their key, as SRTGen tells them.
	server = await startServer(request => {
		const body = sample();
		const studio = request.headers['x-api-key'] === studioKey;
		body['user'] = {name: studio ? 'Studio' : 'Home', email: studio ? 'studio@example.com' : 'home@example.com'};
		body['credits'].totalBalance = studio ? 9000 : 120;
		return {body: JSON.stringify(body)};
	});
});

afterAll(async () => {
	await server.close();
});

function setUp() {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-config-'));
	const homeKeyFile = path.join(dir, 'home.key');
	writeFileSync(homeKeyFile, `${homeKey}\n`, {mode: 0o600});
	const config = path.join(dir, 'config.toml');
	writeFileSync(
		config,
		`base-url = "${server.url.href}"\ndefault-account = "studio"\n\n[accounts.studio]\nkey-env = "STUDIO_KEY"\n\n[accounts.home]\nkey-file = "${homeKeyFile}"\nwarn = 500\n`,
		{mode: 0o600},
	);
	const stateDir = temporaryStateDir();
	return {dir, config, homeKeyFile, stateDir, env: {STUDIO_KEY: studioKey, SRTGEN_TOP_STATE_DIR: stateDir}};
}

test('two accounts from one config file: each its own key, settings and history; --print-config shows where each came from, never a key', async () => {
	const {config, env, stateDir} = setUp();
	const studio = await runCli(['--config', config, '--line'], env);
	expect(studio.stdout).toMatch(/^9,000 credits/);
	const home = await runCli(['--config', config, '--account', 'home', '--line'], env);
	expect(home.stdout).toMatch(/^120 credits LOW/);
	expect(home.code).toBe(1);
	const histories = readdirSync(stateDir).filter(name => name.startsWith('history-'));
	expect(histories).toHaveLength(2);
	const emails = histories
		.map(name => (JSON.parse(readFileSync(path.join(stateDir, name), 'utf8')) as {account: string}).account)
		.toSorted();
	expect(emails).toEqual(['home@example.com', 'studio@example.com']);

	const printed = await runCli(['--config', config, '--account', 'home', '--print-config', '--interval', '9'], env);
	expect(printed.code).toBe(0);
	expect(printed.stdout).toMatch(new RegExp('^account +home +--account$', 'm'));
	expect(printed.stdout).toMatch(/^key +set +key-file .*home\.key \(.*config\.toml:8\)$/m);
	expect(printed.stdout).toMatch(/^warn +500 +.*config\.toml:9$/m);
	expect(printed.stdout).toMatch(/^interval +9s +--interval$/m);
	expect(printed.stdout).toMatch(/^timeout +10s +default$/m);
	for (const output of [printed.stdout, printed.stderr, studio.stdout, studio.stderr, home.stdout, home.stderr]) {
		expect(output).not.toContain(homeKey);
		expect(output).not.toContain(studioKey);
	}
});

test('a config file and the key file it names, both readable by every user, is warned about', async () => {
	const {config, homeKeyFile, env} = setUp();
	chmodSync(config, 0o644);
	chmodSync(homeKeyFile, 0o644);
	const run = await runCli(['--config', config, '--account', 'home', '--line'], env);
	expect(run.stderr).toContain(
		`srtgen-top: ${homeKeyFile} (named in ${config}) can be read by every user of this machine; chmod 600 it.`,
	);
	chmodSync(homeKeyFile, 0o600);
	expect((await runCli(['--config', config, '--account', 'home', '--line'], env)).stderr).toBe('');
});

test('the exporter is warned about the same: every account of the config file, and a state directory others can write', async () => {
	const {config, homeKeyFile, env, stateDir} = setUp();
	chmodSync(config, 0o644);
	chmodSync(homeKeyFile, 0o644);
	mkdirSync(stateDir, {mode: 0o777});
	chmodSync(stateDir, 0o777);
	const run = await runCli(['--config', config, '--openmetrics'], env);
	expect(run.stdout).toMatch(/^srtgen_balance_credits\{account="home"\} 120$/m);
	expect(run.stderr).toContain(
		`srtgen-top: ${homeKeyFile} (named in ${config}) can be read by every user of this machine; chmod 600 it.\n`,
	);
	// Said once, though both accounts keep their files there.
	expect(run.stderr.split(`others can write in the state directory ${stateDir} (mode 777)`)).toHaveLength(2);
});

test('a bad config file is exit 2 with its line; --config naming no file is exit 2 too', async () => {
	const {dir, env} = setUp();
	const bad = path.join(dir, 'bad.toml');
	writeFileSync(bad, 'interval = 60\ntimout = 5\n');
	const run = await runCli(['--config', bad, '--once'], env);
	expect(run.code).toBe(2);
	expect(run.stderr).toBe(`srtgen-top: ${bad}:2: unknown setting 'timout'; did you mean 'timeout'?\n`);
	const missing = await runCli(['--config', path.join(dir, 'none.toml'), '--once'], env);
	expect(missing.code).toBe(2);
	expect(missing.stderr).toContain('--config: cannot read');
});

test('the default place: $XDG_CONFIG_HOME/srtgen-top/config.toml, read when it is there', async () => {
	const {dir, env} = setUp();
	const xdg = path.join(dir, 'xdg');
	const {mkdirSync} = await import('node:fs');
	mkdirSync(path.join(xdg, 'srtgen-top'), {recursive: true});
	writeFileSync(
		path.join(xdg, 'srtgen-top', 'config.toml'),
		`base-url = "${server.url.href}"\n[accounts.studio]\nkey-env = "STUDIO_KEY"\n`,
	);
	const run = await runCli(['--account', 'studio', '--print-config'], {...env, XDG_CONFIG_HOME: xdg});
	expect(run.stdout).toContain(path.join(xdg, 'srtgen-top', 'config.toml'));
	const nowhere = path.join(dir, 'nowhere');
	expect((await runCli(['--print-config', '--demo'], {...env, XDG_CONFIG_HOME: nowhere})).stdout).toContain(
		`config file    none (looked for ${path.join(nowhere, 'srtgen-top', 'config.toml')})\n`,
	);
});

test('--print-config without a key: exit 0, says the key is not set and where it would be read from, and shows the defaults as values', async () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-nokey-'));
	const run = await runCli(['--print-config'], {XDG_CONFIG_HOME: dir});
	expect(run.code).toBe(0);
	expect(run.stderr).toBe('');
	expect(run.stdout).toMatch(/^key +not set +read from --key-file, \$SRTGEN_API_KEY_FILE or \$SRTGEN_API_KEY; without one the live view shows the demo account$/m);
	expect(run.stdout).toContain(`config file    none (looked for ${path.join(dir, 'srtgen-top', 'config.toml')})\n`);
	// What a key would run with, not the demo's 5 s; and the default template itself, not '-'.
	expect(run.stdout).toMatch(/^interval +30s +default$/m);
	expect(run.stdout).toMatch(/^format +\[\{demo\} \]\{total\} credits.* +default$/m);
	expect(run.stdout).toMatch(/^warn +none +default$/m);
	expect(run.stdout).not.toMatch(/ - /);
});
