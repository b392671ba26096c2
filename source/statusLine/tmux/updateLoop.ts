import {setTimeout as sleep} from 'node:timers/promises';
import type {Config} from '../../config/config.js';
import type {Connection} from '../../connection/connect.js';
import {exitCode} from '../../process/exitCodes.js';
import {formatLine} from '../formatLine.js';
import {lineOptions, type LineAnswer} from '../lineAnswer.js';
import {readLine} from '../lineReading.js';
import {parseLineFormat, type LineTemplate} from '../template.js';
import {noticesFor} from './notices.js';
import {placeholders, type Placeholder} from './placeholders.js';
import type {TmuxServer} from './tmuxServer.js';

export type LoopOptions = {env: Record<string, string | undefined>; serverGone: Promise<void>};

const totalTemplate = parseLineFormat('{total}') as LineTemplate;
const verdictTemplate = parseLineFormat('{verdict}') as LineTemplate;

/**
 * Each --interval: the status line's reading (its cache and lock, shared with every --line, and
 * its alerts), set in tmux's options when a text changed, and every client's status line redrawn.
 * Ends when the tmux server is gone.
 */
export async function updateLoop(
	config: Config,
	connection: Connection,
	server: TmuxServer,
	options: LoopOptions,
): Promise<number> {
	const intervalMs = config.intervalSeconds * 1000;
	// A poll every --interval asks the API when the last reading is older than that (or --max-age, if shorter).
	const maxAgeMs = Math.min(config.maxAgeSeconds * 1000, intervalMs);
	const shown = new Map<Placeholder, string>();
	const notices = noticesFor(server, options.env);
	const stop = new AbortController();
	void options.serverGone.then(() => {
		stop.abort();
	});
	while (!stop.signal.aborted && (await server.run('display-message', '-p', 'x'))) {
		const {answer, sendAlerts} = await readLine(config, connection, notices.output, maxAgeMs);
		const texts = optionTexts(config, connection.demo, answer);
		const changed = placeholders.filter(name => shown.get(name) !== texts[name]);
		if (changed.length > 0) {
			if (
				!(await server.run(
					...changed.flatMap((name, index) => [
						...(index === 0 ? [] : [';']),
						'set-option',
						'-gq',
						`@${name}`,
						texts[name],
					]),
				))
			) {
				break;
			}

			for (const name of changed) {
				shown.set(name, texts[name]);
			}

			await redrawStatus(server);
		}

		await notices.show();
		await sendAlerts?.();
		await sleep(intervalMs, undefined, {signal: stop.signal}).catch(() => undefined);
	}

	return exitCode.ok;
}

function optionTexts(config: Config, demo: boolean, answer: LineAnswer): Record<Placeholder, string> {
	const options = lineOptions(config, demo, answer, 'tmux');
	if (typeof options === 'string') {
		throw new TypeError(options); // Checked before the loop: see runTmuxUpdater.
	}

	return {
		srtgen_line: formatLine(answer.reading, options),
		srtgen_total: formatLine(answer.reading, {...options, template: totalTemplate}),
		srtgen_verdict: formatLine(answer.reading, {...options, template: verdictTemplate}),
	};
}

/**
 * Every attached client draws its status line again now, not at its next status-interval; none
 * attached, nothing to do.
 */
async function redrawStatus(server: TmuxServer): Promise<void> {
	const clients = await server.listClients();
	if (clients.length > 0) {
		await server.run(
			...clients.flatMap((client, index) => [
				...(index === 0 ? [] : [';']),
				'refresh-client',
				'-S',
				'-t',
				client,
			]),
		);
	}
}
