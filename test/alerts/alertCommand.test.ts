import {chmodSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {alertEnvironment, runAlertCommand} from '../../source/alerts/alertCommand.js';
import {notificationSequence} from '../../source/alerts/desktop.js';
import {alertCommand} from '../../source/config/onAlert.js';
import {ConfigError} from '../../source/config/error.js';

function script(body: string): string {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-alert-')), 'hook');
	writeFileSync(file, `#!/bin/sh\n${body}\n`);
	chmodSync(file, 0o755);
	return file;
}

test('without a shell, words are words: quotes group, nothing expands', () => {
	expect(alertCommand('notify "two words" --flag=1', false)).toEqual({words: ['notify', 'two words', '--flag=1']});
	expect(alertCommand('anything | goes > here', true)).toEqual({shellLine: 'anything | goes > here'});
	expect(() => alertCommand('curl -d "$SRTGEN_MESSAGE" https://example.invalid', false)).toThrow(ConfigError);
	expect(() => alertCommand('notify | tee log', false)).toThrow(/add --on-alert-shell/);
	expect(() => alertCommand('  ', false)).toThrow('--on-alert needs a command to run.');
});

test('the command\'s environment has the alert and never the key, nor where it is kept', () => {
	const env = alertEnvironment(
		{PATH: '/bin', SRTGEN_API_KEY: 'sk_secret', SRTGEN_API_KEY_FILE: '/k', HOME: '/h'},
		{SRTGEN_EVENT: 'low'},
	);
	expect(env).toEqual({PATH: '/bin', HOME: '/h', SRTGEN_EVENT: 'low'});
});

test('a real command runs with the variables; its failure and its hang are notices, not crashes', async () => {
	const out = path.join(mkdtempSync(path.join(tmpdir(), 'srtgen-top-alert-')), 'env');
	expect(
		await runAlertCommand(
			{words: [script(`env > ${out}`)]},
			{PATH: process.env['PATH'] ?? '', SRTGEN_EVENT: 'low'},
		),
	).toBeUndefined();
	expect(readFileSync(out, 'utf8')).toContain('SRTGEN_EVENT=low');
	expect(await runAlertCommand({words: [script('exit 3')]}, {})).toBe('--on-alert exited with code 3');
	expect(await runAlertCommand({words: ['/nonexistent/hook']}, {})).toBe(
		'--on-alert: /nonexistent/hook was not found',
	);
	const started = Date.now();
	expect(await runAlertCommand({words: [script('sleep 30')]}, {}, 300)).toBe(
		'--on-alert did not finish within 0.3s and was stopped',
	);
	expect(Date.now() - started).toBeLessThan(20_000);
	expect(
		await runAlertCommand({shellLine: `echo "$SRTGEN_EVENT" > ${out}`}, {SRTGEN_EVENT: 'run-short'}),
	).toBeUndefined();
	expect(readFileSync(out, 'utf8')).toBe('run-short\n');
});

test('desktop notifications: OSC 9 and OSC 777, wrapped for tmux passthrough with every escape doubled, no control character from the text', () => {
	expect(notificationSequence('srtgen-top: low', 'credits\u0007 low;', false)).toBe(
		'\u001B]9;credits  low \u0007\u001B]777;notify;srtgen-top: low;credits  low \u0007',
	);
	const wrapped = notificationSequence('t', 'm', true);
	expect(wrapped).toBe('\u001BPtmux;\u001B\u001B]9;m\u0007\u001B\u001B]777;notify;t;m\u0007\u001B\\');
});
