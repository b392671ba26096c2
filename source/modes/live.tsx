import {render} from 'ink';
import type {Config} from '../config.js';
import {App} from '../ui/App.js';
import type {Connection} from './connect.js';
import {Screen} from './screen.js';
import {takeTerminal} from './terminal.js';

/** Longest wait for Ink to unmount after a quit before exiting anyway. */
const quitGraceMs = 1500;
/** Longest wait for the last history save once the view is gone. */
const lastSaveMs = 1000;

/** The full-screen live view, until q, Ctrl+C or a signal. Resolves to the exit code. */
export async function runLive(config: Config, connection: Connection): Promise<number> {
	let exitCode = 0;
	const exitTasks: Array<() => Promise<unknown>> = [];
	const beforeExit = (task: () => Promise<unknown>) => {
		exitTasks.push(task);
	};

	const terminal = takeTerminal({stdout: process.stdout, stdin: process.stdin, stderr: process.stderr}, code => {
		exitCode = code;
		instance.unmount();
		setTimeout(() => {
			terminal.restore();
			process.exit(code);
		}, quitGraceMs).unref();
	});
	const app = () => (
		<App
			client={connection.client}
			apiHost={connection.apiHost}
			demo={connection.demo}
			demoBecauseNoKey={config.demo === 'no-key'}
			intervalSeconds={config.intervalSeconds}
			warnBelow={config.warnBelow}
			historyOrigin={connection.historyOrigin}
			alert={terminal.alert}
			mark={config.mark}
			jobs={config.jobs}
			beforeExit={beforeExit}
		/>
	);
	const screen = new Screen(process.stdout);
	// Debug mode: Ink hands every frame whole to the screen, which paints only the rows that changed.
	const instance = render(app(), {stdout: screen as unknown as NodeJS.WriteStream, exitOnCtrlC: false, debug: true, patchConsole: false});
	// Ink redraws on resize at once, with the tree laid out for the old size: one frame too wide or
	// too tall. Re-rendering synchronously first (useTerminalSize reads the size during render)
	// means the first frame after a resize already has the new layout.
	const relayout = () => {
		instance.rerender(app());
		screen.emit('resize');
	};

	process.stdout.on('resize', relayout);
	try {
		await instance.waitUntilExit();
		// Before the terminal is given back: once the shell has it, the process should be gone.
		await Promise.race([Promise.allSettled(exitTasks.map(async task => task())), new Promise(resolve => {
			setTimeout(resolve, lastSaveMs).unref();
		})]);
	} finally {
		process.stdout.off('resize', relayout);
		terminal.restore();
	}

	if (terminal.isGone()) {
		// Node's own exit resets the terminal's modes and aborts when it cannot (a closed tmux pane
		// hangs the terminal up): with no terminal left, there is nothing for it to reset.
		process.kill(process.pid, 'SIGKILL');
	}

	return exitCode;
}
