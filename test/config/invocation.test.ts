import {describe, expect, test} from 'vitest';
import {parseConfigFile} from '../../source/config/configFile.js';
import {ConfigError} from '../../source/config/error.js';
import type {Env, Flags} from '../../source/config/flags.js';
import {resolveInvocation, type Invocation} from '../../source/config/invocation.js';

const path = '/home/u/.config/srtgen-top/config.toml';
const accounts = '[accounts.studio]\nkey-env = "STUDIO_KEY"\n\n[accounts.home]\nkey-file = "/keys/home"\nwarn = 500\n';
const twoAccounts = parseConfigFile(path, accounts);
const withDefault = parseConfigFile(path, `default-account = "home"\n${accounts}`);
const oneAccount = parseConfigFile(path, '[accounts.studio]\nkey-env = "STUDIO_KEY"\n');
const env: Env = {STUDIO_KEY: 'sk_studio_1'};
const readKeyFile = (file: string) => {
	if (file !== '/keys/home') {
		throw Object.assign(new Error('missing'), {code: 'ENOENT'});
	}

	return 'sk_home_2\n';
};

const invoke = (flags: Flags, file = twoAccounts, terminal = true, environment = env): Invocation =>
	resolveInvocation(flags, environment, readKeyFile, terminal, file);
const refusal = (flags: Flags, file = twoAccounts): string => {
	try {
		invoke(flags, file);
	} catch (error) {
		if (error instanceof ConfigError) {
			return error.message;
		}

		throw error;
	}

	throw new Error('not refused');
};

const names = (invocation: Invocation) =>
	'accounts' in invocation ? invocation.accounts.map(account => account.name) : [];

describe('a config file with two accounts', () => {
	test('the live view opens on the overview of both, each with its own key and settings', () => {
		const invocation = invoke({});
		expect(invocation.mode).toBe('overview');
		expect(names(invocation)).toEqual(['studio', 'home']);
		const [studio, home] = 'accounts' in invocation ? invocation.accounts : [];
		expect(studio?.config.apiKey).toBe('sk_studio_1');
		expect(home?.config).toMatchObject({apiKey: 'sk_home_2', warnBelow: 500, mode: 'live'});
	});

	test('so it does with a default-account; --account opens that one alone', () => {
		expect(invoke({}, withDefault).mode).toBe('overview');
		expect(invoke({account: 'home'})).toMatchObject({mode: 'live', config: {account: 'home', apiKey: 'sk_home_2'}});
	});

	test.each(['once', 'json', 'line'] as const)('--%s without an account picked names the accounts and how to pick one', mode => {
		const message = refusal({[mode]: true});
		expect(message).toBe(
			`No account picked: ${path} has 2 accounts (studio, home). Pick one with --account NAME (or default-account = "NAME" in the file), or take them all with --all-accounts.`,
		);
		expect(message).not.toContain('SRTGEN_API_KEY');
	});

	test('default-account still picks the one for the one-shot modes', () => {
		expect(invoke({once: true}, withDefault)).toMatchObject({mode: 'once', config: {account: 'home'}});
	});

	test.each(['once', 'json', 'line'] as const)('--%s --all-accounts reads every one', mode => {
		const invocation = invoke({[mode]: true, allAccounts: true}, withDefault);
		expect(invocation).toMatchObject({mode: 'all-accounts', output: mode});
		expect(names(invocation)).toEqual(['studio', 'home']);
	});

	test('the live view off a terminal is still every account (one table)', () => {
		expect(invoke({}, twoAccounts, false).mode).toBe('overview');
	});
});

test('a file with one account uses it without a default-account: nothing to choose between', () => {
	expect(invoke({once: true}, oneAccount)).toMatchObject({
		mode: 'once',
		config: {account: 'studio', apiKey: 'sk_studio_1', sources: {account: `the only account (${path})`}},
	});
	expect(invoke({}, oneAccount)).toMatchObject({mode: 'live', config: {account: 'studio', demo: false}});
});

test('--demo --all-accounts: the demo\'s two accounts, in the overview or the one-shot modes; --demo alone one', () => {
	const overview = invoke({demo: true, allAccounts: true}, undefined);
	expect(overview.mode).toBe('overview');
	expect(names(overview)).toEqual(['demo', 'demo-client']);
	expect('accounts' in overview && overview.accounts.map(account => account.config.demoAccount)).toEqual([0, 1]);
	expect(names(invoke({demo: true, json: true, allAccounts: true}, undefined))).toEqual(['demo', 'demo-client']);
	expect(invoke({demo: true}, twoAccounts)).toMatchObject({mode: 'live', config: {demo: 'requested'}});
});

test.each([
	[{allAccounts: true, account: 'home'}, 'Choose one of --account and --all-accounts.'],
	[
		{allAccounts: true, tmuxUpdater: true},
		'--all-accounts goes with the live view, --once, --json or --line, not --tmux-updater.',
	],
	[{allAccounts: true, line: true, waybar: true}, '--waybar shows one account: pick it with --account NAME.'],
	[{allAccounts: true, once: true, mark: true}, '--mark is about one account: pick it with --account NAME.'],
	[
		{jobs: '40'},
		'--jobs is about one account: pick it with --account NAME (or mark the run with m in its dashboard).',
	],
] as Array<[Flags, string]>)('refused: %o', (flags, message) => {
	expect(refusal(flags)).toBe(message);
});

test('an account without its key is named', () => {
	expect(() => invoke({once: true, allAccounts: true}, twoAccounts, true, {})).toThrow(
		`[accounts.studio]: No API key: ${path}:2 reads it from STUDIO_KEY, which is not set.`,
	);
});
