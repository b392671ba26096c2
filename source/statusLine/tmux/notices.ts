import {PassThrough, Writable} from 'node:stream';
import type {Output} from '../../process/output.js';
import type {TmuxServer} from './tmuxServer.js';

/**
 * Where the updater's notices go: started by tmux, it has no terminal, so each is shown as a tmux
 * message (and kept in tmux's message log, `show-messages`). A notice repeated at every poll (the
 * API still unreachable) is shown once, until a poll goes by without it.
 */
export function noticesFor(
	server: TmuxServer,
	env: Record<string, string | undefined>,
): {output: Output; show(): Promise<void>} {
	let lines: string[] = [];
	let before = new Set<string>();
	const stderr = new Writable({
		write(chunk: Buffer, _encoding, done) {
			lines.push(
				...chunk
					.toString('utf8')
					.split('\n')
					.filter(line => line !== ''),
			);
			done();
		},
	});
	return {
		// Nothing of the updater's is written to stdout: tmux would show it when the updater ends.
		output: {stdout: new PassThrough(), stderr, env},
		async show() {
			const fresh = lines.filter(line => !before.has(line));
			before = new Set(lines);
			lines = [];
			for (const line of fresh) {
				// A message is a tmux format: its own '#' is doubled to be shown as it is.
				await server.run('display-message', line.replaceAll('#', '##'));
			}
		},
	};
}
