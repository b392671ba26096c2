import {closeSync, openSync} from 'node:fs';
import {constants} from 'node:os';
import {exitCode} from './exitCodes.js';

/**
 * The order every ending takes, whatever caused it: what is ours to keep is saved first (the
 * history, a lock released), then the view stops drawing, then the terminal is given back (its
 * title, the main screen, the cursor, raw mode off), and last the process exits with its code.
 */
const phases = ['state', 'view', 'terminal'] as const;

export type CleanupPhase = (typeof phases)[number];
type Task = () => unknown;

/** Longest wait for one task: a save to a hung disk must not keep the terminal from coming back. */
const taskLimitMs = 1500;

const tasks = new Map<CleanupPhase, Set<Task>>(phases.map(phase => [phase, new Set()]));
let ending: Promise<never> | undefined;
let hungUp = false;

/** Adds work to do on the way out, in its phase; returns a function that takes it back. */
export function registerCleanup(phase: CleanupPhase, task: Task): () => void {
	tasks.get(phase)!.add(task);
	return () => {
		tasks.get(phase)!.delete(task);
	};
}

/**
 * The one way out: runs every registered task once, in phase order, then exits with `code`. A line
 * for stderr (a crash) is written once the terminal is back, so it stays on the main screen.
 * Called again while ending, it waits for the first call's ending.
 */
export async function shutdown(code: number, lastWords?: string): Promise<never> {
	ending ??= (async () => {
		for (const phase of phases) {
			for (const task of tasks.get(phase)!) {
				await runWithin(task, taskLimitMs);
			}
		}

		if (lastWords !== undefined) {
			process.stderr.write(lastWords);
		}

		if (hungUp && !terminalOpens()) {
			// Node's own exit resets the terminal's modes and aborts when it cannot (a closed tmux
			// pane hangs the terminal up): with no terminal left, there is nothing for it to reset.
			process.kill(process.pid, 'SIGKILL');
		}

		process.exit(code);
	})();
	return ending;
}

/** Signals that end the program: each goes through `shutdown` with 128 + its number. */
const endingSignals = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGUSR2'] as const;

export type EndingSignal = (typeof endingSignals)[number];

let forwarding: ((signal: EndingSignal) => void) | undefined;

/**
 * While a command of ours runs in the foreground of our work (--guard), the ending signals are
 * its: `forward` is given each instead of ending, and we end when it does. Returns the way back.
 */
export function forwardEndingSignals(forward: (signal: EndingSignal) => void): () => void {
	forwarding = forward;
	return () => {
		forwarding = undefined;
	};
}

/**
 * Routes every way the process can end through `shutdown`: the signals above (or, while a
 * command's, to it: see forwardEndingSignals) and an uncaught error (exit 5, its message on stderr
 * after the terminal is restored).
 */
export function handleEndings(): void {
	for (const signal of endingSignals) {
		process.on(signal, () => {
			if (forwarding !== undefined) {
				// Ours to pass on, not a hangup of ours: a guard leaves the terminal's modes as they were.
				forwarding(signal);
				return;
			}

			hungUp ||= signal === 'SIGHUP';
			void shutdown(128 + constants.signals[signal]);
		});
	}

	const crash = (error: unknown) => {
		void shutdown(
			exitCode.internal,
			`srtgen-top: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
		);
	};

	process.on('uncaughtException', crash);
	process.on('unhandledRejection', crash);
}

async function runWithin(task: Task, limitMs: number): Promise<void> {
	let timer: NodeJS.Timeout | undefined;
	try {
		await Promise.race([Promise.resolve().then(task), new Promise(resolve => {
			timer = setTimeout(resolve, limitMs);
		})]);
	} catch {
		// One task failing must not keep the others (the terminal's restoring) from running.
	} finally {
		clearTimeout(timer);
	}
}

/** A hangup with no terminal left to open: a closed tmux pane, not a `kill -HUP`. */
function terminalOpens(): boolean {
	try {
		closeSync(openSync('/dev/tty', 'r+'));
		return true;
	} catch {
		return false;
	}
}
