import {useInput} from 'ink';
import {useState} from 'react';

export type KeyActions = {
	quit(): void;
	refresh(): void;
	toggleHelp(): void;
	markRun(): void;
	setJobs(jobs: number): void;
	toggleFreeze(): void;
};

/**
 * The live view's keys. `j` asks for the run's number of jobs on the footer line: digits, Enter to
 * set, Esc to cancel; the other keys wait meanwhile, but for Ctrl+C.
 */
export function useKeyboard(actions: KeyActions, isActive: boolean): {prompt: string | undefined} {
	const [jobs, setJobs] = useState<string | undefined>();
	useInput((input, key) => {
		if (key.ctrl && input === 'c') {
			actions.quit();
		} else if (jobs !== undefined) {
			if (key.return) {
				if (Number(jobs) >= 1) {
					actions.setJobs(Number(jobs));
				}

				setJobs(undefined);
			} else if (key.escape) {
				setJobs(undefined);
			} else if (key.backspace || key.delete) {
				setJobs(jobs.slice(0, -1));
			} else if (/^\d+$/.test(input) && jobs.length < 7) {
				setJobs(jobs + input);
			}
		} else {
			const action = {q: actions.quit, r: actions.refresh, '?': actions.toggleHelp, m: actions.markRun, f: actions.toggleFreeze, j: () => {
				setJobs('');
			}}[input];
			action?.();
		}
	}, {isActive});
	return {prompt: jobs === undefined ? undefined : `Jobs in the run: ${jobs}▏ (Enter sets, Esc cancels)`};
}
