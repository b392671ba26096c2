import {afterEach, expect, test} from 'vitest';
import {shows} from '../helpers/livePane.js';
import {expectShellTerminal} from '../helpers/restored.js';
import {command, openPane, type Pane} from '../helpers/tmux.js';

let pane: Pane | undefined;

afterEach(() => {
	pane?.kill();
	pane = undefined;
});

/** The foreground and background colour codes on the screen (not 39 and 49, tmux's "default" after each). */
function colourCodes(styled: string): string[] {
	const codes = new Set<string>();
	for (const [, parameters] of styled.matchAll(/\u001B\[([\d;]*)m/g)) {
		const parts = parameters!.split(';');
		for (let index = 0; index < parts.length; index++) {
			const part = parts[index]!;
			if (part === '38' || part === '48') {
				// 38;5;N in 256 colours, 38;2;R;G;B in true colour (what tmux keeps depends on what it was sent).
				const length = parts[index + 1] === '2' ? 5 : 3;
				codes.add(parts.slice(index, index + length).join(';'));
				index += length - 1;
			} else if (/^(3[0-7]|4[0-7]|9[0-7]|10[0-7])$/.test(part)) {
				codes.add(part);
			}
		}
	}

	return [...codes].toSorted();
}

/** The light palette, in 256 colours and in true colour. */
const light = new Set([
	'38;5;124',
	'38;5;130',
	'38;5;28',
	'38;5;24',
	'38;2;175;0;0',
	'38;2;160;64;0',
	'38;2;0;100;0',
	'38;2;0;64;122',
]);
const onlyLight = (codes: string[]) => codes.length > 0 && codes.every(code => light.has(code));

/** The demo account below --warn, in a 100×30 pane (with `background` as its pane's colour), until its chart shows. */
async function shown(theme: string, background?: string): Promise<{styled: string; lines: string[]}> {
	pane = openPane(100, 30, {});
	if (background !== undefined) {
		pane.setWindowOption('window-style', `bg=${background}`);
	}

	// Without CI (the pane has CI=false for Ink): chalk's supports-color gives no colour at all when CI is set.
	pane.launch(`env -u CI -u SRTGEN_API_KEY ${command('--theme', theme, '--warn', '9000')}`);
	const lines = await pane.waitFor(shows('now'), 'the chart', 20_000);
	// The bars, the verdict and the chart are drawn; a moment for the last row.
	await new Promise(resolve => setTimeout(resolve, 300));
	return {styled: pane.styledScreen(), lines};
}

async function quit() {
	pane!.keys('q');
	await expectShellTerminal(pane!, {exitCode: 0, gone: 'Pro Plan'});
}

test('light: only the four dark colours of its palette, no white, yellow or pale foreground', async () => {
	const {styled} = await shown('light');
	expect(colourCodes(styled), colourCodes(styled).join(' ')).toSatisfy(onlyLight);
	// Colours are drawn (red below --warn, green bars and verdict, the accent); orange only with a warning.
	expect(colourCodes(styled).length).toBeGreaterThanOrEqual(3);
	await quit();
});

test('mono: no colour at all, only bold, dim and inverse', async () => {
	const {styled} = await shown('mono');
	expect(colourCodes(styled)).toEqual([]);
	const attributes = new Set([...styled.matchAll(/\u001B\[([\d;]*)m/g)].flatMap(([, parameters]) => parameters!.split(';')));
	expect([...attributes].filter(code => ['1', '2', '7'].includes(code)).toSorted()).toEqual(['1', '2', '7']);
	await quit();
});

test('auto asks the terminal (here tmux, for its pane) for its background: light on white, dark on black; the answer is never shown', async () => {
	const white = await shown('auto', '#ffffff');
	expect(colourCodes(white.styled), colourCodes(white.styled).join(' ')).toSatisfy(onlyLight);
	expect(white.lines.join('\n')).not.toMatch(/rgb:|11;|\?1;2c/);
	// Keys still reach the view after the question: 2 zooms the chart to an hour.
	pane!.keys('2');
	await pane!.waitFor(shows('balance, last 1h'), 'the zoom');
	await quit();
	expect(pane!.screen().join('\n')).not.toMatch(/rgb:|11;|\?1;2c/);
	pane!.kill();

	const dark = await shown('auto', '#000000');
	expect(colourCodes(dark.styled)).toEqual(expect.arrayContaining(['31', '32']));
	expect(colourCodes(dark.styled).some(code => light.has(code))).toBe(false);
	await quit();
});
