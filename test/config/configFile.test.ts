import {describe, expect, test} from 'vitest';
import {resolveConfig} from '../../source/config/config.js';
import {parseConfigFile} from '../../source/config/configFile.js';
import {ConfigError} from '../../source/config/error.js';
import type {Env, Flags} from '../../source/config/flags.js';

const file = '/home/u/.config/srtgen-top/config.toml';
const text = `# srtgen-top
interval = 60
notify = true
format = "{total} cr"
default-account = "studio"

[accounts.studio]
key-env = "STUDIO_KEY"
warn = 1000

[accounts.home]
key-file = "/keys/home"
base-url = "http://localhost:8080"
interval = "120"
`;
const keys: Record<string, string> = {'/keys/home': 'sk_home_123\n', '/keys/flag': 'sk_flag_456\n'};
const readKeyFile = (path: string) => {
	const key = keys[path];
	if (key === undefined) {
		throw Object.assign(new Error('missing'), {code: 'ENOENT'});
	}

	return key;
};

const resolve = (flags: Flags, env: Env = {STUDIO_KEY: 'sk_studio_789'}, body = text) =>
	resolveConfig(flags, env, readKeyFile, true, parseConfigFile(file, body));
const refusal = (body: string, flags: Flags = {}, env: Env = {STUDIO_KEY: 'k'}) => {
	try {
		resolve(flags, env, body);
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigError);
		return (error as Error).message;
	}

	throw new Error('not refused');
};

describe('precedence: a flag over the account, the account over the file\'s defaults, those over the built-in defaults', () => {
	test('the default account, with the file\'s settings and where each came from', () => {
		const config = resolve({});
		expect(config).toMatchObject({
			account: 'studio',
			apiKey: 'sk_studio_789',
			intervalSeconds: 60,
			warnBelow: 1000,
			lineFormat: '{total} cr',
			alerts: {desktop: true},
			timeoutSeconds: 10,
		});
		expect(config.sources).toMatchObject({
			interval: `${file}:2`,
			notify: `${file}:3`,
			warn: `${file}:9`,
			key: `$STUDIO_KEY (${file}:8)`,
			account: `default-account (${file})`,
		});
	});

	test('--account picks another; its settings win over the file\'s defaults', () => {
		expect(resolve({account: 'home'})).toMatchObject({account: 'home', apiKey: 'sk_home_123', baseUrl: new URL('http://localhost:8080'), intervalSeconds: 120, warnBelow: undefined, configKeyFile: '/keys/home'});
	});

	test('a flag wins over both, and is no longer said to come from the file', () => {
		const config = resolve({account: 'home', interval: '15', keyFile: '/keys/flag', warn: '5'});
		expect(config).toMatchObject({intervalSeconds: 15, apiKey: 'sk_flag_456', warnBelow: 5});
		expect(config.sources.interval).toBeUndefined();
		expect(config.sources.key).toBeUndefined();
	});

	test('SRTGEN_API_KEY wins over the default account\'s key, but not over an account named with --account', () => {
		expect(resolve({}, {SRTGEN_API_KEY: 'sk_env_000', STUDIO_KEY: 'sk_studio_789'}).apiKey).toBe('sk_env_000');
		expect(resolve({account: 'studio'}, {SRTGEN_API_KEY: 'sk_env_000', STUDIO_KEY: 'sk_studio_789'}).apiKey).toBe(
			'sk_studio_789',
		);
	});

	test('the status line\'s settings may sit in the file whatever the mode; typed, they still go with --line', () => {
		expect(resolve({once: true}).lineFormat).toBe('{total} cr');
		expect(refusal(text, {once: true, format: 'x'})).toBe('--format goes with --line.');
	});
});

describe('every refusal names the file and line', () => {
	test.each<[string, string, string]>([
		[
			'a key in the file',
			'[accounts.x]\nkey-env = "K"\napi-key = "sk_live_1"\n',
			`${file}:3: a key does not belong in the config file`,
		],
		['a key at the top', 'key = "sk_live_1"\n', `${file}:1: a key does not belong in the config file`],
		[
			'an unknown setting, with the nearest known one',
			'interval = 60\nintervall = 30\n',
			`${file}:2: unknown setting 'intervall'; did you mean 'interval'?`,
		],
		[
			'an unknown setting in an account',
			'[accounts.a]\nbase_url = "x"\n',
			`${file}:2: unknown setting 'base_url'; did you mean 'base-url'?`,
		],
		['the wrong kind of value', 'notify = "yes"\n', `${file}:1: notify must be true or false.`],
		['text where a number goes', 'interval = true\n', `${file}:1: interval must be a number.`],
		['a number out of range, said as the flag would be', 'interval = 1\n', '--interval'],
		['not TOML', 'interval = 60\nformat = "unclosed\n', `${file}:2: not valid TOML`],
		[
			'a default account that is not there',
			'default-account = "work"\n[accounts.home]\nkey-env = "K"\n',
			`${file}:1: there is no [accounts.work]; the accounts are home.`,
		],
		[
			'an account that is not a table',
			'accounts = 3\n',
			`${file}:1: accounts must be tables, as [accounts.NAME].`,
		],
	])('%s', (_, body, message) => {
		expect(refusal(body)).toContain(message);
	});

	test('--account that the file does not have, and --account with no file at all', () => {
		expect(refusal(text, {account: 'work'})).toBe(
			`--account work: ${file} has no [accounts.work]; it has studio, home.`,
		);
		expect(() => resolveConfig({account: 'work'}, {SRTGEN_API_KEY: 'k'}, readKeyFile, true, undefined)).toThrow(
			'--account needs a config file',
		);
	});

	test('key-env naming a variable that is not set says which, and key-file that cannot be read names the file\'s line', () => {
		expect(refusal(text, {}, {})).toBe(`No API key: ${file}:8 reads it from STUDIO_KEY, which is not set.`);
		expect(refusal('[accounts.a]\nkey-file = "/keys/none"\n', {account: 'a'})).toBe(
			`${file}:2: key-file: cannot read /keys/none (ENOENT).`,
		);
	});
});
