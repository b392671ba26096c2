import {useEffect, useRef, useState} from 'react';
import {announce} from '../../alerts/announce.js';
import type {AlertOptions} from '../../config/config.js';
import {alertFacts, observe, type PollOutcome} from '../../present/alertObservation.js';
import {nextAlerts, type AlertState} from '../../present/alerts.js';
import type {TerminalAlert} from '../terminal.js';

/**
 * Alerts from the live view: after each poll, the events that start or end (model/alerts.ts) go
 * to --notify and --on-alert, and the bell rings for each start (the low balance's own bell and
 * title are useLowBalanceAlert's). Returns the last channel failure, to show as a notice.
 */
export function useAlerts(poll: PollOutcome & {key: unknown}, options: AlertOptions, terminal: TerminalAlert | undefined): string | undefined {
	const state = useRef<AlertState>({active: []});
	const [notice, setNotice] = useState<string | undefined>();
	const latest = useRef({poll, options, terminal});
	latest.current = {poll, options, terminal};
	useEffect(() => {
		const {poll: outcome, options: channels, terminal: screen} = latest.current;
		if (outcome.snapshot === undefined && outcome.error === undefined) {
			return;
		}

		const seen = observe(outcome);
		const result = nextAlerts(state.current, seen);
		state.current = result.state;
		for (const alert of result.alerts) {
			if (alert.phase === 'start' && alert.event !== 'low') {
				screen?.ringBell();
			}

			void announce(alert, alertFacts(outcome.snapshot, outcome.assessment), {
				command: channels.command,
				desktop: channels.desktop,
				terminal: screen === undefined ? undefined : {write(text) {
					screen.notify(text);
				}},
				env: process.env,
				warn: setNotice,
			});
		}
	}, [poll.key]);
	return notice;
}
