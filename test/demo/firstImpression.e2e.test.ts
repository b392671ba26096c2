import {afterEach, expect, test} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {shows} from '../helpers/livePane.js';
import {expectShellTerminal} from '../helpers/restored.js';
import {command, openPane, type Pane} from '../helpers/tmux.js';

let pane: Pane | undefined;
afterEach(() => {
	pane?.kill();
});

const hint = 'try m to mark a bulk run, then j to give it 2000 jobs: the verdict answers for the run';
const verdictLine = (lines: string[]) => lines.find(line => /^[✓!✗…] /.test(line));
/** The sentence without its countdown, which may tick over between two programs' answers. */
const withoutCountdown = (text: string | undefined) => text?.replace(/ \(in [^)]*\)$/, '');

test('the demo opens on "lasts" with a hint of what to try; a big marked run turns the verdict, and clearing it brings both back', async () => {
	pane = openPane(100, 30, {});
	pane.launch(command('--demo'));
	const first = await pane.waitFor(
		lines => lines.includes(hint) && verdictLine(lines) !== undefined,
		'the demo with its hint',
		20_000,
	);
	expect(verdictLine(first)).toMatch(/^✓ lasts past the Pro Plan reset \(in 2h \d\dm\)$/);
	// The hint sits over the footer.
	expect(first.at(-2)).toBe(hint);

	// The one-shot modes on the demo account say what the screen says.
	const once = await runCli(['--demo', '--once']);
	expect(once.code).toBe(0);
	expect(withoutCountdown(once.stdout.split('\n').find(line => line.startsWith('Outlook'))?.replace(/^Outlook +/, ''))).toBe(withoutCountdown(verdictLine(first)));
	const line = await runCli(['--demo', '--line', '--format', '{verdict}']);
	expect(line.code).toBe(0);
	expect(withoutCountdown(line.stdout.trim())).toBe(withoutCountdown(verdictLine(first)?.slice(2)));

	// m marks a run: the hint has been followed, and goes.
	pane.keys('m');
	const marked = await pane.waitFor(shows('▶ since mark'), 'the run\'s panel', 20_000);
	expect(marked).not.toContain(hint);
	pane.keys('j');
	await pane.waitFor(lines => lines.some(line => /jobs/i.test(line) && !line.startsWith('r refresh')), 'the jobs question', 10_000);
	pane.keys('2', '0', '0', '0', 'Enter');
	await pane.waitFor(lines => /^… 2,000 jobs to go — measuring…/.test(verdictLine(lines) ?? ''), 'the run measuring', 20_000);
	// The forecast rule waits for two drops over 45 s, then the run of 2,000 jobs is more than the credits left.
	const alarmed = await pane.waitFor(
		lines => verdictLine(lines)?.startsWith('✗') === true,
		"the run's alarming verdict",
		120_000,
	);
	expect(verdictLine(alarmed)).toMatch(/^✗ short by ~[\d,]+ credits — about [\d,]+ jobs$/);
	expect(alarmed).not.toContain(hint);

	// u clears the run (after y): the verdict is about the balance again, and the hint is back.
	pane.keys('u');
	await pane.waitFor(lines => lines.some(line => /\by\b/.test(line) && !line.startsWith('r refresh')), 'the question before clearing', 10_000);
	pane.keys('y');
	const cleared = await pane.waitFor(lines => lines.includes(hint), 'the hint again', 20_000);
	expect(verdictLine(cleared)).toMatch(/^✓ lasts past the Pro Plan reset/);
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Pro Plan'});
}, 180_000);
