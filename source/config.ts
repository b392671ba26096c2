import {parseLineFormat} from './model/lineTemplate.js';

export type Mode = 'live' | 'once' | 'json' | 'line';

export type Config = {
	mode: Mode;
	/** Undefined on the demo account. */
	apiKey: string | undefined;
	/** The built-in demo account: asked for with --demo, or the live view's fallback without a key. */
	demo: false | 'requested' | 'no-key';
	baseUrl: URL;
	intervalSeconds: number;
	timeoutSeconds: number;
	warnBelow: number | undefined;
	/** --line: answer from the last reading while it is younger than this, without a request. */
	maxAgeSeconds: number;
	/** --line: a template (see lineTemplate), checked already. */
	lineFormat: string | undefined;
	/** --line: colours in tmux's #[fg=…] style. */
	tmux: boolean;
	/** Live view: a bulk run starts now (--mark), of this many jobs (--jobs). */
	mark: boolean;
	jobs: number | undefined;
};

export type Flags = {
	keyFile?: string;
	baseUrl?: string;
	interval?: string;
	timeout?: string;
	warn?: string;
	maxAge?: string;
	format?: string;
	tmux?: boolean;
	mark?: boolean;
	jobs?: string;
	once?: boolean;
	json?: boolean;
	line?: boolean;
	demo?: boolean;
	/** Refused on purpose: a key on the command line ends up in shell history and `ps`. */
	apiKey?: string;
	key?: string;
};

export type Env = Record<string, string | undefined>;

export const keyVariable = 'SRTGEN_API_KEY';
export const defaultBaseUrl = 'https://api.srtgen.com';
export const intervalBounds = {default: 30, min: 2, max: 3600};
/** The demo account drains fast; polling it often shows the burn rate within a minute. */
export const demoIntervalSeconds = 5;
export const timeoutBounds = {default: 10, min: 1, max: 120};
/** A status bar refreshing every 15 s, in several tmux clients, makes a request every 30 s at most. */
export const maxAgeBounds = {default: 30, min: 0, max: 86_400};

export class ConfigError extends Error {
	override name = 'ConfigError';
}

/**
 * Refuses flags that are not in `known` (kebab-case names, as typed) and stray words, each with
 * a line naming it. `--` ends the flags, as usual; nothing may follow it either.
 */
export function checkArguments(argv: string[], known: string[], stray: string[]): void {
	for (const token of argv) {
		if (token === '--') {
			break;
		}

		const name = /^--?([^=]+)/.exec(token)?.[1];
		if (name !== undefined && !known.includes(name.replace(/^no-/, ''))) {
			throw new ConfigError(`Unknown flag ${token.split('=')[0]!}; see --help for the flags there are.`);
		}
	}

	if (stray.length > 0) {
		throw new ConfigError(`Unexpected argument '${stray[0]!}'; srtgen-top takes flags only (see --help).`);
	}
}

/**
 * The configuration from flags and environment. `terminal` tells whether stdout is one: the live
 * view falls back to the demo account without a key, but only for a person watching, never for a
 * script reading stdout.
 */
export function resolveConfig(flags: Flags, env: Env, readKeyFile: (path: string) => string, terminal = true): Config {
	if (flags.apiKey !== undefined || flags.key !== undefined) {
		throw new ConfigError(`There is no flag for the key itself: a key typed on the command line is kept in shell history and shown by ps. Set ${keyVariable}, or put it in a file and pass --key-file.`);
	}

	const mode = resolveMode(flags);
	const demo = Boolean(flags.demo);
	const apiKey = demo ? undefined : resolveKey(flags, env, readKeyFile);
	if (!demo && apiKey === undefined && (mode !== 'live' || !terminal)) {
		throw new ConfigError(`No API key: set ${keyVariable} (or ${keyVariable}_FILE / --key-file). To try srtgen-top without one, add --demo.`);
	}

	const onDemo = demo || apiKey === undefined;
	return {
		mode,
		apiKey,
		demo: demo ? 'requested' : apiKey === undefined ? 'no-key' : false,
		// The demo account is served in-process: a base URL, even a bad one, plays no part.
		baseUrl: onDemo ? new URL(defaultBaseUrl) : resolveBaseUrl(flags.baseUrl ?? env['SRTGEN_BASE_URL']),
		intervalSeconds: parseSeconds('--interval', flags.interval, onDemo ? {...intervalBounds, default: demoIntervalSeconds} : intervalBounds),
		timeoutSeconds: parseSeconds('--timeout', flags.timeout, timeoutBounds),
		warnBelow: parseWarn(flags.warn),
		...lineOptions(flags, mode),
		mark: Boolean(flags.mark) || flags.jobs !== undefined,
		jobs: parseJobs(flags.jobs),
	};
}

function lineOptions(flags: Flags, mode: Mode): Pick<Config, 'maxAgeSeconds' | 'lineFormat' | 'tmux'> {
	const given = (['maxAge', 'format', 'tmux'] as const).filter(flag => flags[flag] !== undefined && flags[flag] !== false);
	if (mode !== 'line' && given.length > 0) {
		throw new ConfigError(`--${given[0] === 'maxAge' ? 'max-age' : given[0]} goes with --line.`);
	}

	const format = flags.format === undefined ? undefined : parseLineFormat(flags.format);
	if (typeof format === 'string') {
		throw new ConfigError(format);
	}

	return {
		maxAgeSeconds: parseSeconds('--max-age', flags.maxAge, maxAgeBounds),
		lineFormat: flags.format,
		tmux: Boolean(flags.tmux),
	};
}

function parseJobs(value: string | undefined): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) {
		throw new ConfigError(`--jobs: '${value}' is not accepted; give the number of jobs in the run, 1 or more.`);
	}

	return Number(value);
}

function resolveMode(flags: Flags): Mode {
	const chosen = (['once', 'json', 'line'] as const).filter(mode => flags[mode]);
	if (chosen.length > 1) {
		throw new ConfigError(`Choose one output mode: ${chosen.map(mode => `--${mode}`).join(' and ')} were given together.`);
	}

	return chosen[0] ?? 'live';
}

function resolveKey(flags: Flags, env: Env, readKeyFile: (path: string) => string): string | undefined {
	const file = flags.keyFile ?? nonEmpty(env[`${keyVariable}_FILE`]);
	const source = flags.keyFile === undefined ? `${keyVariable}_FILE` : '--key-file';
	let key: string | undefined;
	if (file === undefined) {
		key = nonEmpty(env[keyVariable]);
	} else {
		try {
			key = readKeyFile(file).replace(/\r?\n$/, '');
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
			throw new ConfigError(`${source}: cannot read ${file} (${code}).`);
		}

		if (key === '') {
			throw new ConfigError(`${source}: ${file} is empty; it should hold the API key on one line.`);
		}
	}

	// The value itself is never echoed: it is a secret even when it is malformed.
	if (key !== undefined && !/^[\x21-\x7E]+$/.test(key)) {
		const where = file === undefined ? keyVariable : `the key in ${file}`;
		throw new ConfigError(`${where} contains spaces, line breaks or non-ASCII characters; an API key is one word of printable ASCII.`);
	}

	return key;
}

const loopbackHosts = new Set(['localhost', '[::1]']);

function resolveBaseUrl(value: string | undefined): URL {
	const text = value ?? defaultBaseUrl;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new ConfigError(`--base-url: '${text}' is not a URL; expected something like ${defaultBaseUrl}.`);
	}

	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new ConfigError(`--base-url: '${url.protocol}' is not supported; use https://.`);
	}

	if (url.username !== '' || url.password !== '') {
		throw new ConfigError('--base-url: credentials in the URL are not accepted; the key goes in SRTGEN_API_KEY.');
	}

	const loopback = loopbackHosts.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
	if (url.protocol === 'http:' && !loopback) {
		throw new ConfigError(`--base-url: plain http is accepted only for localhost, since the key would cross the network in clear text; use https://${url.host}.`);
	}

	url.pathname = url.pathname.replace(/\/+$/, '');
	url.search = '';
	url.hash = '';
	return url;
}

function parseSeconds(flag: string, value: string | undefined, bounds: {default: number; min: number; max: number}): number {
	if (value === undefined) {
		return bounds.default;
	}

	const seconds = Number(value);
	if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || seconds < bounds.min || seconds > bounds.max) {
		throw new ConfigError(`${flag}: '${value}' is not accepted; give seconds from ${bounds.min} to ${bounds.max} (default ${bounds.default}).`);
	}

	return seconds;
}

function parseWarn(value: string | undefined): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	const credits = Number(value.replaceAll(/[,_]/g, ''));
	if (!/^\s*\d{1,3}([,_]?\d{3})*\s*$/.test(value)) {
		throw new ConfigError(`--warn: '${value}' is not accepted; give a whole number of credits, 0 or more (e.g. --warn 500).`);
	}

	return credits;
}

function nonEmpty(value: string | undefined): string | undefined {
	return value === undefined || value.trim() === '' ? undefined : value.trim();
}
