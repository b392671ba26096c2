import {memo, useEffect, type ReactNode} from 'react';
import {useAccountWatch, type AccountWatch, type WatchedAccount as Account} from '../hooks/useAccountWatch.js';
import type {TerminalAlert} from '../terminal.js';

type Props = {
	account: Account;
	index: number;
	/** Its dashboard is open and frozen. */
	paused: boolean;
	terminal: TerminalAlert | undefined;
	/** Told what is known of the account whenever it changes, for the overview's row. */
	report: (index: number, watch: AccountWatch) => void;
	/** Its dashboard, while it is open. */
	render: ((watch: AccountWatch) => ReactNode) | undefined;
};

/**
 * One account of the overview, watched for as long as the view runs (useAccountWatch): polled,
 * its alerts fired, named, whether its row or its dashboard is on screen, or neither.
 */
export const WatchedAccount = memo(({account, index, paused, terminal, report, render}: Props) => {
	const watch = useAccountWatch(account, {paused, terminal, naming: {label: account.name, bellOnLow: true}});
	const {
		poll,
		history,
		notices: [historyNotice, alertNotice],
		run,
	} = watch;
	// Told when something it shows changed, not at every render: the report renders the overview.
	useEffect(() => {
		report(index, watch);
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [
		poll.snapshot,
		poll.fetchedAt,
		poll.error,
		poll.inFlight,
		poll.nextAttemptAt,
		history,
		historyNotice,
		alertNotice,
		run.mark,
	]);
	return render?.(watch) ?? null;
});
