import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {livePaneForEachTest, shows} from '../helpers/livePane.js';
import {expectShellTerminal} from '../helpers/restored.js';
import {command} from '../helpers/tmux.js';

const live = livePaneForEachTest('sk_live_keys_6d5c4b3a');

test('in the jobs prompt Backspace takes back a digit, Enter sets the number, Esc cancels; ? shows and hides the help', async () => {
	live.pane.launch(command('--interval', '30', '--mark'));
	await live.pane.waitFor(shows('since mark'), 'the run', 20_000);
	live.pane.keys('j', '1', '2', '3');
	await live.pane.waitFor(shows('Jobs in the run: 123▏'), 'three digits');
	live.pane.keys('BSpace');
	await live.pane.waitFor(shows('Jobs in the run: 12▏'), 'one digit taken back');
	live.pane.keys('Enter');
	let lines = await live.pane.waitFor(
		lines => !shows('Jobs in the run')(lines) && shows(' 12 jobs')(lines),
		'the 12 jobs in the run',
	);
	expect(lines.join('\n')).not.toContain('123 jobs');

	live.pane.keys('j', '9');
	await live.pane.waitFor(shows('Jobs in the run: 9▏'), 'a new number typed');
	live.pane.keys('Escape');
	lines = await live.pane.waitFor(lines => !shows('Jobs in the run')(lines), 'the prompt cancelled');
	expect(lines.some(line => line.includes(' 12 jobs'))).toBe(true);
	expect(lines.some(line => line.includes(' 9 jobs'))).toBe(false);

	// Keys work again after Esc: ? shows the help and hides it.
	live.pane.keys('?');
	await live.pane.waitFor(shows('Help — press ? to close'), 'the help');
	live.pane.keys('?');
	await live.pane.waitFor(
		lines => !shows('Help — press ?')(lines) && shows('Starter Plan')(lines),
		'the help hidden',
	);
	live.pane.keys('q');
	await expectShellTerminal(live.pane, {exitCode: 0, gone: 'Starter Plan'});
});

test('outside tmux the window title is pushed, set below --warn, and popped on the way out', async () => {
	const recording = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-recording-')), 'output');
	live.pane.record(recording);
	live.pane.launch(`env -u TMUX ${command('--interval', '30', '--warn', '2000')}`);
	await live.pane.waitFor(shows('Starter Plan'), 'the dashboard', 20_000);
	live.pane.keys('q');
	await expectShellTerminal(live.pane, {exitCode: 0, gone: 'Starter Plan'});
	const output = () => (existsSync(recording) ? readFileSync(recording, 'utf8') : '');
	await live.pane.waitFor(() => output().includes('exit=0'), 'the recording of the way out');
	const written = output();
	const push = written.indexOf('\u001B[22;2t');
	const title = written.indexOf('\u001B]2;srtgen-top: 1,250 credits, below 2,000\u0007');
	const pop = written.indexOf('\u001B[23;2t');
	expect(push).toBeGreaterThanOrEqual(0);
	expect(title).toBeGreaterThan(push);
	expect(pop).toBeGreaterThan(title);
	// Popped once, and no title set after it (the shell's own prompt sets none here).
	expect(written.indexOf('\u001B[23;2t', pop + 1)).toBe(-1);
	expect(written.indexOf('\u001B]2;', pop)).toBe(-1);
	// Popped before the main screen came back: the title goes with the view.
	expect(written.indexOf('\u001B[?1049l', title)).toBeGreaterThan(pop);
	// In the documented order: the main screen back, then the cursor shown.
	expect(written.indexOf('\u001B[?25h', written.indexOf('\u001B[?1049l', title))).toBeGreaterThan(
		written.indexOf('\u001B[?1049l', title),
	);
});
