#!/usr/bin/env node
// The binary. A status bar runs `--line` every few seconds: while its reading is fresh, the answer
// worked out ahead (state/lineSheet.ts) is printed before anything else is loaded, from CommonJS
// (Node's ES module loader alone costs a bare start a quarter more; docs/performance.md). Anything
// else, and a sheet that no longer holds, runs the program.
import {writeSync} from 'node:fs';
import {defaultStateDir} from './config/stateDir.js';
import {exitCode} from './process/exitCodes.js';
import {answerFromSheet, currentInvocation} from './state/lineSheet.js';

function answeredFromSheet(): boolean {
	if (!process.argv.includes('--line')) {
		return false;
	}

	const answer = answerFromSheet(defaultStateDir(process.env), currentInvocation(), Date.now());
	if (answer === undefined) {
		return false;
	}

	try {
		// Shorter than a pipe's atomic write: all of it, or nothing and the program says why.
		writeSync(1, answer.stdout);
	} catch {
		return false;
	}

	try {
		writeSync(2, answer.stderr);
	} catch {}

	process.exitCode = answer.code;
	return true;
}

if (!answeredFromSheet()) {
	import('./cli.js').catch((error: unknown) => {
		process.stderr.write(`srtgen-top: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = exitCode.internal;
	});
}
