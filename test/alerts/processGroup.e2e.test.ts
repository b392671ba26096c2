import {readdirSync, readFileSync} from 'node:fs';
import {afterAll, afterEach, beforeAll, expect, test} from 'vitest';
import {runAlertCommand} from '../../source/alerts/alertCommand.js';
import {runCli} from '../helpers/cli.js';
import {sampleBody} from '../helpers/fixtures.js';
import {startServer, type TestServer} from '../helpers/server.js';
import {command, openPane, type Pane} from '../helpers/tmux.js';

let server: TestServer;
let pane: Pane | undefined;
const key = 'sk_live_groups_0a1b2c3d';

beforeAll(async () => {
	server = await startServer({body: sampleBody});
});

afterEach(() => {
	pane?.kill();
	pane = undefined;
});

afterAll(async () => {
	await server.close();
});

/** A sleep no other test starts: its duration names it in /proc. */
const uniqueSleep = (seconds: number) => `sleep ${seconds}.${process.pid}${Math.floor(Math.random() * 1000)}`;

/** The pids whose command line is `words`, their parents and process groups (fields 4 and 5 of /proc/PID/stat). */
function processes(words: string): Array<{pid: number; parent: number; group: number}> {
	const found = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) {
			continue;
		}

		try {
			if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim() === words) {
				const [, , , parent, group] = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /, '. . ').split(' ');
				found.push({pid: Number(entry), parent: Number(parent), group: Number(group)});
			}
		} catch {
			// Ended meanwhile.
		}
	}

	return found;
}

async function until(check: () => boolean, what: string, ceilingMs = 10_000): Promise<void> {
	const end = Date.now() + ceilingMs;
	while (!check()) {
		if (Date.now() > end) {
			throw new Error(`waited ${ceilingMs / 1000} s for ${what}`);
		}

		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

test('on its time-out the whole command is ended, its children too, not only the shell', async () => {
	const sleep = uniqueSleep(1004);
	// `; true` keeps sh from exec-ing the sleep: the sleep is a child of the shell.
	expect(await runAlertCommand({shellLine: `${sleep}; true`}, {PATH: process.env['PATH'] ?? ''}, 500)).toBe(
		'--on-alert did not finish within 0.5s and was stopped',
	);
	await until(() => processes(sleep).length === 0, `${sleep} to be ended`, 2000);
});

test('--line returns at once when the command leaves a background job holding its output, and that job is ended with it', async () => {
	const sleep = uniqueSleep(1003);
	const started = Date.now();
	const run = await runCli(
		['--line', '--max-age', '0', '--warn', '2000', '--on-alert-shell', '--on-alert', `${sleep} & echo started`],
		{SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href},
	);
	expect(run.code).toBe(1);
	expect(Date.now() - started).toBeLessThan(5000);
	await until(() => processes(sleep).length === 0, `${sleep} to be ended`, 2000);
});

test('quitting the live view ends a command still running, which ran in a process group of its own', async () => {
	const sleep = uniqueSleep(1005);
	pane = openPane(100, 30, {SRTGEN_API_KEY: key, SRTGEN_BASE_URL: server.url.href});
	pane.type(command('--interval', '30', '--warn', '2000', '--on-alert', `'${sleep}'`));
	const app = await pane.appPid();
	await until(() => processes(sleep).length === 1, `${sleep} to start`, 20_000);
	const [running] = processes(sleep);
	expect(running!.parent).toBe(app);
	expect(running!.group).toBe(running!.pid);
	pane.keys('q');
	await pane.waitFor(lines => lines.findLast(line => line.trim() !== '') === '$', 'the shell\'s prompt', 20_000);
	await until(() => processes(sleep).length === 0, `${sleep} to be ended`, 2000);
});
