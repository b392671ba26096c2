import {execFileSync} from 'node:child_process';
import {closeSync, openSync} from 'node:fs';
import {constants} from 'node:os';
import type {TerminalAlert} from '../ui/hooks/useLowBalanceAlert.js';

/** Alternate screen on, cleared, cursor hidden; and back. */
const enterFullScreen = '\u001B[?1049h\u001B[2J\u001B[H\u001B[?25l';
const leaveFullScreen = '\u001B[?25h\u001B[?1049l';

export type TerminalStreams = {stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream; stderr: NodeJS.WriteStream};

export type Terminal = {
	/** Gives the terminal back as it was: main screen, cursor shown, raw mode off, its title. Safe to call twice. */
	restore(): void;
	/** True once the terminal itself is gone (a tmux pane closed): there was nothing left to restore. */
	isGone(): boolean;
	alert: TerminalAlert;
};

const quitSignals = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/**
 * Takes the terminal for the full-screen view; the one place that gives it back, on every way out.
 * A signal asks `quit` to end the app with 128 + the signal's number; an uncaught error restores
 * the terminal first, then prints one line and exits 5.
 */
export function takeTerminal({stdout, stdin, stderr}: TerminalStreams, quit: (exitCode: number) => void): Terminal {
	const write = (text: string) => {
		try {
			stdout.write(text);
		} catch {
			// The terminal is gone (a closed tmux pane): there is nothing left to restore.
		}
	};

	let hungUp = false;
	const onSignal = (signal: NodeJS.Signals) => {
		hungUp ||= signal === 'SIGHUP';
		quit(128 + constants.signals[signal]);
	};

	const onCrash = (error: unknown) => {
		restore();
		stderr.write(`srtgen-top: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(5);
	};

	const title = windowTitle(write);
	let restored = false;
	function restore() {
		if (restored) {
			return;
		}

		restored = true;
		for (const signal of quitSignals) {
			process.off(signal, onSignal);
		}

		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
		process.off('exit', restore);
		if (stdin.isTTY && stdin.isRaw) {
			stdin.setRawMode(false);
		}

		title.set(undefined);
		write(leaveFullScreen);
	}

	for (const signal of quitSignals) {
		process.on(signal, onSignal);
	}

	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	process.on('exit', restore);
	write(enterFullScreen);
	// A hangup with no terminal left to open: a closed tmux pane, not a `kill -HUP`.
	return {restore, isGone: () => hungUp && !terminalOpens(), alert: {ringBell: () => write('\u0007'), setTitle: title.set}};
}

function terminalOpens(): boolean {
	try {
		closeSync(openSync('/dev/tty', 'r+'));
		return true;
	} catch {
		return false;
	}
}

/**
 * Sets the window title (OSC 2) and puts back the one there was: tmux has no title stack, so its
 * pane title is read first; other terminals push and pop theirs (CSI 22/23 t).
 */
function windowTitle(write: (text: string) => void): {set(title: string | undefined): void} {
	let original: {tmux: string} | 'stacked' | undefined;
	return {
		set(title) {
			if (title !== undefined) {
				original ??= process.env['TMUX'] ? {tmux: tmuxPaneTitle()} : (write('\u001B[22;2t'), 'stacked');
				write(`\u001B]2;${title}\u0007`);
			} else if (original !== undefined) {
				write(original === 'stacked' ? '\u001B[23;2t' : `\u001B]2;${original.tmux}\u0007`);
				original = undefined;
			}
		},
	};
}

function tmuxPaneTitle(): string {
	try {
		return execFileSync('tmux', ['display-message', '-p', '#{pane_title}'], {encoding: 'utf8', timeout: 1000}).trim();
	} catch {
		return '';
	}
}
