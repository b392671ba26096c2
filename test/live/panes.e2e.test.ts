import {afterEach, expect, test} from 'vitest';
import {command, openPane, type Pane} from '../helpers/tmux.js';

let pane: Pane | undefined;
afterEach(() => {
	pane?.kill();
});

const sentence = /^✓ lasts past the Pro Plan reset \(in 2h \d\dm\)$/;

/** The verdict as read on the screen: its first line and the ones it wrapped onto, up to the next section. */
function verdictRead(lines: string[]): string | undefined {
	const first = lines.findIndex(line => line.startsWith('✓ '));
	if (first === -1) {
		return undefined;
	}

	const end = lines.findIndex(
		(line, index) =>
			index > first && (line.startsWith('credits') || line.startsWith('Pro Plan') || line.trim() === ''),
	);
	return lines.slice(first, end === -1 ? first + 3 : end).join(' ');
}

/**
 * Resizes the pane and waits for a frame at the new size in which the verdict reads whole: tmux
 * cuts the old frame's lines to the new width until the program paints again, so the cut lines
 * of a frame too wide never match.
 */
async function resized(
	to: Pane,
	columns: number,
	rows: number,
	whole: (lines: string[]) => boolean,
): Promise<string[]> {
	to.resize(columns, rows);
	return to.waitFor(
		lines => lines.length === rows && whole(lines),
		`the ${columns}×${rows} frame with the whole verdict`,
		20_000,
	);
}

test('at 30, 34 and 40 columns the whole verdict is read, wrapped at words, and the frame fits the pane; too small, too', async () => {
	pane = openPane(40, 14, {});
	pane.launch(command('--demo'));
	await pane.waitFor(lines => verdictRead(lines) !== undefined, 'the demo\'s verdict', 20_000);
	for (const columns of [30, 34, 40]) {
		const lines = await resized(
			pane,
			columns,
			14,
			lines => sentence.test(verdictRead(lines) ?? '') && lines.at(-1)!.startsWith('r refresh'),
		);
		expect(lines[0], `${columns} columns`).toMatch(/^ DEMO /);
		const first = lines.findIndex(line => line.startsWith('✓ '));
		// Two lines, broken at a word: neither ends nor starts inside one.
		expect(lines[first + 1], lines.join('\n')).toMatch(/^(reset |\(in |2h |\d\dm\))/);
		expect(lines[first]).toMatch(/(Plan|reset|2h)$/);
		// Not a line of it cut, and nothing wider than the pane (a wider line would wrap in the terminal).
		expect(pane.joinedScreen()).toEqual(lines);
	}

	// Below the minimum height: the balance, and the verdict on the rows there are.
	const tiny = await resized(pane, 40, 4, lines => sentence.test(lines.slice(1, 3).join(' ')));
	expect(tiny[0]).toMatch(/^[\d,]+ credits$/);
	expect(tiny[3]).toBe('');
	pane.keys('q');
}, 90_000);

test.each([[100, 30], [120, 40], [200, 50], [250, 70]])('at %i×%i the chart takes the rows: no blank row between it and the footer', async (columns, rows) => {
	pane = openPane(columns, rows, {});
	pane.launch(command('--demo'));
	// The chart's time axis, then the demo's hint, then the footer: the designed gaps are above the
	// plans and the chart only.
	const lines = await pane.waitFor(
		lines =>
			lines.length === rows
			&& (lines.at(-1) ?? '').startsWith('r refresh')
			&& /^ +-15m +-10m +now$/.test(lines.at(-3)!),
		"the chart's axis right over the hint and the footer",
		20_000,
	);
	expect(lines.at(-2)).toMatch(/^try m to mark a bulk run/);
	const title = lines.findIndex(line => line.startsWith('balance, last 15m'));
	expect(lines[title - 1]).toBe('');
	expect(
		lines.slice(0, title).filter(line => line.trim() === ''),
		lines.join('\n'),
	).toHaveLength(2);
	// The chart is as tall as the rows left: its title to its axis.
	expect(rows - 3 - title).toBeGreaterThan(rows - 20);
	pane.keys('q');
}, 60_000);
