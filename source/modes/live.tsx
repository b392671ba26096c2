import {render} from 'ink';
import type {Config} from '../config.js';
import {App} from '../ui/App.js';
import type {Connection} from './connect.js';
import {takeTerminal} from './terminal.js';

/** Longest wait for Ink to unmount after a quit before exiting anyway. */
const quitGraceMs = 1500;

/** The full-screen live view, until q, Ctrl+C or a signal. Resolves to the exit code. */
export async function runLive(config: Config, connection: Connection): Promise<number> {
	let exitCode = 0;
	const terminal = takeTerminal({stdout: process.stdout, stdin: process.stdin, stderr: process.stderr}, code => {
		exitCode = code;
		instance.unmount();
		setTimeout(() => {
			terminal.restore();
			process.exit(code);
		}, quitGraceMs).unref();
	});
	const instance = render(
		<App
			client={connection.client}
			apiHost={connection.apiHost}
			demo={connection.demo}
			demoBecauseNoKey={config.demo === 'no-key'}
			intervalSeconds={config.intervalSeconds}
			warnBelow={config.warnBelow}
		/>,
		{exitOnCtrlC: false},
	);
	try {
		await instance.waitUntilExit();
	} finally {
		terminal.restore();
	}

	return exitCode;
}
