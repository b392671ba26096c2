import type {BalanceClient} from '../../api/client.js';
import type {AlertOptions} from '../../config/config.js';
import type {GuardStatus} from '../../model/guardPolicy.js';
import type {History} from '../../model/history.js';
import {assess} from '../../present/assessment.js';
import {accountIdentity, type AccountPlace} from '../../state/accountFiles.js';
import type {TerminalAlert} from '../terminal.js';
import {useAlerts, type AlertNaming} from './useAlerts.js';
import {useBalanceHistory} from './useBalanceHistory.js';
import {useBulkRun, type BulkRunControl} from './useBulkRun.js';
import {useGuardStatus} from './useGuardStatus.js';
import {usePoller, type Poll} from './usePoller.js';

/** One account the live view watches, as runLive hands it over. */
export type WatchedAccount = {
	/** Its name in the config file ([accounts.NAME]), or the demo's. */
	name: string;
	client: BalanceClient;
	apiHost: string;
	demo: boolean;
	/** True when the demo runs because no key was given, so the screen says how to use a key. */
	demoBecauseNoKey: boolean;
	intervalSeconds: number;
	warnBelow: number | undefined;
	/** Where the account's files are kept; undefined keeps its history in memory (the demo account). */
	place: AccountPlace | undefined;
	/** Readings from before the view started that no state file holds (the demo's past). */
	past: History;
	/** --mark and --jobs: a bulk run starts now; --unmark: the saved one is cleared. */
	mark: boolean;
	jobs: number | undefined;
	unmark: boolean;
	alerts: AlertOptions;
};

/** What is known of a watched account: its polls, its history and its run, and the notices they gave. */
export type AccountWatch = {
	poll: Poll;
	refresh: () => void;
	history: History;
	/** The long-term record's days as readings, for the 30-day chart. */
	days: History;
	/** A guard running on the account (--guard), when one is. */
	guard: GuardStatus | undefined;
	/** The history's and the alerts' notices (undefined when there is none). */
	notices: Array<string | undefined>;
	run: BulkRunControl;
};

/**
 * Watches one account for as long as it is mounted, whatever is on screen: polls it at its own
 * --interval (one request at a time, backing off on its own; none while `paused`, the frozen
 * dashboard), keeps its history and its bulk run, and fires its alerts.
 */
export function useAccountWatch(
	account: WatchedAccount,
	{paused, terminal, naming}: {paused: boolean; terminal: TerminalAlert | undefined; naming?: AlertNaming},
): AccountWatch {
	const balanceHistory = useBalanceHistory(account.place, account.past);
	const {refresh, ...poll} = usePoller(account.client, {
		intervalSeconds: account.intervalSeconds,
		onSnapshot: balanceHistory.record,
		paused,
	});
	const run = useBulkRun(
		account.place,
		poll.snapshot === undefined ? undefined : accountIdentity(poll.snapshot.account),
		{mark: account.mark, jobs: account.jobs, unmark: account.unmark},
	);
	const {history} = balanceHistory;
	const guard = useGuardStatus(account.place, poll.snapshot, poll.fetchedAt);
	const alertNotice = useAlerts(
		poll.error ?? poll.fetchedAt,
		() => {
			const at = Date.now();
			const {snapshot, error} = poll;
			return {
				at,
				snapshot,
				assessment:
					snapshot === undefined
						? undefined
						: assess({snapshot, history, mark: run.mark, now: at, warnBelow: account.warnBelow, guard}),
				error,
				warnBelow: account.warnBelow,
				unreachableAfterMs: account.alerts.unreachableAfterSeconds * 1000,
				unusedBeforeMs: account.alerts.unusedBeforeDays * 86_400_000,
			};
		},
		account.alerts,
		terminal,
		naming,
	);
	return {
		poll,
		refresh,
		history,
		days: balanceHistory.days,
		guard,
		notices: [balanceHistory.notice, alertNotice],
		run,
	};
}
