import CFonts from 'cfonts';
import stringWidth from 'string-width';
import {formatCredits} from '../present/format.js';
import type {TextBlock} from './layout.js';

export const bigFonts = {big: 'block', small: 'tiny'} as const;

/** What ink-big-text is given: cfonts options without the blank lines it adds around the text. */
export const bigTextOptions = {
	spaceless: true,
	letterSpacing: 1,
	lineHeight: 1,
	align: 'left',
	colors: ['system'],
} as const;

/**
 * The counter's text in big digits: thousands grouped by a space, as SI writes numbers. The fonts'
 * comma sits on the baseline, where "3,840" reads as "3.840" (and the tiny font draws it as a lone block).
 */
export function bigCounterText(total: number | undefined): string {
	return formatCredits(total).replaceAll(',', ' ');
}

const measured = new Map<string, TextBlock>();

type Font = (typeof bigFonts)[keyof typeof bigFonts];

/**
 * The size the counter takes in a big font, as cfonts renders it (cached: the text rarely changes).
 * cfonts breaks text that is wider than the terminal was when it loaded; a counter broken over two
 * rows is no use, so it measures as infinitely wide.
 */
export function measureBigText(text: string, font: Font): TextBlock {
	const key = `${font}:${text}`;
	let block = measured.get(key);
	if (block === undefined) {
		block = render(text, font);
		if (block.height > render('0', font).height) {
			block = {width: Number.POSITIVE_INFINITY, height: block.height};
		}

		measured.set(key, block);
	}

	return block;
}

function render(text: string, font: Font): TextBlock {
	const rendered = CFonts.render(text, {...bigTextOptions, font});
	const lines = rendered === false ? [] : rendered.string.split('\n');
	return {width: Math.max(0, ...lines.map(line => stringWidth(line))), height: lines.length};
}
