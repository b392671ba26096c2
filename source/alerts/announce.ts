import type {Alert} from '../present/alerts.js';
import type {AlertCommand} from '../config/onAlert.js';
import {alertEnvironment, runAlertCommand} from './alertCommand.js';
import {notificationSequence, notifySend} from './desktop.js';

/** Where alerts go, besides the live view's own bell and title. */
export type AlertChannels = {
	/** --on-alert. */
	command: AlertCommand | undefined;
	/** --notify: a desktop notification, through the terminal's escape sequences and notify-send. */
	desktop: boolean;
	/** The terminal to write the notification's sequences to; none for --line, whose output is tmux's. */
	terminal: {write: (text: string) => void} | undefined;
	env: Record<string, string | undefined>;
	/** A failed channel is a notice, never a crash. */
	warn: (line: string) => void;
};

/** What the command's environment says about the account beside the alert itself. */
export type AlertFacts = {
	label: string | undefined;
	account: string | undefined;
	balance: number | undefined;
	verdict: string | undefined;
	verdictText: string | undefined;
	emptyEarliest: number | undefined;
	emptyLatest: number | undefined;
};

/**
 * Sends one alert down every channel asked for, all at once; resolves when each is done or has
 * given up. An account of the config file is named in the title and the message (`home: SRTGen
 * credits low…`): with several watched, the alert says which.
 */
export async function announce(named: Alert, facts: AlertFacts, channels: AlertChannels): Promise<void> {
	const alert = facts.label === undefined ? named : {...named, message: `${facts.label}: ${named.message}`};
	const title = `srtgen-top: ${facts.label === undefined ? '' : `${facts.label}: `}${alert.event}${alert.phase === 'end' ? ' ended' : ''}`;
	const work: Array<Promise<unknown>> = [];
	if (channels.desktop) {
		channels.terminal?.write(notificationSequence(title, alert.message, channels.env['TMUX'] !== undefined));
		work.push(notifySend(title, alert.message, channels.env));
	}

	if (channels.command !== undefined) {
		const iso = (at: number | undefined) => (at === undefined ? '' : new Date(at).toISOString());
		const env = alertEnvironment(channels.env, {
			SRTGEN_EVENT: alert.event,
			SRTGEN_PHASE: alert.phase,
			SRTGEN_MESSAGE: alert.message,
			SRTGEN_ACCOUNT: facts.account ?? '',
			SRTGEN_ACCOUNT_LABEL: facts.label ?? '',
			SRTGEN_BALANCE: facts.balance === undefined ? '' : String(facts.balance),
			SRTGEN_VERDICT: facts.verdict ?? '',
			SRTGEN_VERDICT_TEXT: facts.verdictText ?? '',
			SRTGEN_EMPTY_EARLIEST: iso(facts.emptyEarliest),
			SRTGEN_EMPTY_LATEST: iso(facts.emptyLatest),
		});
		work.push(runAlertCommand(channels.command, env).then(notice => {
			if (notice !== undefined) {
				channels.warn(notice);
			}
		}));
	}

	await Promise.all(work);
}
