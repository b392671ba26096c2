import type {Env, Flags} from './flags.js';
import {ConfigError} from './error.js';
import {KeyFileRefusal} from './keyFile.js';

export const keyVariable = 'SRTGEN_API_KEY';

/** Far longer than any real key; a longer one is a mistake (a file pasted in), refused before any use. */
export const maxKeyLength = 1024;

/** The key from --key-file, SRTGEN_API_KEY_FILE or SRTGEN_API_KEY; never echoed, even when it is refused. */
export function resolveKey(
	flags: Flags,
	env: Env,
	readKeyFile: (path: string) => string,
	keyFileSetting = '--key-file',
): string | undefined {
	const file = keyFileOf(flags, env);
	const source = flags.keyFile === undefined ? `${keyVariable}_FILE` : keyFileSetting;
	let key: string | undefined;
	if (file === undefined) {
		key = nonEmpty(env[keyVariable]);
	} else {
		try {
			key = readKeyFile(file).replace(/\r?\n$/, '');
		} catch (error) {
			if (error instanceof KeyFileRefusal) {
				throw new ConfigError(`${source}: ${file} ${error.message}.`);
			}

			const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
			throw new ConfigError(`${source}: cannot read ${file} (${code}).`);
		}

		if (key === '') {
			throw new ConfigError(`${source}: ${file} is empty; it should hold the API key on one line.`);
		}
	}

	// The value itself is never echoed: it is a secret even when it is malformed.
	const where = file === undefined ? keyVariable : `the key in ${file}`;
	if (key !== undefined && key.length > maxKeyLength) {
		throw new ConfigError(`${where} is ${key.length} characters long; an API key is at most ${maxKeyLength}.`);
	}

	if (key !== undefined && !/^[\x21-\x7E]+$/.test(key)) {
		throw new ConfigError(
			`${where} contains spaces, line breaks or non-ASCII characters; an API key is one word of printable ASCII.`,
		);
	}

	return key;
}

/** The file the key is read from (--key-file, the config file's key-file, SRTGEN_API_KEY_FILE), if any. */
export function keyFileOf(flags: Flags, env: Env): string | undefined {
	return flags.keyFile ?? nonEmpty(env[`${keyVariable}_FILE`]);
}

/**
 * Where the key is read from, in the words a user typed or set: `$SRTGEN_API_KEY`, `--key-file
 * ~/k`, `$SRTGEN_API_KEY_FILE (/run/k)`.
 */
export function keySourceOf(flags: Flags, env: Env): string {
	if (flags.keyFile !== undefined) {
		return `--key-file ${flags.keyFile}`;
	}

	const file = nonEmpty(env[`${keyVariable}_FILE`]);
	return file === undefined ? `$${keyVariable}` : `$${keyVariable}_FILE (${file})`;
}

function nonEmpty(value: string | undefined): string | undefined {
	return value === undefined || value.trim() === '' ? undefined : value.trim();
}
