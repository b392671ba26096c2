import meow from 'meow';
import {ConfigError} from './error.js';
import {flags, help, knownFlags} from './flags.js';

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
 * The command line, read by meow from the flag table. meow's own refusals (an unknown flag, a flag
 * given twice) are a line and a stack trace without our prefix; they are ours to word and to exit 2 on.
 */
export function readArguments(argv: string[], importMeta: ImportMeta) {
	checkArguments(argv, knownFlags, []);
	let cli;
	try {
		cli = meow(help, {importMeta, argv, allowUnknownFlags: true, flags});
	} catch (error) {
		throw new ConfigError(error instanceof Error ? error.message : String(error));
	}

	checkArguments([], knownFlags, cli.input);
	return cli;
}
