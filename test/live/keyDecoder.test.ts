import {expect, test} from 'vitest';
import {keyDecoder} from '../../source/live/keyDecoder.js';

const escape = '\u001B';

test('the arrows, in normal and application cursor mode, are up and down', () => {
	const decoder = keyDecoder();
	expect([`${escape}[A`, `${escape}OA`, `${escape}[B`, `${escape}OB`].map(piece => decoder.decode(piece))).toEqual([
		[{kind: 'up'}],
		[{kind: 'up'}],
		[{kind: 'down'}],
		[{kind: 'down'}],
	]);
});

test('a lone Esc is held until it is known not to start a sequence: flushed, it is Esc', () => {
	const decoder = keyDecoder();
	expect(decoder.decode(escape)).toEqual([]);
	expect(decoder.holding()).toBe(true);
	expect(decoder.flush()).toEqual([{kind: 'escape'}]);
	expect(decoder.holding()).toBe(false);
	expect(decoder.flush()).toEqual([]);
});

test('an arrow split after its ESC is the arrow, not Esc and two characters', () => {
	const decoder = keyDecoder();
	expect(decoder.decode(escape)).toEqual([]);
	expect(decoder.decode('[B')).toEqual([{kind: 'down'}]);
	expect(decoder.decode(escape)).toEqual([]);
	expect(decoder.decode('[1;5P')).toEqual([]);
	expect(decoder.holding()).toBe(false);
});

test('a held Esc followed by a key, or by another Esc, is Esc then that key', () => {
	const decoder = keyDecoder();
	decoder.decode(escape);
	expect(decoder.decode('q')).toEqual([{kind: 'escape'}, {kind: 'text', character: 'q'}]);
	decoder.decode(escape);
	expect(decoder.decode(escape)).toEqual([{kind: 'escape'}]);
	expect(decoder.flush()).toEqual([{kind: 'escape'}]);
});
