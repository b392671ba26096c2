import CFonts from 'cfonts';
import type {TextBlock} from '../model/layout.js';

export const bigFonts = {big: 'block', small: 'tiny'} as const;

/** What ink-big-text is given: cfonts options without the blank lines it adds around the text. */
export const bigTextOptions = {spaceless: true, letterSpacing: 1, lineHeight: 1, align: 'left', colors: ['system']} as const;

const measured = new Map<string, TextBlock>();

/** The size the counter takes in a big font, as cfonts renders it (cached: the text rarely changes). */
export function measureBigText(text: string, font: (typeof bigFonts)[keyof typeof bigFonts]): TextBlock {
	const key = `${font}:${text}`;
	let block = measured.get(key);
	if (block === undefined) {
		const rendered = CFonts.render(text, {...bigTextOptions, font, colors: ['system']});
		const lines = rendered === false ? [] : rendered.string.replaceAll(/\u001B\[[\d;]*m/g, '').split('\n');
		block = {width: Math.max(0, ...lines.map(line => line.length)), height: lines.length};
		measured.set(key, block);
	}

	return block;
}
