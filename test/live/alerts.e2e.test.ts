import {chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {sampleBody} from '../helpers/fixtures.js';
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
	const dir = mkdtempSync(path.join(tmpdir(), 'srtgen-top-live-alerts-'));
	const hook = path.join(dir, 'hook');
	writeFileSync(hook, `#!/bin/sh\nenv | grep '^SRTGEN_' | sort > ${dir}/alert\n`);
	chmodSync(hook, 0o755);
	const recording = path.join(dir, 'written');
	writeFileSync(recording, '');
	pane = openPane(100, 30, {SRTGEN_API_KEY: 'sk_live_alerting_99', SRTGEN_BASE_URL: server.url.href});
	pane.record(recording);
	pane.type('echo before');
	pane.type(command('--interval', '2', '--warn', '2000', '--notify', '--on-alert', hook));
	await pane.waitFor(lines => lines.some(line => line.startsWith('Starter Plan')), 'the dashboard');
	await pane.waitFor(() => existsSync(path.join(dir, 'alert')) && readFileSync(path.join(dir, 'alert'), 'utf8').includes('SRTGEN_PHASE'), 'the alert command to run');
	const alert = readFileSync(path.join(dir, 'alert'), 'utf8');
	expect(alert).toContain('SRTGEN_EVENT=low\n');
	expect(alert).toContain('SRTGEN_MESSAGE=SRTGen credits low: 1,250 left, below 2,000\n');
	expect(alert).not.toContain('sk_live_alerting_99');
	await pane.waitFor(() => readFileSync(recording, 'utf8').includes('\u001BPtmux;'), 'the notification sequence');
	// Two more polls, still low: nothing fires again.
	const seen = server.requests.length;
	await pane.waitFor(() => server!.requests.length >= seen + 2, 'two more polls', 15_000);
	const written = readFileSync(recording, 'utf8');
	expect(written).toContain('\u001BPtmux;\u001B\u001B]9;SRTGen credits low: 1,250 left, below 2,000\u0007\u001B\u001B]777;notify;srtgen-top: low;SRTGen credits low: 1,250 left, below 2,000\u0007\u001B\\');
	pane.keys('q');
	await expectShellTerminal(pane, {exitCode: 0, gone: 'Starter Plan'});
	expect(written.split('\u001BPtmux;')).toHaveLength(2);
}, 40_000);
