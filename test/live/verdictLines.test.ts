import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import type {Verdict} from '../../source/present/verdictText.js';
import {verdictHeight, verdictLines, type VerdictPiece} from '../../source/live/verdictLines.js';

const lasts: Verdict = {code: 'lasts-past-reset', text: 'lasts past the Pro Plan reset (in 2h 03m)', tone: 'ok'};
const short: Verdict = {code: 'run-short', text: 'short by ~2,140 credits — about 713 jobs', tone: 'error'};
const text = (line: VerdictPiece[]) => line.map(piece => piece.text).join('');
const lines = (verdict: Verdict, low: boolean, columns: number, rows: number) =>
	verdictLines(verdict, low, columns, rows).map(line => text(line));

describe('verdictLines', () => {
	test('one line when it fits', () => {
		expect(lines(lasts, false, 60, 3)).toEqual(['✓ lasts past the Pro Plan reset (in 2h 03m)']);
		expect(verdictHeight(lasts, false, 60)).toBe(1);
	});

	test.each([30, 34, 40])('at %i columns the sentence wraps at words, every word of it on screen', columns => {
		const wrapped = lines(lasts, false, columns, 3);
		expect(wrapped.length).toBe(2);
		expect(verdictHeight(lasts, false, columns)).toBe(2);
		expect(wrapped.join(' ')).toBe('✓ lasts past the Pro Plan reset (in 2h 03m)');
		for (const line of wrapped) {
			expect(stringWidth(line)).toBeLessThanOrEqual(columns);
		}
	});

	test('the exact lines at 34 columns', () => {
		expect(lines(lasts, false, 34, 3)).toEqual(['✓ lasts past the Pro Plan reset', '(in 2h 03m)']);
	});

	test('below --warn keeps its own piece across the break', () => {
		const wrapped = verdictLines(lasts, true, 34, 3);
		expect(wrapped.map(line => text(line))).toEqual([
			'✓ lasts past the Pro Plan reset',
			'(in 2h 03m) · below --warn',
		]);
		expect(wrapped[1]).toEqual([{text: '(in 2h 03m)', part: 'sentence'}, {text: ' · below --warn', part: 'low'}]);
		expect(lines(short, true, 30, 3)).toEqual(['✗ short by ~2,140 credits —', 'about 713 jobs · below --warn']);
		expect(lines(short, true, 20, 3)).toEqual(['✗ short by ~2,140', 'credits — about 713', 'jobs · below --warn']);
		expect(verdictLines(short, true, 20, 3).map(line => line.map(piece => piece.part))).toEqual([
			['sentence'],
			['sentence'],
			['sentence', 'low'],
		]);
		expect(verdictLines(short, true, 25, 3)).toEqual([
			[{text: '✗ short by ~2,140 credits', part: 'sentence'}],
			[{text: '— about 713 jobs', part: 'sentence'}, {text: ' · below', part: 'low'}],
			[{text: '--warn', part: 'low'}],
		]);
	});

	test('more lines than rows: the last one is cut at a word, with …', () => {
		expect(lines(lasts, false, 34, 1)).toEqual(['✓ lasts past the Pro Plan reset…']);
		expect(lines(lasts, true, 20, 2)).toEqual(['✓ lasts past the Pro', 'Plan reset (in 2h…']);
		expect(verdictLines(lasts, true, 20, 2)[1]!.at(-1)).toEqual({text: '…', part: 'sentence'});
		for (const line of lines(lasts, true, 20, 2)) {
			expect(stringWidth(line)).toBeLessThanOrEqual(20);
		}
	});

	test('a verdict that ends in … is not taken for a cut one', () => {
		const measuring: Verdict = {code: 'measuring', text: 'measuring…', tone: 'measuring'};
		expect(verdictLines(measuring, false, 30, 1)).toEqual([[{text: '… measuring…', part: 'sentence'}]]);
	});

	test('a word wider than the line is broken, not lost', () => {
		const long: Verdict = {...lasts, text: 'x'.repeat(50)};
		const wrapped = lines(long, false, 30, 3);
		expect(wrapped).toHaveLength(2);
		expect(wrapped.join('')).toBe(`✓ ${'x'.repeat(50)}`);
	});
});
