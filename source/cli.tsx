#!/usr/bin/env node
import {ConfigError} from './config/error.js';
import {exitCode} from './process/exitCodes.js';
import {handleEndings, shutdown} from './process/shutdown.js';
import {watchStdout} from './process/stdoutFailure.js';
import {lineFromCache} from './statusLine/quickLine.js';

watchStdout();
handleEndings();
try {
	// Status bars call --line every few seconds: a reading still fresh in the cache is answered
	// before the rest of the program (meow, the API client) is even loaded (docs/performance.md).
	const quick = await lineFromCache(process.argv.slice(2), {
		stdout: process.stdout,
		stderr: process.stderr,
		env: process.env,
	});
	process.exitCode = quick ?? await (await import('./main.js')).main();
} catch (error) {
	// A ConfigError's message says what to change; anything else is ours. Either way out goes
	// through shutdown, so a view that failed while drawing gives the terminal back first.
	const usage = error instanceof ConfigError;
	await shutdown(
		usage ? exitCode.usage : exitCode.internal,
		`srtgen-top: ${usage ? '' : 'internal error: '}${error instanceof Error ? error.message : String(error)}\n`,
	);
}
