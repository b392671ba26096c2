import {expect, test} from 'vitest';
import {Screen} from '../../source/live/screen.js';

function terminal(columns: number, rows: number) {
	const writes: string[] = [];
	const stdout = {columns, rows, write: (text: string) => writes.push(text) > 0};
	return {stdout, writes, screen: new Screen(stdout as unknown as NodeJS.WriteStream)};
}

test('the first frame clears the screen and paints every row by position, with no newline', () => {
	const {screen, writes} = terminal(20, 5);
	screen.write('header\nbody\nfooter\n');
	expect(writes).toEqual(['\u001B[2J\u001B[1;1Hheader\u001B[K\u001B[2;1Hbody\u001B[K\u001B[3;1Hfooter\u001B[K']);
});

test('a later frame rewrites only the rows that changed', () => {
	const {screen, writes} = terminal(20, 5);
	screen.write('updated 1s ago\nbody\nfooter');
	screen.write('updated 2s ago\nbody\nfooter');
	expect(writes[1]).toBe('\u001B[1;1Hupdated 2s ago\u001B[K');
	screen.write('updated 2s ago\nbody\nfooter');
	expect(writes).toHaveLength(2);
});

test('a shorter frame blanks the rows it no longer uses', () => {
	const {screen, writes} = terminal(20, 5);
	screen.write('a\nb\nc\nd');
	screen.write('a\nb');
	expect(writes[1]).toBe('\u001B[3;1H\u001B[K\u001B[4;1H\u001B[K');
});

test('a new terminal size repaints everything', () => {
	const {screen, writes, stdout} = terminal(20, 5);
	screen.write('a\nb');
	stdout.columns = 10;
	expect(screen.columns).toBe(10);
	screen.write('a\nb');
	expect(writes[1]).toBe('\u001B[2J\u001B[1;1Ha\u001B[K\u001B[2;1Hb\u001B[K');
});

test('a row as wide as the terminal is not followed by an erase, which would cut its last character', () => {
	const {screen, writes} = terminal(4, 5);
	screen.write('abcd\n界a');
	expect(writes[0]).toBe('\u001B[2J\u001B[1;1Habcd\u001B[2;1H界a\u001B[K');
});

test('never more rows than the terminal has; an empty write is ignored', () => {
	const {screen, writes} = terminal(20, 2);
	screen.write('');
	expect(writes).toHaveLength(0);
	screen.write('1\n2\n3\n4');
	expect(writes[0]).not.toContain('3');
});
