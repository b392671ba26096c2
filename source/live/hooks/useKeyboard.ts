import {useStdin} from 'ink';
import {useEffect, useRef, useState} from 'react';
import {escapeWaitMs, keyDecoder, type Key} from '../keyDecoder.js';

export type KeyActions = {
	quit: () => void;
	/** Ctrl+Z: raw mode turns it into a key, so it is asked for here. */
	suspend: () => void;
	refresh: () => void;
	toggleHelp: () => void;
	markRun: () => void;
	setJobs: (jobs: number) => void;
	clearRun: () => void;
	toggleFreeze: () => void;
	/** `1`–`5` pick a span by its place, `+` and `-` zoom in and out. */
	zoom: (change: number | 'in' | 'out') => void;
	/** Esc, when the dashboard was opened from the accounts' overview: back to it. */
	back?: () => void;
};

/** What is being asked on the footer line: the run's jobs, or whether to replace or clear a marked run. */
type Question = {kind: 'jobs'; answer: string} | {kind: 'replace' | 'clear'};

const enter = '\r';
const escape = '\u001B';
const backspace = '\u007F';

/**
 * The live view's keys. `j` asks for the run's number of jobs on the footer line: digits, Enter to
 * set, Esc to cancel. `m` with a run marked asks before replacing it, `u` before clearing it (`y`;
 * any other key keeps it). While a question is asked the other keys wait, but for Ctrl+C. Keys that arrive together
 * (a paste, tmux send-keys) are taken one by one.
 */
export function useKeyboard(
	actions: KeyActions,
	options: {isActive: boolean; markedRun: string | undefined},
): {prompt: string | undefined} {
	const [question, setQuestion] = useState<Question | undefined>();
	// Keys arrive faster than React renders: the question and its answer so far are kept here, not only in state.
	const asked = useRef<Question | undefined>(undefined);
	const ask = (value: Question | undefined) => {
		asked.current = value;
		setQuestion(value);
	};

	const press = (key: string) => {
		const current = asked.current;
		if (current === undefined) {
			const markRun = () => {
				if (options.markedRun === undefined) {
					actions.markRun();
				} else {
					ask({kind: 'replace'});
				}
			};

			const clearRun = () => {
				if (options.markedRun !== undefined) {
					ask({kind: 'clear'});
				}
			};

			const action = {
				q: actions.quit,
				r: actions.refresh,
				'?': actions.toggleHelp,
				m: markRun,
				u: clearRun,
				f: actions.toggleFreeze,
				j: () => {
					ask({kind: 'jobs', answer: ''});
				},
				'+': () => {
					actions.zoom('in');
				},
				'-': () => {
					actions.zoom('out');
				},
			}[key];
			if (key === escape) {
				actions.back?.();
			}

			if (action === undefined && /^[1-5]$/.test(key)) {
				actions.zoom(Number(key) - 1);
			}

			action?.();
		} else if (current.kind !== 'jobs') {
			if (key === 'y' || key === 'Y') {
				(current.kind === 'replace' ? actions.markRun : actions.clearRun)();
			}

			ask(undefined);
		} else if (key === enter || key === '\n') {
			if (Number(current.answer) >= 1) {
				actions.setJobs(Number(current.answer));
			}

			ask(undefined);
		} else if (key === escape) {
			ask(undefined);
		} else if (key === backspace || key === '\b') {
			ask({kind: 'jobs', answer: current.answer.slice(0, -1)});
		} else if (/^\d$/.test(key) && current.answer.length < 7) {
			ask({kind: 'jobs', answer: current.answer + key});
		}
	};

	const take = (key: Key) => {
		if (key.kind === 'interrupt') {
			actions.quit();
		} else if (key.kind === 'suspend') {
			actions.suspend();
		} else if (key.kind !== 'up' && key.kind !== 'down') {
			press(key.kind === 'text' ? key.character : {enter, escape, backspace}[key.kind]);
		}
	};

	useTerminalKeys(take, options.isActive);
	return {prompt: promptText(question, options.markedRun)};
}

function promptText(question: Question | undefined, markedRun: string | undefined): string | undefined {
	if (question === undefined) {
		return undefined;
	}

	switch (question.kind) {
		case 'jobs': return `Jobs in the run: ${question.answer}▏ (Enter sets, Esc cancels)`;
		case 'replace': return `Replace the run (${markedRun ?? 'marked'})? y replaces it, any other key keeps it`;
		case 'clear': return `Clear the run (${markedRun ?? 'marked'})? y clears it, any other key keeps it`;
	}
}

/** Raw mode while active, and each key of each piece of input Ink reads; a lone Esc once it is known to be one. */
export function useTerminalKeys(take: (key: Key) => void, isActive: boolean) {
	const {setRawMode, internal_eventEmitter: input} = useStdin();
	// The handler changes at every render; the listener stays, and calls the latest.
	const latest = useRef(take);
	latest.current = take;
	useEffect(() => {
		if (!isActive) {
			return;
		}

		setRawMode(true);
		const decoder = keyDecoder();
		let wait: NodeJS.Timeout | undefined;
		const takeAll = (keys: Key[]) => {
			for (const key of keys) {
				latest.current(key);
			}
		};

		const listener = (data: string) => {
			clearTimeout(wait);
			takeAll(decoder.decode(data));
			if (decoder.holding()) {
				wait = setTimeout(() => {
					takeAll(decoder.flush());
				}, escapeWaitMs);
			}
		};

		input.on('input', listener);
		return () => {
			clearTimeout(wait);
			input.off('input', listener);
			setRawMode(false);
		};
	}, [isActive, input, setRawMode]);
}
