import {expect, test} from 'vitest';
import {help} from '../../source/config/flags.js';
import {footerKeys} from '../../source/live/keys.js';

const lines = help.split('\n').map(line => line.replace(/^\t/, ''));

test('every flag and variable is parted from its description by a blank column', () => {
	// Not the exit codes' `--check: 0 covered, …`: a mode's codes, not a flag.
	const named = lines.filter(line => /^ {2}(-|[A-Z_]{3,})/.test(line) && !/^ {2}--[\w-]+:/.test(line));
	expect(named.length).toBeGreaterThan(30);
	for (const line of named) {
		const name = /^ {2}((?:-\w, )?--?[\w-]+(?: <[^>]+>)?|[A-Z_]+)/.exec(line)![1]!;
		if (name.length + 2 >= 21) {
			// Too long for the column: its description starts on the next line.
			expect(line.trimEnd(), line).toBe(`  ${name}`);
		} else {
			expect(line.slice(2 + name.length, 22).trim(), line).toBe('');
			expect(line[22], line).not.toBe(' ');
		}
	}
});

test('--help lists every key of the live view, with the footer\'s words', () => {
	const keys = help.slice(help.indexOf('Live view keys'), help.indexOf('Exit codes'));
	for (const [key, meaning] of Object.values(footerKeys)) {
		expect(keys).toContain(key === '1-5' ? '1-5, +/- chart zoom' : `${key} ${meaning}`);
	}
});
