import wrapAnsi from 'wrap-ansi';
import {toneSymbol, type Verdict} from '../present/verdictText.js';

/** A run of the verdict's text in one style: the sentence, or the `below --warn` beside it. */
export type VerdictPiece = {text: string; part: 'sentence' | 'low'};

const lowText = ' · below --warn';
const cut = '…';

/** The verdict as one line of text and where its `below --warn` starts: what wraps. */
function verdictText(verdict: Verdict, low: boolean): {text: string; lowAt: number} {
	const sentence = `${toneSymbol[verdict.tone]} ${verdict.text}`;
	return {text: low ? sentence + lowText : sentence, lowAt: sentence.length};
}

/** The verdict's lines at `columns`, broken at words (a word wider than the line at its width): as many as it takes. */
const wrapped = (text: string, columns: number) =>
	wrapAnsi(text, Math.max(1, columns), {hard: true, trim: true}).split('\n');

/** How many lines the verdict takes at `columns`, uncut: the layout's count. */
export function verdictHeight(verdict: Verdict | undefined, low: boolean, columns: number): number {
	return verdict === undefined ? 1 : wrapped(verdictText(verdict, low).text, columns).length;
}

/**
 * The verdict in at most `rows` lines of `columns`, wrapped at words; when even those are too
 * few, the last is cut at a word with `…`. Each line comes in its pieces, so that `below --warn`
 * keeps its own colour wherever the line breaks.
 */
export function verdictLines(verdict: Verdict, low: boolean, columns: number, rows: number): VerdictPiece[][] {
	const {text, lowAt} = verdictText(verdict, low);
	let lines = wrapped(text, columns);
	if (lines.length > rows) {
		const kept = lines.slice(0, Math.max(0, rows - 1));
		const rest = text.slice(offsetAfter(text, kept)).trimStart();
		lines = [...kept, columns > 1 ? wrapped(rest, columns - 1)[0]! + cut : cut];
	}

	// Wrapping only drops the spaces where lines break, so each line is found in the text in turn.
	let at = 0;
	return lines.map(line => {
		const body
			= line.endsWith(cut) && !text.startsWith(line, skipSpaces(text, at)) ? line.slice(0, -cut.length) : line;
		at = skipSpaces(text, at);
		const pieces = splitAt(body, lowAt - at);
		at += body.length;
		if (body !== line) {
			pieces.push({text: cut, part: pieces.at(-1)?.part ?? 'sentence'});
		}

		return pieces;
	});
}

function skipSpaces(text: string, at: number): number {
	let next = at;
	while (text[next] === ' ') {
		next++;
	}

	return next;
}

/** Where the text after these lines starts. */
function offsetAfter(text: string, lines: string[]): number {
	let at = 0;
	for (const line of lines) {
		at = skipSpaces(text, at) + line.length;
	}

	return at;
}

/** A line's sentence and `below --warn` pieces, the latter from `index` on. */
function splitAt(line: string, index: number): VerdictPiece[] {
	const split = Math.max(0, Math.min(line.length, index));
	return [
		{text: line.slice(0, split), part: 'sentence' as const},
		{text: line.slice(split), part: 'low' as const},
	].filter(piece => piece.text !== '');
}
