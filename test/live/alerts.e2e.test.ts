import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {sampleBody} from '../helpers/fixtures.js';
import {recorders} from '../helpers/recorders.js';
import {expectShellTerminal} from '../helpers/restored.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {command, openPane, type Pane} from '../helpers/tmux.js';

let pane: Pane | undefined;
let server: TestServer | undefined;

afterEach(async () => {
	pane?.kill();
	await server?.close();
});

test('in the live view an alert reaches --on-alert and, with --notify, the terminal as OSC 9 and 777 wrapped for tmux passthrough', async () => {
	server = await startServer({body: sampleBody});
	const hooks = recorders();
	const recording = path.join(hooks.dir, 'written');
	writeFileSync(recording, '');
	pane = openPane(100, 30, {SRTGEN_API_KEY: 'sk_live_alerting_99', SRTGEN_BASE_URL: server.url.href});
	pane.record(recording);
	pane.launch(command('--interval', '2', '--warn', '2000', '--notify', '--on-alert', hooks.hook));
	await pane.waitFor(lines => lines.some(line => line.startsWith('Starter Plan')), 'the dashboard');
	await pane.waitFor(() => hooks.alerts().length > 0, 'the alert command to run');
	const [alert] = hooks.alerts();
	expect(alert).toContain('SRTGEN_EVENT=low\n');
	expect(alert).toContain('SRTGEN_MESSAGE=SRTGen credits low: 1,250 left, below 2,000\n');
	expect(hooks.everything()).not.toContain('sk_live_alerting_99');
	await pane.waitFor(() => readFileSync(recording, 'utf8').includes('\u001BPtmux;'), 'the notification sequence');
	// Two more polls, still low: nothing fires again.
	const seen = server.requests.length;
	await pane.waitFor(() => server!.requests.length >= seen + 2, 'two more polls', 15_000);
	const written = readFileSync(recording, 'utf8');
	expect(written).toContain(
		'\u001BPtmux;\u001B\u001B]9;SRTGen credits low: 1,250 left, below 2,000\u0007\u001B\u001B]777;notify;srtgen-top: low;SRTGen credits low: 1,250 left, below 2,000\u0007\u001B\\',
	);
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
	expect(written.split('\u001BPtmux;')).toHaveLength(2);
	expect(hooks.alerts()).toHaveLength(1);
}, 40_000);
