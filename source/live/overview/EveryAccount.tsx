import {useCallback, useMemo, useState} from 'react';
import {formatCredits} from '../../present/format.js';
import {isLowBalance} from '../../model/thresholds.js';
import {exitCode} from '../../process/exitCodes.js';
import {shutdown} from '../../process/shutdown.js';
import {App} from '../App.js';
import type {AccountWatch, WatchedAccount as Account} from '../hooks/useAccountWatch.js';
import {useLowBalanceAlert} from '../hooks/useLowBalanceAlert.js';
import type {TerminalAlert} from '../terminal.js';
import {OverviewScreen} from './OverviewScreen.js';
import {WatchedAccount} from './WatchedAccount.js';

/**
 * The live view of every account: each watched for as long as the view runs, and on screen either
 * the overview (a row each) or the chosen account's dashboard (Enter; Esc comes back).
 */
export function EveryAccount({accounts, alert}: {accounts: Account[]; alert?: TerminalAlert}) {
	const [watches, setWatches] = useState<Array<AccountWatch | undefined>>(() => accounts.map(() => undefined));
	// One state: keys that come together (`j` and Enter) open the account the first one chose.
	const [{selected, open}, setView] = useState<{selected: number; open: number | undefined}>({
		selected: 0,
		open: undefined,
	});
	const [paused, setPaused] = useState(false);
	const report = useCallback((index: number, watch: AccountWatch) => {
		setWatches(current => current.with(index, watch));
	}, []);
	const close = useCallback(() => {
		setView(view => ({...view, open: undefined}));
		setPaused(false);
	}, []);
	const dashboard = useCallback(
		(watch: AccountWatch) =>
			open === undefined ? null : (
				<App account={accounts[open]!} watch={watch} alert={alert} onFreeze={setPaused} onBack={close}/>
			),
		[accounts, alert, open, close],
	);
	const actions = {
		quit() {
			void shutdown(exitCode.ok);
		},
		suspend() {
			process.kill(process.pid, 'SIGTSTP');
		},
		move(by: -1 | 1) {
			setView(view =>
				view.open === undefined
					? {...view, selected: Math.max(0, Math.min(accounts.length - 1, view.selected + by))}
					: view,
			);
		},
		open() {
			setView(view => ({...view, open: view.selected}));
		},
		refresh() {
			for (const watch of watches) {
				watch?.refresh();
			}
		},
	};

	const titleOnly = useMemo(() => (alert === undefined ? undefined : {setTitle(title: string | undefined) {
		alert.setTitle(title);
	}, ringBell() {}}), [alert]);
	useLowBalanceAlert(...lowTitle(accounts, watches), titleOnly);
	return (
		<>
			{accounts.map((account, index) => (
				<WatchedAccount
					key={account.name}
					account={account}
					index={index}
					paused={paused && open === index}
					terminal={alert}
					report={report}
					render={open === index ? dashboard : undefined}
				/>
			))}
			{open === undefined && (
				<OverviewScreen accounts={accounts} watches={watches} selected={selected} actions={actions}/>
			)}
		</>
	);
}

/**
 * Whether any account is below its --warn, and the window title that says which: one account's
 * balance, or how many and their names. Each account's bell is its low alert's (bellOnLow).
 */
function lowTitle(accounts: Account[], watches: Array<AccountWatch | undefined>): [boolean, string] {
	const low = accounts.flatMap((account, index) => {
		const snapshot = watches[index]?.poll.snapshot;
		return snapshot !== undefined && isLowBalance(snapshot, account.warnBelow)
			? [{account, total: snapshot.totalBalance}]
			: [];
	});
	const [first] = low;
	const title = first === undefined ? '' : low.length === 1
		? `srtgen-top: ${first.account.name} ${formatCredits(first.total)} credits, below ${formatCredits(first.account.warnBelow)}`
		: `srtgen-top: ${low.length} accounts below --warn: ${low.map(({account}) => account.name).join(', ')}`;
	return [low.length > 0, title];
}
