#!/usr/bin/env node
import {readFileSync} from 'node:fs';
import meow from 'meow';
import {checkArguments, ConfigError, demoIntervalSeconds, intervalBounds, resolveConfig, timeoutBounds} from './config.js';
import {exitCode} from './model/exitCodes.js';
import {connect} from './modes/connect.js';
import {runOneShot} from './modes/oneShot.js';
import {runStatusLine} from './modes/statusLine.js';

const help = `
	Usage
	  $ srtgen-top [options]

	  A live view of your SRTGen credits. Without a key it shows a demo account.

	Modes (default: the live full-screen view)
	  --once              Print the balance once, readably, and exit
	  --json              Print the balance once as JSON (see the readme) and exit
	  --line              Print one short line (for tmux status-right) and exit
	  --demo              Use the built-in demo account instead of a key

	Options
	  --key-file <path>   Read the API key from a file (else $SRTGEN_API_KEY)
	  --base-url <url>    API origin (default https://api.srtgen.com)
	  --interval <s>      Seconds between polls in live mode (${intervalBounds.min}-${intervalBounds.max},
	                      default ${intervalBounds.default}; ${demoIntervalSeconds} on the demo account)
	  --timeout <s>       Seconds before a request gives up (${timeoutBounds.min}-${timeoutBounds.max}, default ${timeoutBounds.default})
	  --warn <credits>    Low-balance threshold: colours the view, exit code 1

	Status line (--line)
	  --max-age <s>       Answer from the last reading while it is younger
	                      (0-86400, default 30); one request for all callers
	  --format <template> Fields {total} {monthly} {extra} {low} {rate}
	                      {projection} {reset} {plans} {stale} {demo};
	                      [text] shows only when its fields have values
	  --tmux              Colours in tmux's #[fg=...] style

	Bulk runs (live view; keys m, j)
	  --mark              Mark the start of a run now
	  --jobs <n>          The run has n jobs: will the credits cover the rest?

	Environment
	  SRTGEN_API_KEY      Your API key (there is no flag for it, on purpose)
	  SRTGEN_API_KEY_FILE A file holding the key, like --key-file
	  SRTGEN_BASE_URL     Like --base-url
	  NO_COLOR            Set to turn colours off
	  SRTGEN_TOP_STATE_DIR
	                      Where the balance history is kept
	                      (default $XDG_STATE_HOME/srtgen-top)

	Exit codes
	  0 ok   1 balance below --warn   2 usage or configuration error
	  3 key rejected   4 API, network or response error   5 internal error

	Examples
	  $ SRTGEN_API_KEY=... srtgen-top
	  $ srtgen-top --demo --once
	  $ srtgen-top --json --warn 500 || echo "top up soon"
	  $ srtgen-top --line --tmux --format '{total} cr[ {rate}][ {stale}]'
`;

const flags = {
	once: {type: 'boolean'},
	json: {type: 'boolean'},
	line: {type: 'boolean'},
	demo: {type: 'boolean'},
	keyFile: {type: 'string'},
	baseUrl: {type: 'string'},
	interval: {type: 'string'},
	timeout: {type: 'string'},
	warn: {type: 'string'},
	maxAge: {type: 'string'},
	format: {type: 'string'},
	tmux: {type: 'boolean'},
	mark: {type: 'boolean'},
	jobs: {type: 'string'},
	// Only to refuse them with the reason: see resolveConfig.
	apiKey: {type: 'string'},
	key: {type: 'string'},
} as const;

const knownFlags = ['help', 'version', ...Object.keys(flags).map(name => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`))];

function readArguments() {
	// meow's own refusals (an unknown flag, a flag given twice) are a line and a stack trace
	// without our prefix; they are ours to word and to exit 2 on.
	checkArguments(process.argv.slice(2), knownFlags, []);
	let cli;
	try {
		cli = meow(help, {importMeta: import.meta, allowUnknownFlags: true, flags});
	} catch (error) {
		throw new ConfigError(error instanceof Error ? error.message : String(error));
	}

	checkArguments([], knownFlags, cli.input);
	return cli;
}

async function main(): Promise<number> {
	let config;
	let version;
	try {
		const cli = readArguments();
		version = cli.pkg.version ?? 'dev';
		config = resolveConfig(cli.flags, process.env, path => readFileSync(path, 'utf8'), Boolean(process.stdout.isTTY));
	} catch (error) {
		if (error instanceof ConfigError) {
			process.stderr.write(`srtgen-top: ${error.message}\n`);
			return exitCode.usage;
		}

		throw error;
	}

	const connection = await connect(config, `srtgen-top/${version}`);
	try {
		if (config.mode === 'live' && process.stdout.isTTY) {
			if (process.env['NO_COLOR']) {
				process.env['FORCE_COLOR'] = '0'; // Ink's chalk reads FORCE_COLOR, not NO_COLOR.
			}

			// React's development build costs several times the CPU per frame, for checks a user never sees.
			process.env['NODE_ENV'] ??= 'production';

			// Loaded only here: the one-shot modes start faster without Ink, React and the fonts.
			const {runLive} = await import('./modes/live.js');
			const code = await runLive(config, connection);
			// Exit at once: a request still in flight must not hold the process open after the view is gone.
			process.exit(code);
		}

		if (config.mode === 'live') {
			process.stderr.write('srtgen-top: stdout is not a terminal, so here is one snapshot; --json and --line suit scripts.\n');
		}

		const output = {stdout: process.stdout, stderr: process.stderr, env: process.env};
		return await (config.mode === 'line' ? runStatusLine(config, connection, output) : runOneShot(config, connection, output));
	} finally {
		await connection.close();
	}
}

// A reader that goes away (`srtgen-top --json | head -c 10`) is no error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') {
		process.exit(process.exitCode ?? exitCode.ok);
	}
});

try {
	process.exitCode = await main();
} catch (error) {
	process.stderr.write(`srtgen-top: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = exitCode.internal;
}
