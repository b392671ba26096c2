import {resolveConfig, type Config} from './config.js';
import type {ConfigFile} from './configFile.js';
import {ConfigError} from './error.js';
import type {Env, Flags} from './flags.js';

/** An account the exporter serves: `name` is its `account` label. */
export type ExportedAccount = {name: string; config: Config};

/**
 * The demo's accounts, by the names `--demo --all-accounts` shows them with (as many as
 * source/demo/account.ts has; a test holds the two together).
 */
export const demoAccountNames = ['demo', 'demo-client'] as const;

/**
 * Every account of the config file, each with its own key and settings; only the one --account
 * names; or, with no accounts in the file, the one configured key (labelled `default`). With
 * --demo, the demo account, or with --all-accounts every one the demo has.
 */
export function exportedAccounts(
	flags: Flags,
	env: Env,
	readKeyFile: (path: string) => string,
	file: ConfigFile | undefined,
): ExportedAccount[] {
	if (flags.demo === true) {
		const config = resolveConfig(flags, env, readKeyFile, false, file);
		const names = flags.allAccounts === true ? demoAccountNames : demoAccountNames.slice(0, 1);
		return names.map((name, demoAccount) => ({name, config: {...config, demoAccount}}));
	}

	const names = flags.account !== undefined || file === undefined ? [] : Object.keys(file.accounts);
	const each = names.length === 0 ? [flags] : names.map(account => ({...flags, account}));
	// Copied once: each account's settings copy the environment, and every read of process.env asks
	// the system (with thousands of accounts and variables, a minute before the first request).
	const plain = {...env};
	return each.map(accountFlags => {
		let config;
		try {
			config = resolveConfig(accountFlags, plain, readKeyFile, false, file);
		} catch (error) {
			// Which account it is about, when there are several; a flag's mistake (`--listen: …`) is every account's.
			throw names.length > 1 && error instanceof ConfigError && !error.message.startsWith('--')
				? new ConfigError(`[accounts.${accountFlags.account!}]: ${error.message}`)
				: error;
		}

		return {name: config.account ?? 'default', config};
	});
}
