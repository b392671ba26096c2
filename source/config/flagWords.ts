import {ConfigError} from './error.js';
import {knownFlags, type Flags} from './flags.js';

/** Flags by kind, as typed (kebab-case): switches stand alone (and have a --no- form); the others take a value. */
export type KnownFlags = {switches: string[]; values: string[]};

/**
 * `--flag value` as `--flag=value` for every flag that takes a value, so that a value starting with
 * `-` (`--format '-{total}'`, `--interval -5`) is read as the value it is, not as a flag. A flag
 * that takes a value and is the last word has none: refused.
 */
export function joinValues(argv: string[], known: KnownFlags): string[] {
	const joined: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index]!;
		if (token === '--') {
			joined.push(...argv.slice(index));
			break;
		}

		if (token.startsWith('--') && known.values.includes(token.slice(2))) {
			if (index + 1 >= argv.length) {
				throw new ConfigError(`${token} needs a value; see --help.`);
			}

			joined.push(`${token}=${argv[++index]!}`);
		} else {
			joined.push(token);
		}
	}

	return joined;
}

/**
 * The flags of a plain command line, read without meow (whose 240 KB a status line answered from
 * its cache has no use for): every word a known `--flag`, `--flag value`, `--flag=value` or
 * `--no-switch`, none twice. Undefined for anything else (--help, short flags, `--`, a mistake):
 * meow reads those, and words any refusal.
 */
export function plainFlags(argv: string[]): Flags | undefined {
	let words;
	try {
		words = joinValues(argv, knownFlags);
	} catch {
		return undefined;
	}

	const flags: Record<string, string | boolean> = {};
	for (const word of words) {
		const [, typed, value] = /^--([a-z][a-z-]*)(?:=(.+))?$/s.exec(word) ?? [];
		if (typed === undefined || typed === 'help' || typed === 'version') {
			return undefined;
		}

		const negated = typed.startsWith('no-') && value === undefined && knownFlags.switches.includes(typed.slice(3));
		const name = negated ? typed.slice(3) : typed;
		const known = value === undefined ? knownFlags.switches.includes(name) : knownFlags.values.includes(name);
		const key = name.replaceAll(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
		if (!known || key in flags) {
			return undefined;
		}

		flags[key] = value ?? !negated;
	}

	return flags;
}
