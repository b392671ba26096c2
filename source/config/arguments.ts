import meow from 'meow';
import {ConfigError} from './error.js';
import {flags, help, knownFlags} from './flags.js';
import {joinValues, type KnownFlags} from './flagWords.js';
import {nearestName} from './nearest.js';

/**
 * Refuses flags that are not known, `--no-` in front of a flag that takes a value (meow would hand
 * over `false` where a text is expected), and stray words, each with a line naming it. `--` ends
 * the flags, as usual (what follows it is --guard's command: see readArguments). `argv` has its
 * values joined (joinValues).
 */
export function checkArguments(argv: string[], known: KnownFlags, stray: string[]): void {
	for (const token of argv) {
		if (token === '--') {
			break;
		}

		const name = /^--?([^=]+)/.exec(token)?.[1];
		if (name === undefined || known.switches.includes(name) || known.values.includes(name)) {
			continue;
		}

		const negated = name.replace(/^no-/, '');
		if (name.startsWith('no-') && known.values.includes(negated)) {
			throw new ConfigError(
				`--${name} is not a flag: --${negated} takes a value, and leaving it out is the default; see --help.`,
			);
		}

		if (!name.startsWith('no-') || !known.switches.includes(negated)) {
			// A third of the name may be mistyped: --intervall, --jsno, --on-alret; not --frobnicate.
			const nearest = nearestName(
				name,
				[...known.switches, ...known.values],
				Math.max(2, Math.floor(name.length / 3)),
			);
			const typed = token.split('=')[0]!;
			throw new ConfigError(
				nearest === undefined
					? `Unknown flag ${typed}; see --help for the flags there are.`
					: `Unknown flag ${typed}; did you mean --${nearest}?`,
			);
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
	const words = joinValues(shortFlags(argv), knownFlags);
	// What follows `--` is the command --guard runs, not ours to read.
	const end = words.indexOf('--');
	const [joined, command] = end === -1 ? [words, undefined] : [words.slice(0, end), words.slice(end + 1)];
	checkArguments(joined, knownFlags, []);
	let cli;
	try {
		// A switch not typed stays undefined (not false), so that a config file's setting can show through.
		cli = meow(help, {importMeta, argv: joined, allowUnknownFlags: true, booleanDefault: undefined, flags});
	} catch (error) {
		throw new ConfigError(error instanceof Error ? error.message : String(error));
	}

	checkArguments([], knownFlags, cli.input);
	return {...cli, flags: command === undefined ? cli.flags : {...cli.flags, command}};
}

/** `-h` and `-v`, the two short flags there are, as meow knows them: --help and --version. */
function shortFlags(argv: string[]): string[] {
	const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
	return argv.map((word, index) => (index < end ? {'-h': '--help', '-v': '--version'}[word] ?? word : word));
}
