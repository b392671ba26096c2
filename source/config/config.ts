import {defaultBaseUrl, resolveBaseUrl} from './baseUrl.js';
import {ConfigError} from './error.js';
import {keyFileOf, keySourceOf, keyVariable, resolveKey} from './key.js';
import {parseJobs, parseSeconds, parseWarn, parseWhole} from './numbers.js';
import {
	alertAfterBounds,
	demoIntervalSeconds,
	intervalBounds,
	maxAgeBounds,
	reportDaysBounds,
	timeoutBounds,
	unusedBeforeBounds,
} from './bounds.js';
import {alertCommand, type AlertCommand} from './onAlert.js';
import {withConfigFile, type Sources} from './accountSettings.js';
import {defaultConfigPath, type ConfigFile} from './configFile.js';
import type {Env, Flags} from './flags.js';
import {defaultStateDir} from './stateDir.js';
import {parseListen, type Listen} from './listen.js';
import {nearestName} from './nearest.js';
import {budgetOptions, type BudgetOptions} from './budget.js';

export const themes = ['auto', 'dark', 'light', 'mono'] as const;
export type Theme = (typeof themes)[number];

/** Ways of running that keep polling or read no verdict: a run marked "now" at each poll would mean nothing. */
const marksNoRun: readonly Mode[] = ['tmux-updater', 'report', 'serve', 'openmetrics', 'guard'];

function parseTheme(value: string | undefined): Theme {
	if (value === undefined) {
		return 'auto';
	}

	if (!(themes as readonly string[]).includes(value)) {
		const nearest = nearestName(value, themes, 3);
		throw new ConfigError(
			`--theme: '${value}' is not a theme; give ${themes.join(', ')}${nearest === undefined ? '' : ` (did you mean ${nearest}?)`}.`,
		);
	}

	return value as Theme;
}

export type Mode =
	| 'live'
	| 'once'
	| 'json'
	| 'line'
	| 'tmux-updater'
	| 'report'
	| 'serve'
	| 'openmetrics'
	| 'print-config'
	| 'check'
	| 'guard';

export type Config = BudgetOptions & {
	mode: Mode;
	/** Undefined on the demo account. */
	apiKey: string | undefined;
	/**
	 * Where the key is read from (a flag, a variable, the config file's key-file or key-env), for
	 * the messages about it.
	 */
	keySource: string;
	/** The built-in demo account: asked for with --demo, or the live view's fallback without a key. */
	demo: false | 'requested' | 'no-key';
	/** Which of the demo's accounts (`--demo --all-accounts` shows them all): 0, the first, but there. */
	demoAccount: number;
	baseUrl: URL;
	intervalSeconds: number;
	timeoutSeconds: number;
	warnBelow: number | undefined;
	/** --line: answer from the last reading while it is younger than this, without a request. */
	maxAgeSeconds: number;
	/** --line: a template, checked by the status line before anything else (see statusLine/template). */
	lineFormat: string | undefined;
	/** --line: colours in tmux's #[fg=…] style. */
	tmux: boolean;
	/** --line: a Waybar module's JSON document instead of the line. */
	waybar: boolean;
	/**
	 * Live view and one-shots: a bulk run starts now (--mark), of this many jobs (--jobs); or the
	 * marked one is cleared (--unmark).
	 */
	mark: boolean;
	jobs: number | undefined;
	unmark: boolean;
	/** The live view's colours: `auto` asks the terminal for its background (see live/terminalBackground.ts). */
	theme: Theme;
	/** Where the history, the bulk-run mark and the status line's cache are kept. */
	stateDir: string;
	alerts: AlertOptions;
	/** The config file's account in use, and where every setting came from (--print-config). */
	account: string | undefined;
	configFile: string | undefined;
	/** The key file the config file named, if that is where the key came from. */
	configKeyFile: string | undefined;
	/** The files it was read from: the config file, or where it was looked for, and the key file. */
	filesRead: string[];
	sources: Sources;
	/** --serve: where the exporter listens; --openmetrics: the file written instead of stdout. */
	listen: Listen;
	outputFile: string | undefined;
	/** --report: how many days back, and printed as a table, JSON (--json) or CSV (--csv). */
	report: {days: number; format: 'table' | 'json' | 'csv'};
};

/** Where alerts go besides the live view's bell and title (see source/alerts). */
export type AlertOptions = {
	desktop: boolean;
	command: AlertCommand | undefined;
	unreachableAfterSeconds: number;
	unusedBeforeDays: number;
};

/**
 * The configuration from flags and environment. `terminal` tells whether stdout is one: the live
 * view falls back to the demo account without a key, but only for a person watching, never for a
 * script reading stdout.
 */
export function resolveConfig(
	given: Flags,
	givenEnv: Env,
	readKeyFile: (path: string) => string,
	terminal = true,
	file?: ConfigFile,
): Config {
	const {flags, env, sources, account, keyFile, keyFileSetting} = withConfigFile(given, givenEnv, file);
	if (flags.apiKey !== undefined || flags.key !== undefined) {
		throw new ConfigError(
			`There is no flag for the key itself: a key typed on the command line is kept in shell history and shown by ps. Set ${keyVariable}, or put it in a file and pass --key-file.`,
		);
	}

	if (flags.unmark === true && (flags.mark === true || flags.jobs !== undefined)) {
		throw new ConfigError(
			`Choose one of --unmark and ${flags.mark === true ? '--mark' : '--jobs'}: --unmark clears the marked run.`,
		);
	}

	if (flags.onAlertShell === true && flags.onAlert === undefined) {
		throw new ConfigError('--on-alert-shell goes with --on-alert.');
	}

	const mode = resolveMode(flags);
	const markFlag
		= flags.mark === true
			? '--mark'
			: flags.unmark === true
				? '--unmark'
				: flags.jobs !== undefined && mode !== 'check' && mode !== 'guard'
					? '--jobs'
					: undefined;
	if (markFlag !== undefined && marksNoRun.includes(mode)) {
		throw new ConfigError(
			`${markFlag} goes with the live view, --once, --json or --line, not with --${mode}: a run marked there is followed everywhere.`,
		);
	}

	const demo = Boolean(flags.demo);
	const apiKey = demo ? undefined : resolveKey(flags, env, readKeyFile, keyFileSetting);
	if (!demo && apiKey === undefined && mode !== 'print-config' && (mode !== 'live' || !terminal)) {
		throw new ConfigError(noKey(file, account));
	}

	// --print-config shows what a key would run with; the demo's own interval is in --help.
	const onDemo = demo || (apiKey === undefined && mode !== 'print-config');
	return {
		mode,
		apiKey,
		keySource: sources.key ?? keySourceOf(flags, env),
		demo: demo ? 'requested' : apiKey === undefined ? 'no-key' : false,
		demoAccount: 0,
		// The demo account is served in-process: a base URL, even a bad one, plays no part.
		baseUrl: onDemo ? new URL(defaultBaseUrl) : resolveBaseUrl(flags.baseUrl ?? env['SRTGEN_BASE_URL']),
		intervalSeconds: parseSeconds(
			'--interval',
			flags.interval,
			onDemo ? {...intervalBounds, default: demoIntervalSeconds} : intervalBounds,
		),
		timeoutSeconds: parseSeconds('--timeout', flags.timeout, timeoutBounds),
		warnBelow: parseWarn(flags.warn),
		...lineOptions(flags, mode, given),
		...budgetOptions(flags, mode === 'check' || mode === 'guard' ? mode : 'other'),
		// --check's --jobs are jobs to come, not a run that starts now.
		mark: mode !== 'check' && (Boolean(flags.mark) || flags.jobs !== undefined),
		jobs: mode === 'check' ? undefined : parseJobs(flags.jobs),
		unmark: Boolean(flags.unmark),
		theme: parseTheme(flags.theme),
		stateDir: defaultStateDir(env),
		alerts: {
			desktop: Boolean(flags.notify),
			command:
				flags.onAlert === undefined ? undefined : alertCommand(flags.onAlert, Boolean(flags.onAlertShell)),
			unreachableAfterSeconds: parseSeconds('--alert-after', flags.alertAfter, alertAfterBounds),
			unusedBeforeDays: parseWhole('--unused-before', flags.unusedBefore, unusedBeforeBounds),
		},
		account,
		configFile: file?.path,
		configKeyFile: keyFile,
		filesRead: [file?.path ?? defaultConfigPath(), ...(demo ? [] : [keyFileOf(flags, env)])].filter(
			each => each !== undefined,
		),
		sources,
		...exporterOptions(flags, mode),
		report: reportOptions(flags, mode),
	};
}

function reportOptions(flags: Flags, mode: Mode): Config['report'] {
	const stray = (['days', 'csv'] as const).find(flag => flags[flag] !== undefined && flags[flag] !== false);
	if (stray !== undefined && mode !== 'report' && mode !== 'print-config') {
		throw new ConfigError(`--${stray} goes with --report.`);
	}

	if (flags.csv === true && flags.json === true) {
		throw new ConfigError('Choose one of --json and --csv for the report.');
	}

	return {
		days: parseWhole('--days', flags.days, reportDaysBounds),
		format: flags.json === true ? 'json' : flags.csv === true ? 'csv' : 'table',
	};
}

function exporterOptions(flags: Flags, mode: Mode): Pick<Config, 'listen' | 'outputFile'> {
	if (flags.listen !== undefined && mode !== 'serve') {
		throw new ConfigError('--listen goes with --serve.');
	}

	if (flags.output !== undefined && mode !== 'openmetrics') {
		throw new ConfigError('--output goes with --openmetrics.');
	}

	return {listen: parseListen(flags.listen), outputFile: flags.output};
}

/**
 * The status line's settings; on the command line they go with --line (a config file may hold them
 * for when it is used).
 */
function lineOptions(
	flags: Flags,
	mode: Mode,
	typed: Flags,
): Pick<Config, 'maxAgeSeconds' | 'lineFormat' | 'tmux' | 'waybar'> {
	const stray = (['maxAge', 'format', 'tmux', 'waybar'] as const).filter(
		flag => typed[flag] !== undefined && typed[flag] !== false,
	);
	// The tmux updater is the status line kept in tmux's options: the line's settings are its own.
	const lineLike = mode === 'line' || (mode === 'tmux-updater' && !stray.includes('waybar'));
	if (!lineLike && mode !== 'print-config' && stray.length > 0) {
		const named = mode === 'tmux-updater' ? 'waybar' : stray[0];
		throw new ConfigError(`--${named === 'maxAge' ? 'max-age' : named} goes with --line.`);
	}

	if (typed.waybar === true && typed.tmux === true) {
		throw new ConfigError('Choose one of --waybar and --tmux: Waybar reads JSON, tmux its #[…] styles.');
	}

	return {
		maxAgeSeconds: parseSeconds('--max-age', flags.maxAge, maxAgeBounds),
		lineFormat: flags.format,
		tmux: Boolean(flags.tmux),
		waybar: mode === 'line' && Boolean(flags.waybar),
	};
}

/** Without a key: how to give one, or, when the config file has accounts and none was picked, how to pick one. */
function noKey(file: ConfigFile | undefined, account: string | undefined): string {
	const names = file === undefined ? [] : Object.keys(file.accounts);
	if (account === undefined && names.length > 1) {
		return `No account picked: ${file!.path} has ${names.length} accounts (${names.join(', ')}). Pick one with --account NAME (or default-account = "NAME" in the file), or take them all with --all-accounts.`;
	}

	return `No API key: set ${keyVariable} (or ${keyVariable}_FILE / --key-file). To try srtgen-top without one, add --demo.`;
}

/** The way of running the flags ask for (one account's; see invocation.ts for every account's). */
export function resolveMode(flags: Flags): Mode {
	if (flags.printConfig === true) {
		return 'print-config';
	}

	// --report and --check answer in JSON with --json: a way of answering, not a mode of its own.
	const chosen = (
		['once', 'json', 'line', 'tmuxUpdater', 'report', 'serve', 'openmetrics', 'check', 'guard'] as const
	).filter(mode => flags[mode] && !(mode === 'json' && (flags.report === true || flags.check === true)));
	const typed = (mode: string) => `--${mode === 'tmuxUpdater' ? 'tmux-updater' : mode}`;
	if (chosen.length > 1) {
		throw new ConfigError(`Choose one output mode: ${chosen.map(typed).join(' and ')} were given together.`);
	}

	return chosen[0] === 'tmuxUpdater' ? 'tmux-updater' : chosen[0] ?? 'live';
}
