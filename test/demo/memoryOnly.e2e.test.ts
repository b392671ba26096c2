import {existsSync} from 'node:fs';
import {afterEach, expect, test} from 'vitest';
import {runCli, temporaryStateDir} from '../helpers/cli.js';
import {expectShellTerminal} from '../helpers/restored.js';
import {command, openPane, type Pane} from '../helpers/tmux.js';

let pane: Pane | undefined;
afterEach(() => {
	pane?.kill();
});

test('the one-shot modes on the demo account write nothing to the state directory', async () => {
	const stateDir = temporaryStateDir();
	for (const mode of ['--json', '--line', '--once']) {
		const run = await runCli(['--demo', mode, '--mark', '--jobs', '20'], {SRTGEN_TOP_STATE_DIR: stateDir});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(mode === '--json' ? '"demo": true' : 'DEMO');
	}

	expect(existsSync(stateDir)).toBe(false);
});

test('the live demo keeps its history (and its mark) in memory: nothing is written, even on the way out', async () => {
	const stateDir = temporaryStateDir();
	pane = openPane(100, 30, {SRTGEN_TOP_STATE_DIR: stateDir});
	pane.launch(command('--demo', '--interval', '2', '--mark'));
	const total = (lines: string[]) => lines.find(line => line.startsWith('credits · monthly'));
	const first = total(await pane.waitFor(lines => total(lines) !== undefined, 'the demo dashboard', 20_000));
	// A drop recorded: the history has readings to save, were it saved.
	await pane.waitFor(
		lines => total(lines) !== undefined && total(lines) !== first,
		'the demo balance to fall',
		30_000,
	);
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Pro Plan'});
	expect(existsSync(stateDir)).toBe(false);
}, 60_000);
