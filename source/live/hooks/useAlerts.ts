import {useEffect, useRef, useState} from 'react';
import {announce} from '../../alerts/announce.js';
import type {AlertOptions} from '../../config/config.js';
import {alertFacts, observe, type PollOutcome} from '../../present/alertObservation.js';
import {nextAlerts, type AlertState} from '../../present/alerts.js';
import type {TerminalAlert} from '../terminal.js';

export type AlertNaming = {
	/** The account's name in the config file: it names each alert (see announce). */
	label?: string;
	/**
	 * Rings the bell for a low balance too: in the overview no one account's bell and title do
	 * (useLowBalanceAlert).
	 */
	bellOnLow?: boolean;
};

/**
 * Alerts from the live view: after each poll (a new `key`), the events that start or end
 * (present/alerts.ts) go to --notify and --on-alert, and the bell rings for each start (the low
 * balance's own bell and title are useLowBalanceAlert's). `outcome` is read only then. Returns the
 * last channel failure, to show as a notice.
 */
export function useAlerts(
	key: unknown,
	outcome: () => PollOutcome,
	options: AlertOptions,
	terminal: TerminalAlert | undefined,
	naming: AlertNaming = {},
): string | undefined {
	const state = useRef<AlertState>({active: []});
	const [notice, setNotice] = useState<string | undefined>();
	const latest = useRef({outcome, options, terminal, naming});
	latest.current = {outcome, options, terminal, naming};
	useEffect(() => {
		const {
			outcome: read,
			options: channels,
			terminal: screen,
			naming: {label, bellOnLow = false},
		} = latest.current;
		const poll = read();
		if (poll.snapshot === undefined && poll.error === undefined) {
			return;
		}

		const result = nextAlerts(state.current, observe(poll));
		state.current = result.state;
		for (const alert of result.alerts) {
			if (alert.phase === 'start' && (alert.event !== 'low' || bellOnLow)) {
				screen?.ringBell();
			}

			void announce(alert, alertFacts(poll.snapshot, poll.assessment, label), {
				command: channels.command,
				desktop: channels.desktop,
				terminal:
					screen === undefined
						? undefined
						: {
							write(text) {
								screen.notify(text);
							},
						},
				env: process.env,
				warn: setNotice,
			});
		}
	}, [key]);
	return notice;
}
