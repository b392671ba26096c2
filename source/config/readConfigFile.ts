import {readFileSync, statSync} from 'node:fs';
import {defaultConfigPath, parseConfigFile, type ConfigFile} from './configFile.js';
import {ConfigError} from './error.js';

/** Far more than any config needs: a larger file is a mistake, refused before it is read. */
const maxConfigBytes = 256 * 1024;

/**
 * --config's file (which must exist), else the default one when there is one; `secrets`, the keys
 * already known, are never shown in its errors.
 */
export function readConfigFile(given: string | undefined, secrets: readonly string[] = []): ConfigFile | undefined {
	const file = given ?? defaultConfigPath();
	let text: string;
	try {
		const stats = statSync(file);
		if (!stats.isFile() || stats.size > maxConfigBytes) {
			throw new ConfigError(
				`${given === undefined ? '' : '--config: '}${file} is not a regular file of at most 256 KB.`,
			);
		}

		text = readFileSync(file, 'utf8');
	} catch (error) {
		if (error instanceof ConfigError) {
			throw error;
		}

		const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		// The default place is only looked in: a home that is missing or closed to this user (a
		// service account, another user's HOME) has no config for it.
		if (given === undefined && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES')) {
			return undefined;
		}

		throw new ConfigError(`${given === undefined ? '' : '--config: '}cannot read ${file} (${code}).`);
	}

	return parseConfigFile(file, text, secrets);
}

/**
 * A config file that others can read, pointing at a key file that others can read too: the key is
 * as good as public on this machine. A warning, not a refusal (the user may share a box on purpose).
 */
export function keyFileWarning(configFile: string | undefined, keyFile: string | undefined): string | undefined {
	if (configFile === undefined || keyFile === undefined) {
		return undefined;
	}

	try {
		const readable = (file: string) => (statSync(file).mode & 0o004) !== 0;
		return readable(configFile) && readable(keyFile)
			? `${keyFile} (named in ${configFile}) can be read by every user of this machine; chmod 600 it.`
			: undefined;
	} catch {
		return undefined;
	}
}
