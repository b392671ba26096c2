import {expect, test} from 'vitest';
import {plainFlags} from '../../source/config/flagWords.js';

test('a plain command line is read as meow reads it: camelCase names, values, switches and --no-', () => {
	expect(
		plainFlags(['--line', '--tmux', '--key-file', '/k', '--max-age=60', '--format', '-{total}', '--no-notify']),
	).toEqual({
		line: true,
		tmux: true,
		keyFile: '/k',
		maxAge: '60',
		format: '-{total}',
		notify: false,
	});
	expect(plainFlags([])).toEqual({});
});

test('anything else is left to meow, which words the refusal: help, short flags, --, twice, unknown, --no- before a value', () => {
	for (const argv of [
		['--line', '--help'],
		['--version'],
		['-h'],
		['--line', '--'],
		['--line', '--line'],
		['--tmux', '--no-tmux'],
		['--lines'],
		['--no-format'],
		['--line', 'stray'],
		['--warn'],
		['--format='],
		['--tmux=yes'],
	]) {
		expect(plainFlags(argv), argv.join(' ')).toBeUndefined();
	}
});
