import {homedir} from 'node:os';
import type {ConfigFile, FileSetting, Settings} from './configFile.js';
import {ConfigError} from './error.js';
import type {Env, Flags} from './flags.js';
import {keyVariable} from './key.js';

/** Where each setting came from, for --print-config: a flag, a variable, a file's line, or the default. */
export type Sources = Partial<Record<FileSetting | 'account' | 'key', string>>;

const camel = (name: string) => name.replaceAll(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const home = (file: string) => (file.startsWith('~/') ? `${homedir()}${file.slice(1)}` : file);

/**
 * The flags as the config file and the command line make them together: a flag wins over the
 * account's setting, which wins over the file's own default, which wins over the built-in one.
 * The key: --key-file, else the account's key-file or key-env when --account names it, else
 * SRTGEN_API_KEY(_FILE), else the file's. Returns the environment the key is then read from.
 */
export function withConfigFile(
	flags: Flags,
	env: Env,
	file: ConfigFile | undefined,
): {
	flags: Flags;
	env: Env;
	sources: Sources;
	account: string | undefined;
	keyFile?: string;
	keyFileSetting?: string;
} {
	if (file === undefined) {
		if (flags.account !== undefined) {
			throw new ConfigError('--account needs a config file with [accounts.NAME] tables; see --print-config.');
		}

		return {flags, env, sources: {}, account: undefined};
	}

	// A file with one account needs no default-account: there is nothing to choose between.
	const names = Object.keys(file.accounts);
	const only = names.length === 1 ? names[0] : undefined;
	const account = flags.account ?? file.defaultAccount ?? only;
	const chosen = account === undefined ? {} : file.accounts[account];
	if (chosen === undefined) {
		throw new ConfigError(
			`--account ${account}: ${file.path} has no [accounts.${account}]; it has ${names.join(', ') || 'none'}.`,
		);
	}

	const settings: Settings = {...file.defaults, ...chosen};
	const sources: Sources = {};
	const fromFile: Record<string, string | boolean> = {};
	for (const [name, setting] of Object.entries(settings) as Array<
		[FileSetting, {value: string | boolean; line: number}]
	>) {
		// A flag typed wins, and is its own source (see printConfig).
		if (
			name !== 'key-file'
			&& name !== 'key-env'
			&& (flags as Record<string, unknown>)[camel(name)] === undefined
		) {
			fromFile[camel(name)] = setting.value;
			sources[name] = `${file.path}:${setting.line}`;
		}
	}

	// meow leaves a flag not typed out, but a caller may pass it as undefined: it must not hide the file's.
	const given = Object.fromEntries(
		Object.entries(flags as Record<string, unknown>).filter(([, value]) => value !== undefined),
	);
	const keyFromEnvironment = Boolean(env[keyVariable]?.trim()) || Boolean(env[`${keyVariable}_FILE`]?.trim());
	const keySetting = settings['key-file'] ?? settings['key-env'];
	const useFileKey
		= flags.keyFile === undefined
			&& keySetting !== undefined
			&& (flags.account !== undefined || !keyFromEnvironment);
	let keyEnv = env;
	let keyFlags: Flags = {};
	if (useFileKey && settings['key-file'] !== undefined) {
		keyFlags = {keyFile: home(String(settings['key-file'].value))};
		sources.key = `key-file ${String(settings['key-file'].value)} (${file.path}:${settings['key-file'].line})`;
	} else if (useFileKey && settings['key-env'] !== undefined) {
		const variable = String(settings['key-env'].value);
		const value = env[variable];
		if (value === undefined || value.trim() === '') {
			throw new ConfigError(
				`No API key: ${file.path}:${settings['key-env'].line} reads it from ${variable}, which is not set.`,
			);
		}

		keyEnv = {...env, [keyVariable]: value, [`${keyVariable}_FILE`]: undefined};
		sources.key = `$${variable} (${file.path}:${settings['key-env'].line})`;
	}

	if (account !== undefined) {
		sources.account
			= flags.account === undefined
				? file.defaultAccount === undefined
					? `the only account (${file.path})`
					: `default-account (${file.path})`
				: '--account';
	}

	const keyFileSetting
		= keyFlags.keyFile === undefined ? undefined : `${file.path}:${settings['key-file']!.line}: key-file`;
	return {
		flags: {...fromFile, ...given, ...keyFlags},
		env: keyEnv,
		sources,
		account,
		keyFile: keyFlags.keyFile,
		keyFileSetting,
	};
}
