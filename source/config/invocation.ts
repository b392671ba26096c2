import {exportedAccounts, type ExportedAccount} from './accounts.js';
import {resolveConfig, type Config, type Mode} from './config.js';
import type {ConfigFile} from './configFile.js';
import type {Env, Flags} from './flags.js';

/** The modes that serve every account of the config file rather than one. */
export type AccountsMode = 'serve' | 'openmetrics';

/** What the command line asks for: a mode, with the one account's Config or every account's. */
export type InvocationOf<M extends Mode> = M extends AccountsMode ? {mode: M; accounts: ExportedAccount[]} : {mode: M; config: Config};
export type Invocation = {[M in Mode]: InvocationOf<M>}[Mode];

/** The one step from flags, environment and config file to what runs; every check of a Config applies to every mode. */
export function resolveInvocation(flags: Flags, env: Env, readKeyFile: (path: string) => string, terminal: boolean, file: ConfigFile | undefined): Invocation {
	if (flags.printConfig !== true && (flags.serve === true || flags.openmetrics === true)) {
		return {mode: flags.openmetrics === true ? 'openmetrics' : 'serve', accounts: exportedAccounts(flags, env, readKeyFile, file)};
	}

	const config = resolveConfig(flags, env, readKeyFile, terminal, file);
	return {mode: config.mode, config} as Invocation;
}

/** Every Config the invocation runs with: the warnings are about each of them. */
export function configsOf(invocation: Invocation): Config[] {
	return 'accounts' in invocation ? invocation.accounts.map(account => account.config) : [invocation.config];
}
