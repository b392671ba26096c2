import {execFile} from 'node:child_process';
import type {AlertCommand} from '../config/onAlert.js';

/** The environment the command sees: ours, less any way to the key, and the alert's own variables. */
export function alertEnvironment(base: Record<string, string | undefined>, alert: Record<string, string>): Record<string, string> {
	const kept = Object.entries(base).filter((entry): entry is [string, string] => entry[1] !== undefined && !/^SRTGEN_API_KEY/.test(entry[0]));
	return {...Object.fromEntries(kept), ...alert};
}

/** How long the command may run before it is stopped: an alert must never hang the monitor. */
export const alertCommandTimeoutMs = 10_000;

/**
 * Runs the command once, without waiting on its output. Resolves to a notice when it failed (not
 * found, a non-zero exit, killed after the time-out), else undefined; never rejects.
 */
export async function runAlertCommand(command: AlertCommand, env: Record<string, string>, timeoutMs = alertCommandTimeoutMs): Promise<string | undefined> {
	const [file, args] = 'words' in command ? [command.words[0]!, command.words.slice(1)] : ['/bin/sh', ['-c', command.shellLine]];
	return new Promise(resolve => {
		execFile(file, args, {env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024}, error => {
			if (error === null) {
				resolve(undefined);
			} else if (error.killed) {
				resolve(`--on-alert did not finish within ${timeoutMs / 1000}s and was stopped`);
			} else if (error.code === 'ENOENT') {
				resolve(`--on-alert: ${file} was not found`);
			} else {
				resolve(`--on-alert exited with ${typeof error.code === 'number' ? `code ${error.code}` : String(error.signal ?? error.code)}`);
			}
		});
	});
}
