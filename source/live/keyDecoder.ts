/** A key the live view acts on: a printable character, or one of the few control keys it knows. */
export type Key =
	| {kind: 'text'; character: string}
	| {kind: 'enter' | 'escape' | 'backspace' | 'interrupt' | 'suspend' | 'up' | 'down'};

const escape = '\u001B';
const controls: Record<string, Key> = {
	'\r': {kind: 'enter'},
	'\n': {kind: 'enter'},
	'\u007F': {kind: 'backspace'},
	'\b': {kind: 'backspace'},
	'\u0003': {kind: 'interrupt'},
	'\u001A': {kind: 'suspend'},
	[escape]: {kind: 'escape'},
	// Delete: as Backspace. The arrows, in normal and in application cursor mode (tmux sends either).
	[`${escape}[3~`]: {kind: 'backspace'},
	[`${escape}[A`]: {kind: 'up'},
	[`${escape}OA`]: {kind: 'up'},
	[`${escape}[B`]: {kind: 'down'},
	[`${escape}OB`]: {kind: 'down'},
};

/**
 * How long a lone Esc waits for the rest of a sequence it may begin. Ink hands a lone ESC over
 * once its read is done; over a slow link (ssh) an arrow's `ESC [ A` can still come in two reads,
 * and `[A` would then be Esc (back to the accounts) and two stray characters. 50 ms, as short as
 * a person cannot notice, and longer than a sequence's bytes are ever apart (ncurses waits 1 s).
 */
export const escapeWaitMs = 50;

/** The rest of a CSI or SS3 sequence, read after its ESC came alone. */
const sequenceTail = /^(\[[\x30-\x3F]*[\x20-\x2F]*[\x40-\x7E]|O[\x40-\x7E]|O\d+[;\d]*[\x40-\x7E])$/;

export type KeyDecoder = {
	/** The keys in one piece of input; a lone Esc is held back (see escapeWaitMs). */
	decode(input: string): Key[];
	/** Whether an Esc is held back: call `flush` after escapeWaitMs unless more input comes. */
	holding(): boolean;
	/** The Esc held back, as the key it is. */
	flush(): Key[];
};

/**
 * The keys in one piece of input as Ink's input parser splits it: an escape sequence on its own,
 * or a run of text (a paste, keys sent together). Ink's own `useInput` throws on some sequences
 * (Ctrl+F1 reaches it as ctrl with no name), so the view reads the bytes itself. Any other escape
 * sequence (function keys in xterm, rxvt or kitty form, with any modifier, mouse, focus) and any
 * other control character is no key at all. Escape followed by a character (Alt, or Esc typed just
 * before a key) is both keys. The decoder keeps what it needs of the piece before.
 */
export function keyDecoder(): KeyDecoder {
	let afterSs3 = false;
	let inReport = false;
	let heldEscape = false;
	return {
		decode(input) {
			const held = heldEscape;
			heldEscape = false;
			if (held && sequenceTail.test(input)) {
				return decodeKeys(`${escape}${input}`);
			}

			// Ink's parser splits an SS3 sequence with a modifier (`ESC O 5 P`, Ctrl+F1 in some
			// terminals) into `ESC O` and `5P`.
			let text = afterSs3 ? input.replace(/^\d+[;\d]*[\x40-\x7E]/, '') : input;
			// And an OSC report (a terminal's answer about its colours, later than the theme waited for:
			// see terminalBackground.ts) into `ESC ]`, its text and `ESC \`: no key at all, nor are its digits.
			if (inReport) {
				text = input === `${escape}\\` ? '' : text.replace(/^\d+;[^\u0007\u001B]*\u0007?/, '');
			}

			afterSs3 = input === `${escape}O`;
			const reportStarts = input === `${escape}]`;
			inReport = reportStarts || (inReport && /^\d+;[^\u0007\u001B]*$/.test(input));
			const before = held ? [{kind: 'escape'} as const] : [];
			if (reportStarts) {
				return before;
			}

			if (text === escape) {
				heldEscape = true;
				return before;
			}

			return [...before, ...decodeKeys(text)];
		},
		holding: () => heldEscape,
		flush() {
			const held = heldEscape;
			heldEscape = false;
			return held ? [{kind: 'escape'}] : [];
		},
	};
}

function decodeKeys(input: string): Key[] {
	const known = controls[input];
	if (known !== undefined) {
		return [known];
	}

	if (input.startsWith(escape)) {
		const rest = input.slice(1);
		return rest.length === 1 && !isControl(rest) ? [{kind: 'escape'}, {kind: 'text', character: rest}] : [];
	}

	const keys: Key[] = [];
	// The 8-bit forms of CSI and SS3 sequences, which Ink's parser passes on as text.
	for (const character of input.replaceAll(/\u009B[\x30-\x3F]*[\x20-\x2F]*[\x40-\x7E]?|\u008F./gu, '')) {
		const key = controls[character];
		if (key !== undefined) {
			keys.push(key);
		} else if (!isControl(character)) {
			keys.push({kind: 'text', character});
		}
	}

	return keys;
}

function isControl(character: string): boolean {
	return /^[\p{Cc}\p{Cf}]$/u.test(character);
}
