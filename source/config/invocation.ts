import {exportedAccounts, type ExportedAccount} from './accounts.js';
import {resolveConfig, resolveMode, type Config, type Mode} from './config.js';
import type {ConfigFile} from './configFile.js';
import {ConfigError} from './error.js';
import type {Env, Flags} from './flags.js';

/**
 * What runs: one account's mode, or one over every account. `overview` is the live view of every
 * account; `all-accounts` is --once, --json or --line (its `output`) with --all-accounts.
 */
export type InvocationMode = Mode | 'overview' | 'all-accounts';

/** The one-shot modes --all-accounts reads every account in. */
export type AllAccountsOutput = 'once' | 'json' | 'line';

type EveryAccount = {
	serve: {accounts: ExportedAccount[]};
	openmetrics: {accounts: ExportedAccount[]};
	overview: {accounts: ExportedAccount[]};
	'all-accounts': {accounts: ExportedAccount[]; output: AllAccountsOutput};
};

/** What the command line asks for: a mode, with the one account's Config or every account's. */
export type InvocationOf<M extends InvocationMode> = {mode: M} & (M extends keyof EveryAccount
	? EveryAccount[M]
	: {config: Config});
export type Invocation = {[M in InvocationMode]: InvocationOf<M>}[InvocationMode];

/** The one step from flags, environment and config file to what runs; every check of a Config applies to every mode. */
export function resolveInvocation(
	flags: Flags,
	env: Env,
	readKeyFile: (path: string) => string,
	terminal: boolean,
	file: ConfigFile | undefined,
): Invocation {
	if (flags.printConfig !== true && (flags.serve === true || flags.openmetrics === true)) {
		return {
			mode: flags.openmetrics === true ? 'openmetrics' : 'serve',
			accounts: exportedAccounts(flags, env, readKeyFile, file),
		};
	}

	const mode = resolveMode(flags);
	const all = flags.allAccounts === true;
	const several
		= flags.account === undefined && flags.demo !== true && Object.keys(file?.accounts ?? {}).length > 1;
	if (all || (mode === 'live' && several)) {
		checkEveryAccount(flags, mode);
		const accounts = exportedAccounts(flags, env, readKeyFile, file);
		return mode === 'live'
			? {mode: 'overview', accounts}
			: {mode: 'all-accounts', output: mode as AllAccountsOutput, accounts};
	}

	const config = resolveConfig(flags, env, readKeyFile, terminal, file);
	return {mode: config.mode, config} as Invocation;
}

/** What cannot go with every account at once: a single account named, and what is about one account. */
function checkEveryAccount(flags: Flags, mode: Mode): void {
	const all = flags.allAccounts === true;
	if (all && flags.account !== undefined) {
		throw new ConfigError('Choose one of --account and --all-accounts.');
	}

	if (all && mode !== 'live' && mode !== 'once' && mode !== 'json' && mode !== 'line') {
		throw new ConfigError(`--all-accounts goes with the live view, --once, --json or --line, not --${mode}.`);
	}

	if (all && flags.waybar === true) {
		throw new ConfigError('--waybar shows one account: pick it with --account NAME.');
	}

	if (flags.mark === true || flags.jobs !== undefined) {
		// Said for the overview too: there, `m` and `j` mark a run on the account opened.
		throw new ConfigError(
			`--${flags.mark === true ? 'mark' : 'jobs'} is about one account: pick it with --account NAME${all ? '' : ' (or mark the run with m in its dashboard)'}.`,
		);
	}
}

/** Every Config the invocation runs with: the warnings are about each of them. */
export function configsOf(invocation: Invocation): Config[] {
	return 'accounts' in invocation ? invocation.accounts.map(account => account.config) : [invocation.config];
}
