import {homedir} from 'node:os';
import path from 'node:path';
import {parse, TomlError} from 'smol-toml';
import {xdgConfig} from 'xdg-basedir';
import {ConfigError} from './error.js';
import {looksLikeKey} from './keyLike.js';
import {nearestName} from './nearest.js';

/** The settings a config file may hold, as their flags are typed; each is optional. */
export const fileSettings = [
	'key-file',
	'key-env',
	'base-url',
	'interval',
	'timeout',
	'warn',
	'max-age',
	'format',
	'tmux',
	'notify',
	'on-alert',
	'on-alert-shell',
	'alert-after',
	'unused-before',
	'theme',
] as const;

export type FileSetting = (typeof fileSettings)[number];

/** One account's settings, or the file's defaults: each value with the line it is on. */
export type Settings = Partial<Record<FileSetting, {value: string | boolean; line: number}>>;

export type ConfigFile = {
	path: string;
	defaults: Settings;
	accounts: Record<string, Settings>;
	defaultAccount: string | undefined;
};

const switches = new Set<FileSetting>(['tmux', 'notify', 'on-alert-shell']);
const secretNames = /^(key|api-?key|api_key|apikey|token|secret|password)$/i;

/** `$XDG_CONFIG_HOME/srtgen-top/config.toml`. */
export function defaultConfigPath(): string {
	return path.join(xdgConfig ?? path.join(homedir(), '.config'), 'srtgen-top', 'config.toml');
}

/**
 * The config file, checked whole: a TOML error, an unknown setting (with the nearest known one), a
 * value of the wrong kind or a key written into the file is a ConfigError naming the file and line.
 * A name that looks like a key (or is one of `secrets`, the keys in use) is refused without being repeated.
 */
export function parseConfigFile(file: string, text: string, secrets: readonly string[] = []): ConfigFile {
	let document: Record<string, unknown>;
	try {
		document = parse(text);
	} catch (error) {
		const line = error instanceof TomlError ? error.line : 1;
		throw new ConfigError(`${file}:${line}: not valid TOML (${(error as Error).message.split('\n')[0]!.replace(/^Invalid TOML document: /, '')}).`);
	}

	const at = lineFinder(file, text);
	const keyLike = (name: string) => looksLikeKey(name, secrets);
	const {accounts = {}, 'default-account': defaultAccount, ...rest} = document;
	if (typeof defaultAccount === 'string' && keyLike(defaultAccount)) {
		throw new ConfigError(
			`${at('', 'default-account')}: default-account names an account with a name that looks like an API key (not shown); a key does not belong in the config file: use key-file or key-env.`,
		);
	}

	if (defaultAccount !== undefined && typeof defaultAccount !== 'string') {
		throw new ConfigError(
			`${at('', 'default-account')}: default-account must be the name of an account, in quotes.`,
		);
	}

	if (typeof accounts !== 'object' || accounts === null || Array.isArray(accounts)) {
		throw new ConfigError(`${at('', 'accounts')}: accounts must be tables, as [accounts.NAME].`);
	}

	const named = Object.entries(accounts);
	const keyNamed = named.find(([name]) => keyLike(name));
	if (keyNamed !== undefined) {
		// Its line is found by its name, which is not shown.
		throw new ConfigError(
			`${at('', `accounts.${keyNamed[0]}`)}: an account's name looks like an API key (not shown); account names are shown in labels and messages, and a key does not belong in the config file: use key-file or key-env.`,
		);
	}

	const parsed = Object.fromEntries(
		named.map(([name, table]) => [name, settingsOf(table, `accounts.${name}`, at, keyLike)]),
	);
	if (defaultAccount !== undefined && parsed[defaultAccount] === undefined) {
		throw new ConfigError(
			`${at('', 'default-account')}: there is no [accounts.${defaultAccount}]; the accounts are ${Object.keys(parsed).join(', ') || 'none'}.`,
		);
	}

	return {path: file, defaults: settingsOf(rest, '', at, keyLike), accounts: parsed, defaultAccount};
}

type LineOf = (table: string, key: string) => string;

function settingsOf(table: unknown, name: string, at: LineOf, keyLike: (name: string) => boolean): Settings {
	if (typeof table !== 'object' || table === null || Array.isArray(table)) {
		throw new ConfigError(`${at('', name)}: [${name}] must be a table of settings.`);
	}

	const settings: Settings = {};
	for (const [key, value] of Object.entries(table)) {
		const where = at(name, key);
		if (!(fileSettings as readonly string[]).includes(key) && keyLike(key)) {
			throw new ConfigError(
				`${where}: unknown setting, with a name that looks like an API key (not shown); a key does not belong in the config file: use key-file or key-env.`,
			);
		}

		if (secretNames.test(key)) {
			throw new ConfigError(
				`${where}: a key does not belong in the config file, where backups and dotfile repositories would keep it in plain text; use key-file (a file of its own, mode 0600) or key-env (the name of an environment variable).`,
			);
		}

		if (!(fileSettings as readonly string[]).includes(key)) {
			const nearest = nearestName(key, [...fileSettings, 'default-account', 'accounts'])!;
			throw new ConfigError(`${where}: unknown setting '${key}'; did you mean '${nearest}'?`);
		}

		const setting = key as FileSetting;
		const kind = switches.has(setting)
			? 'boolean'
			: setting === 'interval'
				|| setting === 'timeout'
				|| setting === 'warn'
				|| setting === 'max-age'
				|| setting === 'alert-after'
				|| setting === 'unused-before'
				? 'number'
				: 'string';
		if (
			kind === 'boolean'
				? typeof value !== 'boolean'
				: kind === 'number'
					? typeof value !== 'number' && typeof value !== 'string'
					: typeof value !== 'string'
		) {
			throw new ConfigError(
				`${where}: ${key} must be ${kind === 'boolean' ? 'true or false' : kind === 'number' ? 'a number' : 'text in quotes'}.`,
			);
		}

		settings[setting] = {
			value: typeof value === 'number' ? String(value) : (value as string | boolean),
			line: Number(where.slice(where.lastIndexOf(':') + 1)),
		};
	}

	return settings;
}

/** `file:line` of a key in a table (the table's header when the key is not found on a line of its own). */
function lineFinder(file: string, text: string): LineOf {
	const lines = text.split('\n');
	return (table, key) => {
		let inTable = table === '';
		for (const [index, line] of lines.entries()) {
			const header = /^\s*\[\s*([^\]]+?)\s*\]/.exec(line);
			if (header !== null) {
				const name = header[1]!.replaceAll(/["'\s]/g, '');
				if (table !== '' && name === table && key === '') {
					return `${file}:${index + 1}`;
				}

				inTable = name === table;
			} else if (inTable && new RegExp(`^\\s*["']?${key.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`).test(line)) {
				return `${file}:${index + 1}`;
			}
		}

		return `${file}:1`;
	};
}
