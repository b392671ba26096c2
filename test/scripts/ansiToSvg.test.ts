import {expect, test} from 'vitest';
import {ansiToSvg, cells, theme} from '../../scripts/ansiToSvg.mjs';

// What tmux's capture-pane -e gives: SGR codes that carry over from one line to the next.
const capture = '\u001B[1;7m DEMO \u001B[0m a<b\n\u001B[31m██\u001B[39m╗ \u001B[2mdim\u001B[0m\n';

test('each run of one style keeps its row and column on the grid, styles carried across lines', () => {
	expect(cells(capture)).toEqual([
		expect.objectContaining({row: 0, column: 0, text: ' DEMO ', bold: true}),
		expect.objectContaining({row: 0, column: 6, text: ' a<b', bold: false, fg: undefined}),
		expect.objectContaining({row: 1, column: 0, text: '██', fg: '#f14c4c'}),
		expect.objectContaining({row: 1, column: 2, text: '╗ '}),
		expect.objectContaining({row: 1, column: 4, text: 'dim', dim: true}),
	]);
});

test('the SVG: text escaped and placed by cell, full blocks as filled cells, inverse as a background', () => {
	const svg = ansiToSvg(capture, {columns: 10, rows: 2, title: 'a & b'});
	expect(svg).toContain('<title>a &amp; b</title>');
	expect(svg).toContain('> a&lt;b</text>');
	expect(svg).not.toContain('█');
	expect(svg).toContain(
		`<rect x="12.00" y="${(12 + theme.lineHeight).toFixed(2)}" width="${(2 * theme.cellWidth).toFixed(2)}" height="${theme.lineHeight}" fill="#f14c4c"/>`,
	);
	expect(svg).toMatch(/<rect x="12.00" y="12.00" width="[\d.]+" height="[\d.]+" fill="#[0-9a-f]{6}"\/>/);
	expect(svg).toContain('fill-opacity="0.6">dim</text>');
});
