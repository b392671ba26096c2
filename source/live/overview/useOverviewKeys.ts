import {useTerminalKeys} from '../hooks/useKeyboard.js';
import type {Key} from '../keyDecoder.js';

export type OverviewKeyActions = {
	quit: () => void;
	suspend: () => void;
	/** ↑/↓ or k/j: the account above or below. */
	move: (by: -1 | 1) => void;
	/** Enter: the chosen account's dashboard. */
	open: () => void;
	refresh: () => void;
};

/** The overview's keys; any other does nothing. */
export function useOverviewKeys(actions: OverviewKeyActions, isActive: boolean): void {
	const take = (key: Key) => {
		const character = key.kind === 'text' ? key.character : undefined;
		if (key.kind === 'interrupt' || character === 'q') {
			actions.quit();
		} else if (key.kind === 'suspend') {
			actions.suspend();
		} else if (key.kind === 'up' || character === 'k') {
			actions.move(-1);
		} else if (key.kind === 'down' || character === 'j') {
			actions.move(1);
		} else if (key.kind === 'enter') {
			actions.open();
		} else if (character === 'r') {
			actions.refresh();
		}
	};

	useTerminalKeys(take, isActive);
}
