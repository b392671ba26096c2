import {useInput} from 'ink';
import {useRef, useState} from 'react';

export type KeyActions = {
	quit: () => void;
	/** Ctrl+Z: raw mode turns it into a key, so it is asked for here. */
	suspend: () => void;
	refresh: () => void;
	toggleHelp: () => void;
	markRun: () => void;
	setJobs: (jobs: number) => void;
	toggleFreeze: () => void;
};

const enter = '\r';
const escape = '\u001B';
const backspace = '\u007F';

/**
 * The live view's keys. `j` asks for the run's number of jobs on the footer line: digits, Enter to
 * set, Esc to cancel; the other keys wait meanwhile, but for Ctrl+C. Keys that arrive together
 * (a paste, tmux send-keys) are taken one by one.
 */
export function useKeyboard(actions: KeyActions, isActive: boolean): {prompt: string | undefined} {
	const [prompt, setPrompt] = useState<string | undefined>();
	// Keys arrive faster than React renders: the answer so far is kept here, not only in state.
	const answer = useRef<string | undefined>(undefined);
	const ask = (value: string | undefined) => {
		answer.current = value;
		setPrompt(value);
	};

	const press = (key: string) => {
		const jobs = answer.current;
		if (jobs === undefined) {
			const action = {q: actions.quit, r: actions.refresh, '?': actions.toggleHelp, m: actions.markRun, f: actions.toggleFreeze, j: () => {
				ask('');
			}}[key];
			action?.();
		} else if (key === enter || key === '\n') {
			if (Number(jobs) >= 1) {
				actions.setJobs(Number(jobs));
			}

			ask(undefined);
		} else if (key === escape) {
			ask(undefined);
		} else if (key === backspace || key === '\b') {
			ask(jobs.slice(0, -1));
		} else if (/^\d$/.test(key) && jobs.length < 7) {
			ask(jobs + key);
		}
	};

	useInput((input, key) => {
		if (key.ctrl && input === 'c') {
			actions.quit();
		} else if (key.ctrl && input === 'z') {
			actions.suspend();
		} else if (key.return || key.escape || key.backspace || key.delete) {
			press(key.return ? enter : key.escape ? escape : backspace);
		} else {
			for (const character of input) {
				press(character);
			}
		}
	}, {isActive});
	return {prompt: prompt === undefined ? undefined : `Jobs in the run: ${prompt}▏ (Enter sets, Esc cancels)`};
}
