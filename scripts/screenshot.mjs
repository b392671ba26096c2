// `npm run screenshot`: the live view on the demo account, captured from a real tmux pane of
// 100×30 and written as docs/live-view.svg, the picture the readme shows. Run it when the screen
// changes. It starts a tmux server of its own (its own socket) and ends it, whatever happens.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {ansiToSvg} from './ansiToSvg.mjs';

const columns = 100;
const rows = 30;
const output = 'docs/live-view.svg';
const socket = `srtgen-top-screenshot-${process.pid}`;
const stateDir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-screenshot-'));
// The demo account, as a new user first sees it: no key, no history, in colour. Only these variables:
// with CI set (even to false) chalk turns colour off, and Ink draws nothing live under CI.
const env = {
	PATH: process.env.PATH ?? '',
	HOME: process.env.HOME ?? '',
	TERM: 'xterm-256color',
	SRTGEN_TOP_STATE_DIR: stateDir,
};
const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8', env});

try {
	// tmux's own 256-colour terminal, as its recent versions default to, set before the pane starts.
	tmux(
		'set-option',
		'-g',
		'default-terminal',
		'tmux-256color',
		';',
		'new-session',
		'-d',
		'-x',
		String(columns),
		'-y',
		String(rows),
		'-c',
		process.cwd(),
		`'${process.execPath}' dist/cli.js --demo`,
	);
	tmux('set-option', '-g', 'window-size', 'manual');
	const capture = await drawn();
	writeFileSync(output, ansiToSvg(capture, {columns, rows, title: 'srtgen-top, the live view, on the demo account'}));
	console.log(`wrote ${output}`);
} finally {
	try {
		tmux('kill-server');
	} catch {} // Already gone with its last pane.

	rmSync(stateDir, {recursive: true, force: true});
}

/** The pane once the view has drawn its footer and the same frame twice in a row. */
async function drawn() {
	let last = '';
	for (let tries = 0; tries < 100; tries++) {
		await sleep(200);
		const capture = tmux('capture-pane', '-p', '-e');
		if (capture.includes('quit') && capture.includes('now') && capture === last) {
			return capture;
		}

		last = capture;
	}

	throw new Error(`the live view did not draw within 20 s; the pane shows:\n${last}`);
}
