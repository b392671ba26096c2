import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {livePaneForEachTest} from '../helpers/livePane.js';
import {command} from '../helpers/tmux.js';

const live = livePaneForEachTest('sk_live_resize_5a4b3c');

/** The rows the program painted, in order, from what it wrote: `ESC [ row ; 1 H` then the row's text. */
function paintedRows(output: string): Array<{row: number; text: string}> {
	return [...output.matchAll(/\u001B\[(\d+);1H((?:(?!\u001B\[\d+;1H)[\s\S])*)/g)]
		.map(([, row, text]) => ({row: Number(row), text: stripVTControlCharacters(text!)}));
}

test('through the real wiring, no frame after a resize is wider or taller than the terminal, not even the first', async () => {
	const recording = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-recording-')), 'output');
	live.pane.type(command('--interval', '30'));
	await live.pane.waitFor(lines => lines.some(line => line.startsWith('Starter Plan')), 'the dashboard', 20_000);
	live.pane.record(recording);
	live.pane.resize(40, 12);
	await live.pane.waitFor(
		lines => lines[0]!.startsWith('Alex Rivera') && lines[11]!.startsWith('r refresh'),
		'the 40×12 layout',
		20_000,
	);
	// Then everything written since the resize, up to the footer at the new size, has reached the file.
	const recorded = () => (existsSync(recording) ? readFileSync(recording, 'latin1') : '');
	await live.pane.waitFor(() => /\u001B\[12;1Hr refresh/.test(Buffer.from(recorded(), 'latin1').toString('utf8')), 'the recording of the new frame', 20_000);
	const output = Buffer.from(recorded(), 'latin1').toString('utf8');
	const rows = paintedRows(output);
	expect(rows.length).toBeGreaterThanOrEqual(12);
	for (const {row, text} of rows) {
		expect(row, text).toBeLessThanOrEqual(12);
		expect(stringWidth(text), text).toBeLessThanOrEqual(40);
	}

	live.pane.keys('q');
});
