import {PassThrough} from 'node:stream';
import {expect, test} from 'vitest';
import {shadeOfAnswer, shadeOfColorFgBg, terminalBackground} from '../../source/live/terminalBackground.js';

test('an OSC 11 answer is light or dark by its luminance, with 1 to 4 hex digits a channel, ended by BEL or ST', () => {
	expect(shadeOfAnswer('\u001B]11;rgb:ffff/ffff/ffff\u0007')).toBe('light');
	expect(shadeOfAnswer('\u001B]11;rgb:fdf6/e3e3/cccc\u001B\\')).toBe('light');
	expect(shadeOfAnswer('\u001B]11;rgb:1e/1e/2e\u0007')).toBe('dark');
	expect(shadeOfAnswer('\u001B]11;rgb:0/0/0\u0007')).toBe('dark');
	expect(shadeOfAnswer('\u001B[?1;2c')).toBeUndefined();
});

test('COLORFGBG: a background of 7 or 15 is light, 0 to 6 and 8 dark, anything else unknown', () => {
	expect(shadeOfColorFgBg('0;15')).toBe('light');
	expect(shadeOfColorFgBg('0;default;7')).toBe('light');
	expect(shadeOfColorFgBg('15;0')).toBe('dark');
	expect(shadeOfColorFgBg('15;default')).toBeUndefined();
	expect(shadeOfColorFgBg(undefined)).toBeUndefined();
});

/** A terminal that answers the question with `answer`, after `typed` was already waiting in its input. */
function terminal(answer: string | undefined, typed = '') {
	const stdin = Object.assign(new PassThrough(), {isTTY: true, isRaw: false, setRawMode(raw: boolean) {
		stdin.isRaw = raw;
		return stdin;
	}});
	const written: string[] = [];
	const stdout = Object.assign(new PassThrough(), {isTTY: true});
	stdout.on('data', (chunk: Buffer) => {
		written.push(chunk.toString());
		stdin.write(typed + (answer ?? ''));
	});
	return {stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream, written};
}

test('the terminal is asked, its answer read in raw mode and not left for the view, and a key typed meanwhile is kept', async () => {
	const {stdin, stdout, written} = terminal('\u001B]11;rgb:ffff/ffff/ffff\u0007\u001B[?62;22c', 'q');
	expect(await terminalBackground(stdin, stdout, {})).toBe('light');
	expect(written.join('')).toBe('\u001B]11;?\u0007\u001B[c');
	expect(stdin.isRaw).toBe(false);
	expect((stdin.read() as Buffer).toString()).toBe('q');
});

test('a terminal that answers only DA1 is not waited for; one that answers nothing costs the time-out; both fall back to COLORFGBG', async () => {
	const started = Date.now();
	const da1Only = terminal('\u001B[?1;2c');
	expect(await terminalBackground(da1Only.stdin, da1Only.stdout, {COLORFGBG: '0;15'}, 5000)).toBe('light');
	expect(Date.now() - started).toBeLessThan(4000);
	const silent = terminal(undefined);
	expect(await terminalBackground(silent.stdin, silent.stdout, {}, 100)).toBeUndefined();
});
