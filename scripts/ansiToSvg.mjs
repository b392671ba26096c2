// A terminal capture (`tmux capture-pane -p -e`: text with SGR escape codes) as an SVG image: one
// <text> per run of one style, placed on the terminal's grid. anser reads the escape codes (16 and
// 256 colours, true colour, bold, dim, inverse); the layout is ours: the packages that write SVG from
// ANSI (ansi-to-svg and its own chain of small dependencies) set their own fonts and sizes and cannot
// place a run on a cell, so braille and box-drawing glyphs taken from a fallback font would drift.
import Anser from 'anser';
import stringWidth from 'string-width';

// anser's palette (xterm's), as a dark terminal theme shows it.
const palette = new Map([
	['0, 0, 0', '#1e1e1e'], ['187, 0, 0', '#f14c4c'], ['0, 187, 0', '#23d18b'], ['187, 187, 0', '#e5e510'],
	['0, 0, 187', '#3b8eea'], ['187, 0, 187', '#d670d6'], ['0, 187, 187', '#29b8db'], ['255,255,255', '#d4d4d4'],
	['85, 85, 85', '#666666'], ['255, 85, 85', '#f14c4c'], ['0, 255, 0', '#23d18b'], ['255, 255, 85', '#f5f543'],
	['85, 85, 255', '#3b8eea'], ['255, 85, 255', '#d670d6'], ['85, 255, 255', '#29b8db'], ['255, 255, 255', '#e5e5e5'],
]);

// DejaVu Sans Mono's advance (0.602 em) and height (ascent 0.928 + descent 0.236 em): box-drawing lines meet.
export const theme = {
	background: '#1e1e1e',
	foreground: '#d4d4d4',
	fontSize: 14,
	cellWidth: 8.43,
	lineHeight: 16.3,
	baseline: 13,
};

const colour = value => palette.get(value) ?? `rgb(${value})`;
const escape = text => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The styled runs of a capture, each with its row and column: [{row, column, width, text, fg, bg, bold, dim}]. */
export function cells(capture) {
	const runs = [];
	let row = 0;
	let column = 0;
	for (const chunk of Anser.ansiToJson(capture, {json: true, remove_empty: true})) {
		const style = {
			fg: chunk.fg === null ? undefined : colour(chunk.fg),
			bg: chunk.bg === null ? undefined : colour(chunk.bg),
			bold: chunk.decorations.includes('bold'),
			dim: chunk.decorations.includes('dim'),
		};
		const lines = chunk.content.split('\n');
		for (const [index, text] of lines.entries()) {
			if (index > 0) {
				row++;
				column = 0;
			}

			const width = stringWidth(text);
			if (width > 0) {
				runs.push({row, column, width, text, ...style});
			}

			column += width;
		}
	}

	return runs;
}

/** The SVG document of a capture of `columns` × `rows` cells. */
export function ansiToSvg(capture, {columns, rows, title}) {
	const {background, foreground, fontSize, cellWidth, lineHeight, baseline} = theme;
	const pad = 12;
	const width = Math.ceil((columns * cellWidth) + (2 * pad));
	const height = Math.ceil((rows * lineHeight) + (2 * pad));
	const x = column => (pad + (column * cellWidth)).toFixed(2);
	const y = row => (pad + (row * lineHeight)).toFixed(2);
	const span = cells => (cells * cellWidth).toFixed(2);
	const rect = (row, column, cells, fill, dim) =>
		`<rect x="${x(column)}" y="${y(row)}" width="${span(cells)}" height="${lineHeight}" fill="${fill}"${dim ? ' fill-opacity="0.6"' : ''}/>`;
	const runs = cells(capture).filter(run => run.row < rows);
	const shapes = [];
	for (const run of runs) {
		if (run.bg !== undefined) {
			shapes.push(rect(run.row, run.column, run.width, run.bg, false));
		}

		// A full block (the big digits, the bars) is a filled cell, as a terminal draws it: glyphs leave gaps.
		let column = run.column;
		for (const part of run.text.split(/(█+)/u).filter(Boolean)) {
			const cells = stringWidth(part);
			if (part.startsWith('█')) {
				shapes.push(rect(run.row, column, cells, run.fg ?? foreground, run.dim));
			} else if (part.trim() !== '') {
				const attributes = [
					`x="${x(column)}"`, `y="${(pad + (run.row * lineHeight) + baseline).toFixed(2)}"`,
					`textLength="${span(cells)}"`, 'lengthAdjust="spacingAndGlyphs"',
					run.fg === undefined ? '' : `fill="${run.fg}"`,
					run.bold ? 'font-weight="bold"' : '',
					run.dim ? 'fill-opacity="0.6"' : '',
				].filter(Boolean);
				shapes.push(`<text ${attributes.join(' ')}>${escape(part)}</text>`);
			}

			column += cells;
		}
	}

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(title)}">`,
		`<title>${escape(title)}</title>`,
		`<rect width="100%" height="100%" rx="6" fill="${background}"/>`,
		`<g font-family="'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace" font-size="${fontSize}" fill="${foreground}" shape-rendering="crispEdges" xml:space="preserve">`,
		...shapes,
		'</g>',
		'</svg>',
		'',
	].join('\n');
}
