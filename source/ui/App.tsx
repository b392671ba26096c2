import {useApp, useInput, useStdin} from 'ink';
import {useCallback, useState} from 'react';
import type {BalanceClient} from '../api/client.js';
import {keyVariable} from '../config.js';
import {burnWindows, summarizeBurn} from '../model/burnSummary.js';
import {formatCredits} from '../model/format.js';
import {untilNextVisibleChange} from '../model/nextChange.js';
import {sparkline, sparklineSpan} from '../model/sparkline.js';
import {staleLine} from '../model/status.js';
import {isLowBalance} from '../model/thresholds.js';
import {Dashboard} from './components/Dashboard.js';
import type {Notice} from './components/Notices.js';
import {useBalanceHistory} from './hooks/useBalanceHistory.js';
import {useLowBalanceAlert, type TerminalAlert} from './hooks/useLowBalanceAlert.js';
import {useNow} from './hooks/useNow.js';
import {usePoller} from './hooks/usePoller.js';
import {useTerminalSize} from './hooks/useTerminalSize.js';

export type AppProps = {
	client: BalanceClient;
	apiHost: string;
	demo: boolean;
	/** True when the demo runs because no key was given, so the screen says how to use a key. */
	demoBecauseNoKey: boolean;
	intervalSeconds: number;
	warnBelow: number | undefined;
	/** Where the balance history is saved; undefined keeps it in memory (the demo account). */
	historyOrigin: string | undefined;
	alert?: TerminalAlert;
};

/** The live view: owns the hooks (polling, clock, size, keys) and hands plain props to the Dashboard. */
export function App(props: AppProps) {
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const size = useTerminalSize();
	const balanceHistory = useBalanceHistory(props.historyOrigin);
	const {history} = balanceHistory;
	const poll = usePoller(props.client, {intervalSeconds: props.intervalSeconds, onSnapshot: balanceHistory.record});
	const [showHelp, setShowHelp] = useState(false);

	const {snapshot, fetchedAt, error, nextAttemptAt} = poll;
	const untilChange = useCallback((now: number) => untilNextVisibleChange(
		now,
		fetchedAt === undefined ? [] : [fetchedAt],
		[
			...(snapshot?.plans ?? []).flatMap(plan => (plan.resetsAt === undefined ? [] : [plan.resetsAt.getTime()])),
			...(error !== undefined && nextAttemptAt !== undefined ? [nextAttemptAt] : []),
		],
	), [snapshot, fetchedAt, error, nextAttemptAt]);
	const now = useNow(untilChange);
	const low = snapshot !== undefined && isLowBalance(snapshot, props.warnBelow);
	useLowBalanceAlert(low, `srtgen-top: ${formatCredits(snapshot?.totalBalance)} credits, below ${formatCredits(props.warnBelow)}`, props.alert);
	const burn = snapshot === undefined ? undefined : summarizeBurn(history, snapshot, now);
	const trend = useCallback((width: number) => {
		const span = sparklineSpan(history, now, burnWindows.recent);
		return {line: sparkline(history, now, span, width), minutes: span / 60_000};
	}, [history, now]);

	useInput((input, key) => {
		if (input === 'q' || (key.ctrl && input === 'c')) {
			exit();
		} else if (input === 'r') {
			poll.refresh();
		} else if (input === '?') {
			setShowHelp(shown => !shown);
		}
	}, {isActive: isRawModeSupported});

	const notices: Notice[] = [];
	const stale = staleLine(poll, now);
	if (stale !== undefined) {
		notices.push({text: stale, tone: error?.kind === 'unauthorized' ? 'error' : 'warning'});
	}

	if (balanceHistory.notice !== undefined) {
		notices.push({text: balanceHistory.notice, tone: 'warning'});
	}

	if (props.demoBecauseNoKey) {
		notices.push({text: `Demo account: set ${keyVariable} to watch your own credits`, tone: 'hint'});
	}

	return (
		<Dashboard
			size={size}
			now={now}
			snapshot={snapshot}
			fetchedAt={fetchedAt}
			inFlight={poll.inFlight}
			apiHost={props.apiHost}
			demo={props.demo}
			warnBelow={props.warnBelow}
			intervalSeconds={props.intervalSeconds}
			notices={notices}
			showHelp={showHelp}
			burn={burn}
			trend={trend}
		/>
	);
}
