import {defaultBaseUrl, resolveBaseUrl} from './config/baseUrl.js';
import {ConfigError} from './config/error.js';
import {keyVariable, resolveKey} from './config/key.js';
import {parseJobs, parseSeconds, parseWarn} from './config/numbers.js';
import {parseLineFormat} from './model/lineTemplate.js';

export {ConfigError} from './config/error.js';
export {keyVariable} from './config/key.js';

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

export const intervalBounds = {default: 30, min: 2, max: 3600};
/** The demo account drains fast; polling it often shows the burn rate within a minute. */
export const demoIntervalSeconds = 5;
export const timeoutBounds = {default: 10, min: 1, max: 120};
/** A status bar refreshing every 15 s, in several tmux clients, makes a request every 30 s at most. */
const maxAgeBounds = {default: 30, min: 0, max: 86_400};

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

function resolveMode(flags: Flags): Mode {
	const chosen = (['once', 'json', 'line'] as const).filter(mode => flags[mode]);
	if (chosen.length > 1) {
		throw new ConfigError(`Choose one output mode: ${chosen.map(mode => `--${mode}`).join(' and ')} were given together.`);
	}

	return chosen[0] ?? 'live';
}
