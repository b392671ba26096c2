import {describe, expect, test} from 'vitest';
import {checkArguments} from '../../source/config/arguments.js';
import {joinValues} from '../../source/config/flagWords.js';
import {resolveConfig} from '../../source/config/config.js';
import {ConfigError} from '../../source/config/error.js';
import {defaultConfigPath} from '../../source/config/configFile.js';
import type {Env, Flags} from '../../source/config/flags.js';
import {defaultStateDir} from '../../source/config/stateDir.js';

const key = 'sk_live_secret123';
const noFile = (path: string): string => {
	throw Object.assign(new Error(`ENOENT ${path}`), {code: 'ENOENT'});
};

function resolve(flags: Flags = {}, env: Env = {SRTGEN_API_KEY: key}, read = noFile, terminal = true) {
	return resolveConfig(flags, env, read, terminal);
}

function refusal(flags: Flags, env?: Env, read?: (path: string) => string, terminal?: boolean): string {
	try {
		resolve(flags, env, read, terminal);
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigError);
		expect((error as Error).message).not.toContain(key);
		return (error as Error).message;
	}

	throw new Error('expected a ConfigError');
}

describe('defaults', () => {
	test('a key in the environment and nothing else: live mode on the real API', () => {
		expect(resolve()).toEqual({
			mode: 'live',
			apiKey: key,
			keySource: '$SRTGEN_API_KEY',
			demo: false,
			demoAccount: 0,
			baseUrl: new URL('https://api.srtgen.com'),
			intervalSeconds: 30,
			timeoutSeconds: 10,
			warnBelow: undefined,
			maxAgeSeconds: 30,
			lineFormat: undefined,
			tmux: false,
			waybar: false,
			mark: false,
			jobs: undefined,
			unmark: false,
			theme: 'auto',
			stateDir: defaultStateDir({}),
			alerts: {desktop: false, command: undefined, unreachableAfterSeconds: 300, unusedBeforeDays: 2},
			account: undefined,
			configFile: undefined,
			configKeyFile: undefined,
			filesRead: [defaultConfigPath()],
			sources: {},
			listen: {host: '127.0.0.1', port: 9464},
			outputFile: undefined,
			report: {days: 30, format: 'table'},
			keep: 0,
			perJob: undefined,
			check: undefined,
			guard: undefined,
		});
	});

	test('alerts: --notify, --on-alert as words or for a shell, --alert-after in range', () => {
		expect(resolve({notify: true, onAlert: 'hook "a b"', alertAfter: '60'}).alerts).toEqual({
			desktop: true,
			command: {words: ['hook', 'a b']},
			unreachableAfterSeconds: 60,
			unusedBeforeDays: 2,
		});
		expect(resolve({onAlert: 'curl -d "$SRTGEN_MESSAGE" x', onAlertShell: true}).alerts.command).toEqual({
			shellLine: 'curl -d "$SRTGEN_MESSAGE" x',
		});
		expect(refusal({alertAfter: '5'})).toContain('--alert-after');
		expect(resolve({unusedBefore: '0'}).alerts.unusedBeforeDays).toBe(0);
		expect(refusal({unusedBefore: '31'})).toContain('--unused-before');
	});

	test('SRTGEN_TOP_STATE_DIR names the state directory', () => {
		expect(resolve({}, {SRTGEN_API_KEY: key, SRTGEN_TOP_STATE_DIR: '/var/tmp/monitor'}).stateDir).toBe(
			'/var/tmp/monitor',
		);
	});

	test('no key in live mode: the demo account, polled every 5 s unless --interval says otherwise', () => {
		expect(resolve({}, {})).toMatchObject({mode: 'live', apiKey: undefined, demo: 'no-key', intervalSeconds: 5});
		expect(resolve({interval: '60'}, {}).intervalSeconds).toBe(60);
	});

	test('no key and stdout not a terminal: refused like a one-shot mode, never demo numbers for a script', () => {
		expect(refusal({}, {}, noFile, false)).toContain('SRTGEN_API_KEY');
	});

	test('the demo ignores --base-url, even a bad one', () => {
		expect(resolve({demo: true, baseUrl: 'ftp://x'}).baseUrl.href).toBe('https://api.srtgen.com/');
	});

	test('--demo ignores a key that is set', () => {
		expect(resolve({demo: true, once: true})).toMatchObject({mode: 'once', apiKey: undefined, demo: 'requested'});
	});
});

describe('the key', () => {
	test.each([['apiKey'], ['key']] as const)('--%s is refused with the reason and the variable to use', flag => {
		const message = refusal({[flag]: key});
		expect(message).toContain('shell history');
		expect(message).toContain('SRTGEN_API_KEY');
	});

	test.each(['once', 'json', 'line'] as const)('--%s without a key names SRTGEN_API_KEY and suggests --demo', mode => {
		const message = refusal({[mode]: true}, {SRTGEN_API_KEY: '  '});
		expect(message).toContain('SRTGEN_API_KEY');
		expect(message).toContain('--demo');
	});

	test('--key-file is read and its trailing newline trimmed; it wins over the environment', () => {
		const config = resolve({keyFile: '/k'}, {SRTGEN_API_KEY: 'other'}, path => (path === '/k' ? `${key}\n` : ''));
		expect(config.apiKey).toBe(key);
	});

	test('SRTGEN_API_KEY_FILE works like --key-file', () => {
		expect(resolve({}, {SRTGEN_API_KEY_FILE: '/k'}, () => `${key}\r\n`).apiKey).toBe(key);
	});

	test('an unreadable key file says which file and why', () => {
		expect(refusal({keyFile: '/nope'})).toBe('--key-file: cannot read /nope (ENOENT).');
		expect(refusal({}, {SRTGEN_API_KEY_FILE: '/nope'})).toBe('SRTGEN_API_KEY_FILE: cannot read /nope (ENOENT).');
	});

	test('an empty key file is refused', () => {
		expect(refusal({keyFile: '/k'}, {}, () => '\n')).toBe(
			'--key-file: /k is empty; it should hold the API key on one line.',
		);
	});

	test('a key with spaces or several lines is refused without echoing it', () => {
		expect(refusal({keyFile: '/k'}, {}, () => `${key}\n${key}\n`)).toContain('printable ASCII');
		expect(refusal({}, {SRTGEN_API_KEY: `${key} ${key}`})).toContain('SRTGEN_API_KEY contains spaces');
		expect(refusal({}, {SRTGEN_API_KEY: `${key}é`})).toContain('non-ASCII');
	});
});

describe('--base-url', () => {
	test('https anywhere, path kept, trailing slash dropped', () => {
		expect(resolve({baseUrl: 'https://eu.srtgen.example/prefix/'}).baseUrl.href).toBe('https://eu.srtgen.example/prefix');
	});

	test('SRTGEN_BASE_URL is used when the flag is absent', () => {
		expect(resolve({}, {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: 'http://127.0.0.1:8080'}).baseUrl.host).toBe('127.0.0.1:8080');
	});

	test.each(['http://localhost:3000', 'http://127.0.0.5', 'http://[::1]:9000'])('plain http to loopback %s is fine', url => {
		expect(resolve({baseUrl: url}).baseUrl.protocol).toBe('http:');
	});

	test.each([
		['http://api.srtgen.com', 'plain http is accepted only for localhost, since the key would cross the network in clear text; use https://api.srtgen.com.'],
		['http://10.0.0.2:80', 'plain http is accepted only for localhost'],
		['ftp://api.srtgen.com', "'ftp:' is not supported; use https://."],
		['api.srtgen.com', "'api.srtgen.com' is not a URL; expected something like https://api.srtgen.com."],
		['https://user:pw@api.srtgen.com', 'credentials in the URL are not accepted'],
	])('%s is refused', (url, message) => {
		expect(refusal({baseUrl: url})).toContain(`--base-url: ${message}`);
	});
});

describe('numbers', () => {
	test('accepted values', () => {
		expect(resolve({interval: '2', timeout: '2.5', warn: '1,000'})).toMatchObject({
			intervalSeconds: 2,
			timeoutSeconds: 2.5,
			warnBelow: 1000,
		});
		expect(resolve({warn: '0'}).warnBelow).toBe(0);
	});

	test.each(['abc', '', '1', '1.9', '3601', '-30', 'Infinity', 'NaN', '0x10', '1e3', '+10', '30s'])('--interval %j names the flag, the value and the range', value => {
		expect(refusal({interval: value})).toBe(
			`--interval: '${value}' is not accepted; give seconds from 2 to 3600 (default 30).`,
		);
	});

	test.each(['0', '121', 'soon', ''])('--timeout %j is refused', value => {
		expect(refusal({timeout: value})).toBe(
			`--timeout: '${value}' is not accepted; give seconds from 1 to 120 (default 10).`,
		);
	});

	test.each(['-1', '12.5', 'lots', '', ',,,', '_', '1,0,0', '0x10', '1e3'])('--warn %j is refused', value => {
		expect(refusal({warn: value})).toBe(
			`--warn: '${value}' is not accepted; give a whole number of credits, 0 or more (e.g. --warn 500).`,
		);
	});
});

test('two output modes at once are refused', () => {
	expect(refusal({once: true, json: true})).toBe('Choose one output mode: --once and --json were given together.');
});

describe('checkArguments', () => {
	const known = {switches: ['help', 'version', 'once', 'demo'], values: ['key-file', 'warn', 'format']};

	test('known flags, values, negations and anything after -- pass', () => {
		expect(() => {
			checkArguments(
				joinValues(['--once', '--key-file', '/k', '--warn=5', '--no-demo', '--', '--anything'], known),
				known,
				[],
			);
		}).not.toThrow();
	});

	test.each([
		[['--bogus'], 'Unknown flag --bogus; see --help for the flags there are.'],
		[['--warn', '5', '--colour=always'], 'Unknown flag --colour; see --help for the flags there are.'],
		[['-x'], 'Unknown flag -x; see --help for the flags there are.'],
		[
			['--no-format'],
			'--no-format is not a flag: --format takes a value, and leaving it out is the default; see --help.',
		],
		[
			['--once', '--no-key-file'],
			'--no-key-file is not a flag: --key-file takes a value, and leaving it out is the default; see --help.',
		],
		[
			['--no-warn=5'],
			'--no-warn is not a flag: --warn takes a value, and leaving it out is the default; see --help.',
		],
		[['--no-bogus'], 'Unknown flag --no-bogus; see --help for the flags there are.'],
		[['--once', '--warn'], '--warn needs a value; see --help.'],
	])('%j is refused', (argv, message) => {
		expect(() => {
			checkArguments(joinValues(argv, known), known, []);
		}).toThrow(message);
	});

	test('a value starting with - is the value of the flag before it', () => {
		expect(joinValues(['--format', '-{total} cr', '--warn', '-5', '--once', '--', '--warn', 'x'], known)).toEqual(
			['--format=-{total} cr', '--warn=-5', '--once', '--', '--warn', 'x'],
		);
		expect(() => {
			checkArguments(joinValues(['--format', '--json'], known), known, []);
		}).not.toThrow();
	});

	test('a stray word is refused', () => {
		expect(() => {
			checkArguments([], known, ['extra']);
		}).toThrow("Unexpected argument 'extra'; srtgen-top takes flags only (see --help).");
	});
});

describe('--waybar and --tmux-updater', () => {
	test('--waybar goes with --line, and not with --tmux', () => {
		expect(resolve({line: true, waybar: true}).waybar).toBe(true);
		expect(refusal({once: true, waybar: true})).toBe('--waybar goes with --line.');
		expect(refusal({line: true, waybar: true, tmux: true})).toMatch(/^Choose one of --waybar and --tmux/);
	});

	test('--tmux-updater is a mode of its own that takes the line\'s settings, but not --waybar', () => {
		const config = resolve({tmuxUpdater: true, format: '{total}', maxAge: '60', interval: '15'});
		expect(config).toMatchObject({
			mode: 'tmux-updater',
			lineFormat: '{total}',
			maxAgeSeconds: 60,
			intervalSeconds: 15,
			waybar: false,
		});
		expect(refusal({tmuxUpdater: true, format: '{total}', waybar: true})).toBe('--waybar goes with --line.');
		expect(refusal({tmuxUpdater: true, line: true})).toBe(
			'Choose one output mode: --line and --tmux-updater were given together.',
		);
		expect(refusal({tmuxUpdater: true}, {})).toMatch(/^No API key/);
	});
});

test('the Config knows where its key came from: a flag, a variable, or the config file\'s key-file or key-env', async () => {
	const {parseConfigFile} = await import('../../source/config/configFile.js');
	const read = () => `${key}\n`;
	expect(resolve().keySource).toBe('$SRTGEN_API_KEY');
	expect(resolve({keyFile: '/run/k'}, {}, read).keySource).toBe('--key-file /run/k');
	expect(resolve({}, {SRTGEN_API_KEY_FILE: '/run/k'}, read).keySource).toBe('$SRTGEN_API_KEY_FILE (/run/k)');
	const file = parseConfigFile(
		'/cfg.toml',
		'[accounts.studio]\nkey-env = "STUDIO_KEY"\n[accounts.home]\nkey-file = "/home/k"\n',
	);
	expect(resolveConfig({account: 'studio'}, {STUDIO_KEY: key}, noFile, true, file).keySource).toBe(
		'$STUDIO_KEY (/cfg.toml:2)',
	);
	expect(resolveConfig({account: 'home'}, {}, read, true, file).keySource).toBe('key-file /home/k (/cfg.toml:4)');
});

test('--theme: auto by default, one of the four, or the nearest named', async () => {
	const {parseConfigFile} = await import('../../source/config/configFile.js');
	expect(resolve().theme).toBe('auto');
	expect(resolve({theme: 'mono'}).theme).toBe('mono');
	expect(refusal({theme: 'ligth'})).toBe(
		"--theme: 'ligth' is not a theme; give auto, dark, light, mono (did you mean light?).",
	);
	expect(refusal({theme: 'solarized'})).toBe("--theme: 'solarized' is not a theme; give auto, dark, light, mono.");
	expect(
		resolveConfig({}, {SRTGEN_API_KEY: key}, noFile, true, parseConfigFile('/cfg.toml', 'theme = "light"\n'))
			.theme,
	).toBe('light');
});

test('--report is a mode of its own; --json and --csv choose its form, --days how far back', () => {
	expect(resolveConfig({report: true}, {SRTGEN_API_KEY: 'k'}, () => '').report).toEqual({days: 30, format: 'table'});
	expect(resolveConfig({report: true, json: true, days: '7'}, {SRTGEN_API_KEY: 'k'}, () => '')).toMatchObject({
		mode: 'report',
		report: {days: 7, format: 'json'},
	});
	expect(resolveConfig({report: true, csv: true}, {SRTGEN_API_KEY: 'k'}, () => '').report.format).toBe('csv');
	expect(() => resolveConfig({report: true, csv: true, json: true}, {SRTGEN_API_KEY: 'k'}, () => '')).toThrow(
		'Choose one of --json and --csv',
	);
	expect(() => resolveConfig({report: true, once: true}, {SRTGEN_API_KEY: 'k'}, () => '')).toThrow(
		'--once and --report',
	);
	expect(() => resolveConfig({days: '3'}, {SRTGEN_API_KEY: 'k'}, () => '')).toThrow('--days goes with --report.');
});

test('--mark, --jobs and --unmark mark a run now in the live view, --once, --json and --line; the modes that keep polling or read no verdict refuse them', () => {
	for (const mode of [{}, {once: true}, {json: true}, {line: true}]) {
		expect(resolve({...mode, jobs: '40'})).toMatchObject({mark: true, jobs: 40, unmark: false});
		expect(resolve({...mode, unmark: true})).toMatchObject({mark: false, unmark: true});
	}

	expect(refusal({tmuxUpdater: true, mark: true})).toBe(
		'--mark goes with the live view, --once, --json or --line, not with --tmux-updater: a run marked there is followed everywhere.',
	);
	expect(refusal({serve: true, jobs: '40'})).toContain('--jobs goes with the live view');
	expect(refusal({report: true, unmark: true})).toContain('not with --report');
	expect(refusal({openmetrics: true, mark: true})).toContain('not with --openmetrics');
});

describe('--check and --guard', () => {
	test('--check asks about jobs (with --per-job or not) or credits, keeping --keep; --json answers in JSON; --jobs marks no run', () => {
		expect(resolve({check: true, jobs: '40', perJob: '12.5', keep: '1,000'})).toMatchObject({
			mode: 'check',
			keep: 1000,
			perJob: 12.5,
			check: {ask: {jobs: 40}, json: false},
			guard: undefined,
			mark: false,
			jobs: undefined,
		});
		expect(resolve({check: true, credits: '500', json: true})).toMatchObject({
			mode: 'check',
			keep: 0,
			perJob: undefined,
			check: {ask: {credits: 500}, json: true},
		});
	});

	test('--guard runs what follows --, one job in flight and pausing while offline unless told', () => {
		expect(resolve({guard: true, keep: '200', command: ['./worker.sh', '-v']})).toMatchObject({
			mode: 'guard',
			keep: 200,
			guard: {command: ['./worker.sh', '-v'], inFlight: 1, offline: 'pause'},
			check: undefined,
		});
		expect(resolve({guard: true, inFlight: '4', guardOffline: 'run', command: ['w']}).guard).toEqual({
			command: ['w'],
			inFlight: 4,
			offline: 'run',
		});
	});

	test.each<[Flags, string]>([
		[{check: true}, '--check needs what to check: --jobs N'],
		[{check: true, jobs: '4', credits: '40'}, 'not both'],
		[{check: true, credits: '40', perJob: '2'}, '--per-job goes with --jobs'],
		[{check: true, jobs: '0'}, "--jobs: '0' is not accepted"],
		[
			{check: true, jobs: '4', perJob: '0'},
			"--per-job: '0' is not accepted; give the credits one job costs, more than 0",
		],
		[
			{check: true, jobs: '4', keep: '-5'},
			"--keep: '-5' is not accepted; give a whole number of credits, 0 or more (e.g. --keep 500).",
		],
		[{check: true, jobs: '4', mark: true}, '--mark goes with the live view'],
		[{check: true, jobs: '4', inFlight: '2'}, '--in-flight goes with --guard.'],
		[{check: true, jobs: '4', command: ['w']}, 'A command after -- goes with --guard'],
		[{check: true, once: true, jobs: '4'}, 'Choose one output mode: --once and --check'],
		[{guard: true, keep: '5'}, '--guard runs a command: give it after --'],
		[{guard: true, command: []}, '--guard runs a command: give it after --'],
		[{guard: true, command: ['w'], jobs: '4'}, '--jobs goes with --check.'],
		[
			{guard: true, command: ['w'], guardOffline: 'wait'},
			"--guard-offline: 'wait' is not accepted; give pause (the default) or run.",
		],
		[
			{guard: true, command: ['w'], inFlight: '0'},
			"--in-flight: '0' is not accepted; give how many jobs the command runs at once, 1 or more.",
		],
		[{guard: true, json: true, command: ['w']}, 'Choose one output mode: --json and --guard'],
		[{keep: '5'}, '--keep goes with --check or --guard.'],
		[{once: true, credits: '5'}, '--credits goes with --check.'],
		[{command: ['w']}, 'A command after -- goes with --guard'],
	])('refused: %j', (flags, message) => {
		expect(refusal(flags)).toContain(message);
	});
});
