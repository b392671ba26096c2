import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import CFonts from 'cfonts';
import {describe, expect, test} from 'vitest';
import {binary} from '../helpers/cli.js';
import {draining} from '../helpers/drain.js';
import {expectKeyNowhere} from '../helpers/keyOnDisk.js';
import {expectShellTerminal} from '../helpers/restored.js';
import {command} from '../helpers/tmux.js';
import {livePaneForEachTest, shows} from '../helpers/livePane.js';

const key = 'sk_live_signals_9f8e7d6c5b';
const live = livePaneForEachTest(key);
// Big digits group thousands with a space.
const bigCounter = (
	CFonts.render('1 250', {font: 'block', spaceless: true, colors: ['system']}) as {array: string[]}
).array.map(line => line.replaceAll(/\u001B\[[\d;]*m/g, '').trimEnd());
const showsWholeFrame = (lines: string[]) => lines[0]!.startsWith('Alex Rivera')
	&& bigCounter.every(line => lines.some(shown => shown.trimEnd() === line))
	&& lines.some(line => line.startsWith('Starter Plan'));

async function startLive(commandLine = command('--interval', '30')) {
	live.pane.launch(commandLine);
	return live.pane.waitFor(shows('Starter Plan'), 'the dashboard', 20_000);
}

const processGone = async (pid: number) => {
	const deadline = Date.now() + 10_000;
	while (existsSync(`/proc/${pid}`) && Date.now() < deadline) {
		await new Promise(resolve => setTimeout(resolve, 100));
	}

	return !existsSync(`/proc/${pid}`);
};

describe('ways out of the live view in a real terminal', () => {
	test.each([
		['SIGQUIT', 131],
		['SIGUSR2', 140],
	] as const)('%s gives the terminal back as it was', async (signal, exitCode) => {
		await startLive();
		process.kill(await live.pane.appPid(), signal);
		await expectShellTerminal(live.pane, {exitCode, gone: 'Starter Plan'});
	});

	test.each([
		[
			'Ctrl+Z',
			() => {
				live.pane.keys('C-z');
			},
		],
		[
			'kill -TSTP',
			(pid: number) => {
				process.kill(pid, 'SIGTSTP');
			},
		],
	])(
		'%s gives the shell its terminal while stopped; fg takes it again and redraws the whole frame',
		async (_how, stop) => {
			await startLive();
			const pid = await live.pane.appPid();
			stop(pid);
			// Stopped, not ended: the shell's prompt, its screen and a sane terminal.
			await live.pane.waitFor(shows('Stopped'), 'the shell to report the job stopped', 20_000);
			await expectShellTerminal(live.pane, {gone: 'Starter Plan'});
			expect(existsSync(`/proc/${pid}`)).toBe(true);
			live.pane.type('jobs');
			await live.pane.waitFor(
				lines => lines.filter(line => /^\[1\]\+ +Stopped +node /.test(line)).length >= 2,
				'jobs to list it stopped',
			);

			live.pane.type('fg');
			await live.pane.waitFor(showsWholeFrame, 'the whole frame again', 20_000);
			expect(live.pane.display('#{alternate_on}')).toBe('1');
			expect(live.pane.display('#{cursor_flag}')).toBe('0');

			// Keys reach the view again: ? shows the help, and q quits with 0.
			live.pane.keys('?');
			await live.pane.waitFor(shows('show or hide this help'), 'the help');
			live.pane.keys('q');
			expect(await processGone(pid)).toBe(true);
			await live.pane.waitFor(
				lines => lines.findLast(line => line.trim() !== '') === '$',
				'the prompt after fg',
				20_000,
			);
			expect(live.pane.display('#{alternate_on}')).toBe('0');
			live.pane.type('echo "fg-exit=$?"');
			await live.pane.waitFor(shows('fg-exit=0'), 'the exit status of the job');
		},
		60_000,
	);

	test('an uncaught error ends with 5, the terminal restored, and one line about it on the main screen', async () => {
		const crasher = fileURLToPath(new URL('../helpers/crashAfterFirstFrame.mjs', import.meta.url));
		await startLive(`node --import ${crasher} ${binary} --interval 30`);
		const lines = await expectShellTerminal(live.pane, {exitCode: 5, gone: 'Starter Plan'});
		const shellOutput = lines.slice(lines.indexOf('before'));
		expect(shellOutput.filter(line => line.startsWith('srtgen-top:'))).toEqual([
			'srtgen-top: internal error: provoked by the test',
		]);
		expect(lines.join('\n')).not.toMatch(/\n\s+at /);
		expect(lines.join('\n')).not.toContain(key);
	});

	test('a closed pane ends the process within seconds, with the history saved', async () => {
		live.server.reply(draining(1250, 10));
		await startLive(command('--interval', '2'));
		const pid = await live.pane.appPid();
		await live.pane.waitFor(() => live.server.requests.length >= 4, 'a few polls', 30_000);
		const polled = live.server.requests.length;
		live.pane.kill();
		expect(await processGone(pid)).toBe(true);
		const [historyFile] = readdirSync(live.stateDir).filter(name => name.startsWith('history-'));
		const saved = JSON.parse(readFileSync(path.join(live.stateDir, historyFile!), 'utf8')) as {samples: unknown[]};
		// Saved at the first reading and then at most once a minute: the rest was saved on the way out.
		expect(saved.samples.length).toBeGreaterThanOrEqual(polled);
		expectKeyNowhere(live.stateDir, key, live.server.url.origin);
	}, 60_000);
});
