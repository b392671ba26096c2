import {execFileSync} from 'node:child_process';
import ansiEscapes from 'ansi-escapes';
import {registerCleanup} from '../process/shutdown.js';

/** Alternate screen on, cleared, cursor hidden; and back: cursor shown, main screen. */
const enterFullScreen
	= ansiEscapes.enterAlternativeScreen
		+ ansiEscapes.eraseScreen
		+ ansiEscapes.cursorTo(0, 0)
		+ ansiEscapes.cursorHide;
const leaveFullScreen = ansiEscapes.exitAlternativeScreen + ansiEscapes.cursorShow;

export type TerminalStreams = {stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream};

export type TerminalAlert = {
	ringBell(): void;
	/** Sets the terminal's (or tmux pane's) title; undefined puts back the one it had. */
	setTitle(title: string | undefined): void;
	/** Writes a desktop notification's escape sequences (they move nothing on screen). */
	notify(sequence: string): void;
};

export type Terminal = {
	alert: TerminalAlert;
	/** Called after `fg`, once the screen is ours again: the whole frame must be drawn anew. */
	onResume(repaint: () => void): void;
};

/**
 * Takes the terminal for the full-screen view: the one module that changes its state. Giving it
 * back is registered with the way out (process/shutdown), so every ending restores it exactly
 * once; Ctrl+Z (SIGTSTP) gives it back too before the process stops, and `fg` takes it again.
 */
export function takeTerminal({stdout, stdin}: TerminalStreams): Terminal {
	const write = (text: string) => {
		try {
			stdout.write(text);
		} catch {
			// The terminal is gone (a closed tmux pane): there is nothing left to restore.
		}
	};

	const title = windowTitle(write);
	let wasRaw = false;
	let held = true;
	const giveBack = () => {
		if (!held) {
			return;
		}

		held = false;
		title.putBack();
		write(leaveFullScreen);
		// isTTY is undefined when stdin is not a terminal, whatever its type says.
		// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion
		wasRaw = Boolean(stdin.isTTY && stdin.isRaw);
		if (wasRaw) {
			stdin.setRawMode(false);
		}
	};

	const take = () => {
		held = true;
		write(enterFullScreen);
		if (wasRaw) {
			stdin.setRawMode(true);
		}
	};

	let repaint: () => void = () => undefined;
	const suspend = () => {
		giveBack();
		process.once('SIGCONT', () => {
			take();
			title.restore();
			repaint();
		});
		// The default action of SIGTSTP is replaced by this handler; SIGSTOP does what it would have.
		process.kill(process.pid, 'SIGSTOP');
	};

	process.on('SIGTSTP', suspend);
	registerCleanup('terminal', () => {
		process.off('SIGTSTP', suspend);
		giveBack();
	});
	write(enterFullScreen);
	return {
		alert: {ringBell: () => {
			write(ansiEscapes.beep);
		}, setTitle: title.set, notify: write},
		onResume(callback) {
			repaint = callback;
		},
	};
}

type WindowTitle = {
	set: (title: string | undefined) => void;
	/** Puts back the title there was, and forgets it (a suspend, the way out). */
	putBack(): void;
	/** Sets the title shown before a suspend again, after `fg`. */
	restore(): void;
};

/**
 * Sets the window title (OSC 2) and puts back the one there was: tmux has no title stack, so its
 * pane title is read first; other terminals push and pop theirs (CSI 22/23 t).
 */
function windowTitle(write: (text: string) => void): WindowTitle {
	let original: {tmux: string} | 'stacked' | undefined;
	let shown: string | undefined;
	const apply = (title: string | undefined) => {
		if (title !== undefined) {
			original ??= process.env['TMUX'] ? {tmux: tmuxPaneTitle()} : (write('\u001B[22;2t'), 'stacked');
			write(`\u001B]2;${title}\u0007`);
		} else if (original !== undefined) {
			write(original === 'stacked' ? '\u001B[23;2t' : `\u001B]2;${original.tmux}\u0007`);
			original = undefined;
		}
	};

	return {
		set(title) {
			shown = title;
			apply(title);
		},
		putBack() {
			apply(undefined);
		},
		restore() {
			apply(shown);
		},
	};
}

function tmuxPaneTitle(): string {
	try {
		return execFileSync('tmux', ['display-message', '-p', '#{pane_title}'], {
			encoding: 'utf8',
			timeout: 1000,
		}).trim();
	} catch {
		return '';
	}
}
