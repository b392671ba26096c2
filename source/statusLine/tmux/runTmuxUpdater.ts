import type {Config} from '../../config/config.js';
import {ConfigError} from '../../config/error.js';
import type {Connection} from '../../connection/connect.js';
import {exitCode} from '../../process/exitCodes.js';
import {isRunning} from '../../state/lockOwner.js';
import type {Output} from '../../process/output.js';
import {checkLineFormat} from '../template.js';
import {asOnlyUpdater} from './oneUpdater.js';
import {placeholders, replacePlaceholders} from './placeholders.js';
import {serverOf, type TmuxServer} from './tmuxServer.js';
import {updateLoop} from './updateLoop.js';

/**
 * --tmux-updater, started by srtgen-top.tmux (the TPM plugin) inside tmux: puts the options in
 * place of the placeholders in status-left and status-right, then, as the one updater of its tmux
 * server, keeps @srtgen_line, @srtgen_total and @srtgen_verdict up to date until the server is gone.
 */
export async function runTmuxUpdater(config: Config, connection: Connection, output: Output): Promise<number> {
	const problem = checkLineFormat(config.lineFormat);
	if (problem !== undefined) {
		throw new ConfigError(problem);
	}

	const server = await serverOf(output.env);
	if (server === undefined) {
		throw new ConfigError(
			'--tmux-updater runs inside tmux ($TMUX names its server): the plugin srtgen-top.tmux starts it.',
		);
	}

	await putOptionsInPlace(server);
	const settings = JSON.stringify(process.argv.slice(2));
	const watch = serverGone(server.pid);
	try {
		const done = await asOnlyUpdater(config.stateDir, server.socket, settings, async () =>
			updateLoop(config, connection, server, {env: output.env, serverGone: watch.gone}),
		);
		return done === 'running' ? exitCode.ok : done;
	} finally {
		watch.stop();
	}
}

async function putOptionsInPlace(server: TmuxServer): Promise<void> {
	for (const option of ['status-left', 'status-right']) {
		const format = await server.show(option);
		if (format !== undefined && placeholders.some(name => format.includes(`#{${name}}`))) {
			await server.run('set-option', '-gq', option, replacePlaceholders(format));
		}
	}
}

/** How often the updater looks for its server's process, between polls: a signal to a pid, no process started. */
const watchMs = 2000;

/** Settles once the tmux server's process is gone (however it ended); `stop` ends the watch. */
function serverGone(pid: number): {gone: Promise<void>; stop(): void} {
	let timer: NodeJS.Timeout | undefined;
	const gone = new Promise<void>(resolve => {
		timer = setInterval(() => {
			if (!isRunning(pid)) {
				resolve();
			}
		}, watchMs);
	});
	return {
		gone,
		stop() {
			clearInterval(timer);
		},
	};
}
