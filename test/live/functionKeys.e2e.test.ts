import {afterEach, beforeEach, expect, test} from 'vitest';
import {sampleBody} from '../helpers/fixtures.js';
import {expectShellTerminal} from '../helpers/restored.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {command, openPane, type Pane} from '../helpers/tmux.js';

let server: TestServer;
let pane: Pane;

beforeEach(async () => {
	server = await startServer({body: sampleBody});
	pane = openPane(100, 30, {SRTGEN_API_KEY: 'sk_live_fkeys_1a2b3c4d', SRTGEN_BASE_URL: server.url.href});
});

afterEach(async () => {
	pane.kill();
	await server.close();
});

const shows = (text: string) => (lines: string[]) => lines.some(line => line.includes(text));

test('Ctrl+F1, Ctrl+F3, Ctrl+Shift+F2 and raw function-key sequences neither end the view nor act; q still quits with 0', async () => {
	pane.type('echo before');
	pane.type(command('--interval', '30'));
	await pane.waitFor(shows('Starter Plan'), 'the dashboard', 20_000);
	const pid = await pane.appPid();
	pane.keys('C-F1', 'C-F3', 'C-S-F2', 'M-F5', 'S-F12');
	pane.keys('-l', '\u001B[1;5P', '\u001BO5P', '\u001B[11^', '\u001B[57364;5u', '\u001B[1;5R');
	// Then a key that shows something: the view read everything before it, and is still there to draw.
	pane.keys('?');
	await pane.waitFor(shows('Help — press ? to close'), 'the help after the function keys');
	expect(() => process.kill(pid, 0)).not.toThrow();
	expect(pane.screen().join('\n')).not.toContain('internal error');
	pane.keys('?');
	await pane.waitFor(lines => !shows('Help — press ?')(lines) && shows('Starter Plan')(lines), 'the help hidden');
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
});
