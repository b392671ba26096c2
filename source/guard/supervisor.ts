import {constants} from 'node:os';
import {forwardEndingSignals, registerCleanup, shutdown} from '../process/shutdown.js';
import {startWorker, type Worker} from './worker.js';

/** The command under the guard: started once, paused and resumed, signalled; never left stopped. */
export type Supervisor = {
	/** Whether the command is held paused (or not started yet). */
	readonly holding: boolean;
	/** Whether it has run, unpaused, since the last call: only such a stretch tells its pace. */
	ranThroughoutSince(): boolean;
	/** Resolves with the guard's exit code once the command has ended; never while it has not started. */
	readonly exited: Promise<number>;
	hold(): void;
	/** Starts the command the first time, resumes it after; a sentence when it could not start. */
	release(): Promise<string | undefined>;
	/** Ends the guard with `code`, the command's group ended first. */
	end(code: number): Promise<never>;
};

/**
 * Owns the command's process group for the guard. The ending signals (SIGINT, SIGTERM, SIGHUP…) go
 * to the group, which is resumed so that it can act on them; the guard ends when the command does.
 * Ctrl+Z (SIGTSTP) stops the command with the guard, and `fg` resumes it unless it is held.
 */
export function supervise(command: string[], cleanUp: () => Promise<void>): Supervisor {
	let worker: Worker | undefined;
	let holding = true;
	let ran = false;
	let stopped = false;
	let started: (worker: Worker) => void = () => undefined;
	const exited = new Promise<number>(resolve => {
		started = running => {
			void running.exited.then(resolve);
		};
	});

	const stopForwarding = forwardEndingSignals(signal => {
		if (worker === undefined) {
			void shutdown(128 + constants.signals[signal]);
		} else {
			worker.signal(signal);
		}
	});
	registerCleanup('state', async () => {
		stopForwarding();
		worker?.end();
		await cleanUp();
	});
	process.once('exit', () => worker?.resume());
	process.on('SIGTSTP', () => {
		stopped = true;
		ran = false;
		worker?.pause();
		process.kill(process.pid, 'SIGSTOP');
	});
	process.on('SIGCONT', () => {
		if (stopped && !holding) {
			worker?.resume();
		}

		stopped = false;
	});

	return {
		get holding() {
			return holding;
		},
		ranThroughoutSince() {
			const answer = ran;
			ran = worker !== undefined && !holding;
			return answer;
		},
		exited,
		hold() {
			holding = true;
			ran = false;
			worker?.pause();
		},
		async release() {
			if (worker === undefined) {
				const start = await startWorker(command, process.env);
				if (typeof start === 'string') {
					return start;
				}

				worker = start;
				started(start);
			} else {
				worker.resume();
			}

			holding = false;
			ran = true;
			return undefined;
		},
		async end(code) {
			return shutdown(code);
		},
	};
}
