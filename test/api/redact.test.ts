import {describe, expect, test} from 'vitest';
import {ApiError, printable} from '../../source/api/errors.js';
import {cleanStrings, maxNesting, redactKey} from '../../source/api/redact.js';

const key = 'sk_live_Ab12cd34';

describe('redactKey', () => {
	test('blanks every occurrence, in any case', () => {
		expect(redactKey(`a ${key} b ${key.toUpperCase()} c ${key.toLowerCase()}`, key)).toBe(
			'a [key] b [key] c [key]',
		);
	});

	test('blanks a key with white space put inside it', () => {
		expect(redactKey('key: sk_live_ Ab12\ncd 34!', key)).toBe('key: [key]!');
	});

	test('a key of 40,000 characters, with characters a regular expression would read, is blanked without one', () => {
		const long = `sk_(${'a.*+?'.repeat(8000)})`;
		expect(redactKey(`echo ${long} echo`, long)).toBe('echo [key] echo');
	});

	test('text without the key is unchanged, whatever its letters', () => {
		for (const text of ['', 'İstanbul ß Straße', 'sk_live_Ab12cd3', '😀 sk_live']) {
			expect(redactKey(text, key)).toBe(text);
		}
	});
});

describe('printable, then redactKey', () => {
	test.each([
		['zero-width spaces and joiners', 'sk_live\u200B_Ab\u200C12\u200Dcd34'],
		['a word joiner and a byte-order mark', 'sk_\u2060live_Ab12\uFEFFcd34'],
		['a soft hyphen', 'sk_live_Ab\u00AD12cd34'],
		['tag characters', 'sk_live_\u{E0041}Ab12cd\u{E007F}34'],
		['bidi overrides', 'sk_live_\u202EAb12cd34\u202C'],
		['a control character', 'sk_live_Ab12\u0007cd34'],
		['an escape sequence\'s ESC', 'sk_live_Ab12\u001Bcd34'],
	])('a key split by %s is blanked once cleaned', (_, text) => {
		const cleaned = redactKey(printable(`owner ${text}`), key);
		expect(cleaned).toMatch(/^owner \[key\]/);
		expect(cleaned.replaceAll(/\s/g, '')).not.toContain('Ab12cd34');
	});

	test('zero-width and format characters are dropped, visible text kept', () => {
		expect(printable('127.0.0.1\u200B:\uFEFF8080\u00AD \u2066host\u2069')).toBe('127.0.0.1:8080 host');
	});
});

describe('cleanStrings', () => {
	const clean = (text: string) => redactKey(printable(text), key);

	test('cleans and redacts every string, at any depth up to the limit', () => {
		expect(cleanStrings({a: [`x${key}`, {b: 'y\u200Bz'}], n: 1, t: true, z: null}, clean, 200)).toEqual({
			a: ['x[key]', {b: 'yz'}],
			n: 1,
			t: true,
			z: null,
		});
	});

	test(`nesting deeper than ${maxNesting} is a response error, not a stack overflow`, () => {
		const deep = JSON.parse(`${'['.repeat(400_000)}${']'.repeat(400_000)}`) as unknown;
		expect(() => cleanStrings(deep, clean, 200)).toThrow(ApiError);
		expect(() => cleanStrings(deep, clean, 200)).toThrow(
			`The API answered 200 with JSON nested more than ${maxNesting} levels deep, not a balance.`,
		);
		const justDeepEnough = JSON.parse(`${'['.repeat(maxNesting)}"s"${']'.repeat(maxNesting)}`) as unknown;
		expect(() => cleanStrings(justDeepEnough, clean, 200)).not.toThrow();
	});
});
