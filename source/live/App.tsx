import {useStdin} from 'ink';
import {useState} from 'react';
import type {BalanceClient} from '../api/client.js';
import {keyVariable} from '../config/key.js';
import {bulkRun} from '../model/bulkRun.js';
import {bulkRunLines} from '../model/bulkRunText.js';
import {burnWindows, summarizeBurn} from '../model/burnSummary.js';
import {formatCredits} from '../model/format.js';
import {exitCode} from '../process/exitCodes.js';
import {shutdown} from '../process/shutdown.js';
import {accountIdentity, type AccountPlace} from '../state/accountFiles.js';
import {untilNextVisibleChange} from './nextChange.js';
import {sparkline, sparklineSpan} from './sparkline.js';
import {staleLine} from './staleLine.js';
import {isLowBalance} from '../model/thresholds.js';
import type {TerminalAlert} from './terminal.js';
import {Dashboard} from './components/Dashboard.js';
import type {Notice} from './components/Notices.js';
import {useBalanceHistory} from './hooks/useBalanceHistory.js';
import {useBulkRun} from './hooks/useBulkRun.js';
import {useKeyboard} from './hooks/useKeyboard.js';
import {useLowBalanceAlert} from './hooks/useLowBalanceAlert.js';
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
	/** Where the account's files are kept; undefined keeps its history in memory (the demo account). */
	place: AccountPlace | undefined;
	alert?: TerminalAlert;
	/** --mark and --jobs: a bulk run starts now. */
	mark: boolean;
	jobs: number | undefined;
};

/** The live view: owns the hooks (polling, clock, size, keys) and hands plain props to the Dashboard. */
export function App(props: AppProps) {
	const {isRawModeSupported} = useStdin();
	const size = useTerminalSize();
	const balanceHistory = useBalanceHistory(props.place);
	const {history} = balanceHistory;
	const [frozen, setFrozen] = useState(false);
	const poll = usePoller(props.client, {intervalSeconds: props.intervalSeconds, onSnapshot: balanceHistory.record, paused: frozen});
	const [showHelp, setShowHelp] = useState(false);
	const run = useBulkRun(props.place, poll.snapshot === undefined ? undefined : accountIdentity(poll.snapshot.account), {mark: props.mark, jobs: props.jobs});

	const {snapshot, fetchedAt, error, nextAttemptAt} = poll;
	const untilChange = (now: number) => untilNextVisibleChange(
		now,
		fetchedAt === undefined ? [] : [fetchedAt],
		[
			...(snapshot?.plans ?? []).flatMap(plan => (plan.resetsAt === undefined ? [] : [plan.resetsAt.getTime()])),
			...(error !== undefined && nextAttemptAt !== undefined ? [nextAttemptAt] : []),
		],
	);
	const now = useNow(untilChange);
	const low = snapshot !== undefined && isLowBalance(snapshot, props.warnBelow);
	useLowBalanceAlert(low, `srtgen-top: ${formatCredits(snapshot?.totalBalance)} credits, below ${formatCredits(props.warnBelow)}`, props.alert);
	const burn = snapshot === undefined ? undefined : summarizeBurn(history, snapshot, now);
	const trend = (width: number) => {
		const span = sparklineSpan(history, now, burnWindows.recent);
		return {line: sparkline(history, now, span, width), minutes: span / 60_000};
	};

	const {prompt} = useKeyboard({
		quit() {
			void shutdown(exitCode.ok);
		},
		suspend() {
			// Through the signal, so that Ctrl+Z typed and `kill -TSTP` take one path (see terminal.ts).
			process.kill(process.pid, 'SIGTSTP');
		},
		refresh: poll.refresh,
		toggleHelp: () => {
			setShowHelp(shown => !shown);
		},
		markRun: run.markNow,
		setJobs: run.setJobs,
		toggleFreeze: () => {
			setFrozen(isFrozen => !isFrozen);
		},
		// eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- Ink gives stdin.isTTY, undefined off a terminal, whatever the type says.
	}, isRawModeSupported === true);

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
			run={run.mark === undefined ? undefined : bulkRunLines(bulkRun(history, run.mark, snapshot?.totalBalance, now), now)}
			frozen={frozen}
			prompt={prompt}
		/>
	);
}
