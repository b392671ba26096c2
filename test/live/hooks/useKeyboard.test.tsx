import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import {useKeyboard, type KeyActions} from '../../../source/live/hooks/useKeyboard.js';
import {escapeWaitMs} from '../../../source/live/keyDecoder.js';

const escape = '\u001B';

/** Every function-key and modifier sequence xterm, rxvt and kitty send, and a few stray bytes. */
function sequences(): string[] {
	const all: string[] = [];
	const modifiers = Array.from({length: 16}, (_, index) => index + 1);
	// xterm: F1–F4 as SS3 and CSI 1;m P–S, cursor keys, Home/End; `~` keys with and without modifiers.
	for (const final of 'PQRSABCDHFEZ') {
		all.push(`${escape}O${final}`, `${escape}[${final}`, `${escape}${escape}[${final}`);
		for (const modifier of modifiers) {
			all.push(`${escape}[1;${modifier}${final}`, `${escape}O${modifier}${final}`);
		}
	}

	for (let code = 1; code <= 34; code++) {
		all.push(`${escape}[${code}~`, `${escape}[${code}^`, `${escape}[${code}$`, `${escape}[${code}@`);
		for (const modifier of modifiers) {
			all.push(`${escape}[${code};${modifier}~`);
		}
	}

	// rxvt: Shift and Ctrl cursor keys, and the Linux console's F1–F5.
	for (const final of 'abcdABCDE') {
		all.push(`${escape}O${final}`, `${escape}[${final}`, `${escape}[[${final}`);
	}

	// kitty's CSI u (every key, with every modifier and event type) and its function keys.
	for (const code of [9, 13, 27, 32, 57, 99, 113, 127, 57_344, 57_364, 57_376, 57_398, 57_441]) {
		for (const modifier of modifiers) {
			all.push(
				`${escape}[${code};${modifier}u`,
				`${escape}[${code};${modifier}:3u`,
				`${escape}[${code}:${code};${modifier}u`,
			);
		}
	}

	// Alt with every control character, focus, mouse, bracketed paste, and C1 controls.
	for (let code = 0; code < 32; code++) {
		all.push(`${escape}${String.fromCodePoint(code)}`);
	}

	// A terminal's late answer to the theme's questions: its background (OSC 11, ended by BEL or
	// ST), its attributes (DA1).
	all.push(
		`${escape}]11;rgb:ffff/ffff/ffff\u0007`,
		`${escape}]11;rgb:1e1e/1e1e/2e2e${escape}\\`,
		`${escape}[?1;2c`,
		`${escape}[?62;22c`,
	);
	all.push(
		`${escape}[I`,
		`${escape}[O`,
		`${escape}[M !!`,
		`${escape}[<0;10;5M`,
		`${escape}[200~pasted${escape}[201~`,
		'\u009B1;5P',
		'\u008F',
		`${escape}[`,
		`${escape}O`,
		`${escape}[1;`,
	);
	return all;
}

function Keys({actions, markedRun}: {actions: KeyActions; markedRun?: string}) {
	const {prompt} = useKeyboard(actions, {isActive: true, markedRun});
	return <Text>{prompt ?? 'ready'}</Text>;
}

function recorder() {
	const calls: string[] = [];
	const note = (name: string) => () => {
		calls.push(name);
	};

	const actions: KeyActions = {
		quit: note('quit'),
		suspend: note('suspend'),
		refresh: note('refresh'),
		toggleHelp: note('help'),
		markRun: note('mark'),
		clearRun: note('clear'),
		setJobs: jobs => calls.push(`jobs ${jobs}`),
		toggleFreeze: note('freeze'),
		zoom: change => calls.push(`zoom ${String(change)}`),
	};
	return {calls, actions};
}

const delay = async (ms: number) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

const settle = async () => new Promise(resolve => {
	setImmediate(resolve);
});

test('no function key, modifier or stray sequence throws, and none counts as a key', async () => {
	const {calls, actions} = recorder();
	const {stdin, lastFrame, unmount} = render(<Keys actions={actions}/>);
	await settle();
	const acted: string[] = [];
	for (const sequence of sequences()) {
		expect(() => {
			stdin.write(sequence);
		}, JSON.stringify(sequence)).not.toThrow();
		await settle();
		if (calls.length > 0) {
			acted.push(`${JSON.stringify(sequence)}: ${calls.splice(0).join(', ')}`);
		}
	}

	expect(acted).toEqual([]);
	expect(lastFrame()).toBe('ready');
	unmount();
});

test('plain keys still act after the fuzz: j, digits, Backspace, Enter, then r, Ctrl+Z and Ctrl+C', async () => {
	const {calls, actions} = recorder();
	const {stdin, lastFrame, unmount} = render(<Keys actions={actions}/>);
	await settle();
	for (const sequence of [`${escape}[1;5P`, 'j', '1', '2', '3', '\u007F', `${escape}[1;5P`]) {
		stdin.write(sequence);
		await settle();
	}

	expect(lastFrame()).toContain('Jobs in the run: 12▏');
	stdin.write('\r');
	await settle();
	for (const sequence of ['r', '\u001A', '\u0003']) {
		stdin.write(sequence);
		await settle();
	}

	expect(calls).toEqual(['jobs 12', 'refresh', 'suspend', 'quit']);
	unmount();
});

test('u asks before clearing a marked run, in the run panel\'s words; y clears it, any other key keeps it; with no run, u does nothing', async () => {
	const {calls, actions} = recorder();
	const marked = render(<Keys actions={actions} markedRun="since mark <1m, 0 drops"/>);
	// Raw mode is taken in an effect: a key written before it is not read.
	await delay(50);
	marked.stdin.write('u');
	await delay(30);
	expect(marked.lastFrame()).toBe('Clear the run (since mark <1m, 0 drops)? y clears it, any other key keeps it');
	marked.stdin.write('n');
	await delay(30);
	expect(calls).toEqual([]);
	marked.stdin.write('u');
	await delay(30);
	marked.stdin.write('y');
	await delay(30);
	expect(calls).toEqual(['clear']);
	expect(marked.lastFrame()).toBe('ready');
	marked.unmount();

	const none = render(<Keys actions={actions}/>);
	await delay(50);
	none.stdin.write('u');
	await delay(30);
	expect(none.lastFrame()).toBe('ready');
	expect(calls).toEqual(['clear']);
	none.unmount();
});

test('Esc goes back once it is known to be a lone Esc; a prompt\'s Esc only cancels the prompt; an arrow is no Esc', async () => {
	const {calls, actions} = recorder();
	const back = () => {
		calls.push('back');
	};

	const {stdin, lastFrame, unmount} = render(<Keys actions={{...actions, back}}/>);
	await settle();
	stdin.write(escape);
	await settle();
	expect(calls).toEqual([]);
	await new Promise(resolve => setTimeout(resolve, escapeWaitMs + 20));
	expect(calls).toEqual(['back']);
	stdin.write('j');
	await settle();
	stdin.write(escape);
	await new Promise(resolve => setTimeout(resolve, escapeWaitMs + 20));
	expect(lastFrame()).toBe('ready');
	stdin.write(`${escape}[A`);
	await new Promise(resolve => setTimeout(resolve, escapeWaitMs + 20));
	expect(calls).toEqual(['back']);
	unmount();
});
