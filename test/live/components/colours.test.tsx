import chalk from 'chalk';
import {render} from 'ink-testing-library';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {Footer} from '../../../source/live/components/Footer.js';
import {Verdict} from '../../../source/live/components/Verdict.js';
import type {Tone} from '../../../source/model/verdict.js';

// Off a terminal chalk draws no colour; Ink draws with this same chalk, so it is told to here, and
// put back afterwards: the unit tier's files share their modules, chalk among them.
const level = chalk.level;
beforeAll(() => {
	chalk.level = 2;
});
afterAll(() => {
	chalk.level = level;
});

const frame = (element: React.JSX.Element) => {
	const {lastFrame, unmount} = render(element);
	const text = lastFrame() ?? '';
	unmount();
	return text;
};

const lasts = {
	code: 'lasts-past-reset' as const,
	text: 'lasts past the Pro Plan reset (in 2h 11m)',
	tone: 'ok' as const,
};

test('the verdict in its tone\'s colour: green when it lasts; below --warn, that is said in red beside it', () => {
	expect(frame(<Verdict verdict={lasts} low={false} columns={100} rows={3}/>)).toContain('\u001B[32m✓ lasts');
	const low = frame(<Verdict verdict={lasts} low columns={100} rows={3}/>);
	expect(low).toContain('\u001B[32m✓ lasts');
	expect(low).toMatch(/\u001B\[31m · below --warn/);
	// Wrapped, each line keeps its colours: the sentence's green, and the red of below --warn.
	const [first, second] = frame(<Verdict verdict={lasts} low columns={34} rows={3}/>).split('\n');
	expect(first).toContain('\u001B[32m✓ lasts');
	expect(second).toMatch(/\u001B\[32m\(in 2h 11m\).*\u001B\[31m · below --warn/);
});

test.each<[Tone, string]>([
	['ok', '\u001B[32m'],
	['warning', '\u001B[38;5;172m'],
	['error', '\u001B[31m'],
])('tone %s: no yellow, white or blue that a light or dark background would swallow', (tone, code) => {
	const text = frame(<Verdict verdict={{...lasts, tone}} low={false} columns={100} rows={3}/>);
	expect(text).toContain(code);
	expect(text).not.toMatch(/\u001B\[(33|37|34|97|93)m/);
});

test('measuring is dim, in the terminal\'s own colour', () => {
	const text = frame(
		<Verdict
			verdict={{code: 'measuring', text: 'measuring…', tone: 'measuring'}}
			low={false}
			columns={100}
			rows={3}
		/>,
	);
	expect(text).toContain('\u001B[2m');
	expect(text).not.toMatch(/\u001B\[3\dm/);
});

test('the footer: every key in bold, every meaning dim', () => {
	const footer = frame(<Footer intervalSeconds={30} frozenAt={undefined} runMarked/>);
	for (const key of ['r', 'q', '?', 'm', 'u', 'j', 'f', '1-5']) {
		expect(footer).toContain(`\u001B[1m${key}\u001B[22m`);
	}

	for (const meaning of ['refresh', 'quit', 'help', 'mark a run', 'unmark', 'jobs', 'freeze', 'zoom']) {
		expect(footer).toContain(`\u001B[2m ${meaning}  `);
	}
});
