import {resolveConfig, type Config} from './config.js';
import type {ConfigFile} from './configFile.js';
import type {Env, Flags} from './flags.js';

/** An account the exporter serves: `name` is its `account` label. */
export type ExportedAccount = {name: string; config: Config};

/**
 * Every account of the config file, each with its own key and settings; only the one --account
 * names; or, with no accounts in the file, the one configured key (labelled `default`).
 */
export function exportedAccounts(flags: Flags, env: Env, readKeyFile: (path: string) => string, file: ConfigFile | undefined): ExportedAccount[] {
	const names = flags.account !== undefined || file === undefined ? [] : Object.keys(file.accounts);
	const each = names.length === 0 ? [flags] : names.map(account => ({...flags, account}));
	// Copied once: each account's settings copy the environment, and every read of process.env asks
	// the system (with thousands of accounts and variables, a minute before the first request).
	const plain = {...env};
	return each.map(accountFlags => {
		const config = resolveConfig(accountFlags, plain, readKeyFile, false, file);
		return {name: config.account ?? (config.demo === false ? 'default' : 'demo'), config};
	});
}
