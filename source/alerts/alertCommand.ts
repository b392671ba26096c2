import {spawn} from 'node:child_process';
import type {AlertCommand} from '../config/onAlert.js';
import {registerCleanup} from '../process/shutdown.js';

/** The environment the command sees: ours, less any way to the key, and the alert's own variables. */
export function alertEnvironment(
	base: Record<string, string | undefined>,
	alert: Record<string, string>,
): Record<string, string> {
	const kept = Object.entries(base).filter(
		(entry): entry is [string, string] => entry[1] !== undefined && !/^SRTGEN_API_KEY/.test(entry[0]),
	);
	return {...Object.fromEntries(kept), ...alert};
}

/** How long the command may run before it is stopped: an alert must never hang the monitor. */
export const alertCommandTimeoutMs = 10_000;

/** The process groups of the commands started, each led by its command: ours to end. */
const groups = new Set<number>();

function endGroup(group: number): void {
	try {
		process.kill(-group, 'SIGKILL');
	} catch {
		// Already gone.
	}

	groups.delete(group);
}

/** Forgets the groups with no process left, so that a number the system gives out again is never ended. */
function forgetEnded(): void {
	for (const group of groups) {
		try {
			process.kill(-group, 0);
		} catch {
			groups.delete(group);
		}
	}
}

function endGroups(): void {
	for (const group of groups) {
		endGroup(group);
	}
}

// The one-shot modes end when nothing is left to do, without going through shutdown.
registerCleanup('state', endGroups);
process.once('exit', endGroups);

/**
 * Runs the command once, in a process group of its own (so that its children are ended with it: on
 * its time-out, and when srtgen-top ends, a job it left running too), its output discarded, so a
 * background job holding it open keeps nothing waiting. Resolves when the command itself has
 * exited, to a notice when it failed (not found, a non-zero exit, stopped after the time-out),
 * else undefined; never rejects.
 */
export async function runAlertCommand(
	command: AlertCommand,
	env: Record<string, string>,
	timeoutMs = alertCommandTimeoutMs,
): Promise<string | undefined> {
	const [file, args]
		= 'words' in command ? [command.words[0]!, command.words.slice(1)] : ['/bin/sh', ['-c', command.shellLine]];
	return new Promise(resolve => {
		const child = spawn(file, args, {env, detached: true, stdio: 'ignore'});
		const group = child.pid;
		let timedOut = false;
		let timer: NodeJS.Timeout | undefined;
		if (group !== undefined) {
			groups.add(group);
			timer = setTimeout(() => {
				timedOut = true;
				endGroup(group);
			}, timeoutMs);
		}

		child.once('error', (error: NodeJS.ErrnoException) => {
			clearTimeout(timer);
			resolve(
				error.code === 'ENOENT'
					? `--on-alert: ${file} was not found`
					: `--on-alert could not start: ${error.code ?? error.message}`,
			);
		});
		child.once('exit', (code, signal) => {
			clearTimeout(timer);
			forgetEnded();
			if (timedOut) {
				resolve(`--on-alert did not finish within ${timeoutMs / 1000}s and was stopped`);
			} else {
				resolve(
					code === 0
						? undefined
						: `--on-alert exited with ${code === null ? String(signal) : `code ${code}`}`,
				);
			}
		});
	});
}
