import {useEffect, useRef} from 'react';
import type {TerminalAlert} from '../terminal.js';

/**
 * Rings the bell once when the balance goes below --warn, and keeps the balance in the window
 * title while it stays there, so it shows in tmux's status line and the terminal's tab.
 */
export function useLowBalanceAlert(
	low: boolean,
	title: string,
	alert: Pick<TerminalAlert, 'ringBell' | 'setTitle'> | undefined,
): void {
	const wasLow = useRef(false);
	useEffect(() => {
		if (low && !wasLow.current) {
			alert?.ringBell();
		}

		if (low) {
			alert?.setTitle(title);
		} else if (wasLow.current) {
			alert?.setTitle(undefined);
		}

		wasLow.current = low;
	}, [low, title, alert]);
}
