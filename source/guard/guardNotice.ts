import {announce} from '../alerts/announce.js';
import type {Snapshot} from '../api/snapshot.js';
import type {Config} from '../config/config.js';
import type {AccountPlace} from '../state/accountFiles.js';
import {accountFiles} from '../state/accountFiles.js';
import {openGuardStore, type GuardStore} from '../state/guardStore.js';
import {alertFacts} from '../present/alertObservation.js';
import {guardAlert} from '../present/alerts.js';
import {assess} from '../present/assessment.js';
import type {GuardStatus} from '../model/guardPolicy.js';
import type {History} from '../model/history.js';

/** The reading a pause or a resume is about (the last good one while the API is unreachable). */
export type Seen = {snapshot: Snapshot; history: History; at: number};

/**
 * Where the guard tells of a pause or a resume: a line on stderr, the alert (`guard-paused`,
 * `guard-resumed`) down the channels --on-alert and --notify ask for, and the account's guard file,
 * which the other modes' verdicts read.
 */
export function guardNotices(config: Config, place: AccountPlace | undefined, first: Seen, stderr: NodeJS.WriteStream) {
	const files = accountFiles(place, first.snapshot.account);
	const store: GuardStore | undefined = files === undefined ? undefined : openGuardStore(files);
	const command = config.guard!.command[0]!;
	const channels = {
		command: config.alerts.command,
		desktop: config.alerts.desktop,
		// The command shares our stdout: the notification's sequences go to stderr, when it is the terminal.
		terminal: stderr.isTTY ? stderr : undefined,
		env: process.env,
		warn(line: string) {
			stderr.write(`srtgen-top: ${line}\n`);
		},
	};
	return {
		store,
		/** Says the guard now holds the command (or lets it run), and why; resolves once every channel is done. */
		async tell(holding: boolean, reason: string, seen: Seen): Promise<void> {
			const status: GuardStatus = {holding, since: Date.now(), keep: config.keep};
			await store?.write(status);
			const assessment = assess({
				snapshot: seen.snapshot,
				history: seen.history,
				mark: undefined,
				now: seen.at,
				warnBelow: config.warnBelow,
				guard: status,
			});
			const alert = guardAlert(holding, {
				command,
				balance: seen.snapshot.totalBalance,
				keep: config.keep,
				reason,
			});
			stderr.write(`srtgen-top: ${alert.message}\n`);
			await announce(alert, alertFacts(seen.snapshot, assessment), channels);
		},
	};
}
