import {expect, test} from 'vitest';
import {livePaneForEachTest, shows} from '../helpers/livePane.js';
import {expectShellTerminal} from '../helpers/restored.js';
import {command} from '../helpers/tmux.js';

const live = livePaneForEachTest('sk_live_fkeys_1a2b3c4d');

test('Ctrl+F1, Ctrl+F3, Ctrl+Shift+F2 and raw function-key sequences neither end the view nor act; q still quits with 0', async () => {
	live.pane.type('echo before');
	live.pane.type(command('--interval', '30'));
	await live.pane.waitFor(shows('Starter Plan'), 'the dashboard', 20_000);
	const pid = await live.pane.appPid();
	live.pane.keys('C-F1', 'C-F3', 'C-S-F2', 'M-F5', 'S-F12');
	live.pane.keys('-l', '\u001B[1;5P', '\u001BO5P', '\u001B[11^', '\u001B[57364;5u', '\u001B[1;5R');
	// Then a key that shows something: the view read everything before it, and is still there to draw.
	live.pane.keys('?');
	await live.pane.waitFor(shows('Help — press ? to close'), 'the help after the function keys');
	expect(() => process.kill(pid, 0)).not.toThrow();
	expect(live.pane.screen().join('\n')).not.toContain('internal error');
	live.pane.keys('?');
	await live.pane.waitFor(
		lines => !shows('Help — press ?')(lines) && shows('Starter Plan')(lines),
		'the help hidden',
	);
	live.pane.keys('q');
	await expectShellTerminal(live.pane, {exitCode: 0, gone: 'Starter Plan'});
});
