import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';
import {expect, test} from 'vitest';

// What patches/ink+6.8.0.patch makes Ink do, seen in Ink's own modules as its renderer uses them
// (the package exports none of them: they are loaded from its build folder, the files the bundle holds).
const build = new URL('.', pathToFileURL(createRequire(import.meta.url).resolve('ink')));
const inkModule = async <T>(name: string): Promise<T> =>
	((await import(new URL(name, build).href)) as {default: T}).default;

type Frame = {
	write(x: number, y: number, text: string, options: {transformers: []}): void;
	get(): {output: string};
	caches: {styledChars: Map<string, unknown>};
};
const Output = await inkModule<new (size: {width: number; height: number}) => Frame>('output.js');
const measureText = await inkModule<(text: string) => {width: number; height: number}>('measure-text.js');

/** One frame as Ink's renderer makes it: a new Output, the lines written, the text taken. */
function drawFrame(lines: string[]): Frame['caches'] {
	const frame = new Output({width: 40, height: lines.length});
	for (const [y, line] of lines.entries()) {
		frame.write(0, y, line, {transformers: []});
	}

	frame.get();
	return frame.caches;
}

test('a frame takes the lines it shares with the last frame as the last frame cut them, and keeps no others', () => {
	const first = drawFrame(['\u001B[1mSteady\u001B[22m 1,250 credits', 'updated 12:00:00']);
	const second = drawFrame(['\u001B[1mSteady\u001B[22m 1,250 credits', 'updated 12:00:30']);
	expect(second.styledChars.get('\u001B[1mSteady\u001B[22m 1,250 credits')).toBe(
		first.styledChars.get('\u001B[1mSteady\u001B[22m 1,250 credits'),
	);
	expect(second.styledChars.has('updated 12:00:00')).toBe(false);
	// Nor does a line come back from two frames ago: what a frame holds is the last frame's at most.
	const third = drawFrame(['updated 12:00:00']);
	expect(third.styledChars.get('updated 12:00:00')).not.toBe(first.styledChars.get('updated 12:00:00'));
	expect(drawFrame(['\u001B[1mSteady\u001B[22m 1,250 credits']).styledChars.has('updated 12:00:30')).toBe(false);
});

test('Ink still measures each text once, and forgets what it measured past a thousand texts', () => {
	const text = `a text measured by the test ${process.hrtime.bigint()}`;
	const measured = measureText(text);
	expect(measureText(text)).toBe(measured);
	for (let index = 0; index < 1000; index++) {
		measureText(`${text}, and another ${index}`);
	}

	const again = measureText(text);
	expect(again).not.toBe(measured);
	expect(again).toEqual(measured);
});
