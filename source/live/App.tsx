import {useStdin} from 'ink';
import {useState} from 'react';
import type {BalanceClient} from '../api/client.js';
import type {AlertOptions} from '../config/config.js';
import {assess} from '../model/assessment.js';
import {bulkRunLines, markAge} from '../model/bulkRunText.js';
import {formatCredits} from '../model/format.js';
import {exitCode} from '../process/exitCodes.js';
import {shutdown} from '../process/shutdown.js';
import type {History} from '../model/history.js';
import {accountIdentity, type AccountPlace} from '../state/accountFiles.js';
import {balanceChart, chartZooms} from './chart.js';
import {untilNextVisibleChange} from './nextChange.js';
import {screenNotices} from './screenNotices.js';
import {staleLine} from './staleLine.js';
import type {TerminalAlert} from './terminal.js';
import {Dashboard} from './components/Dashboard.js';
import {useBalanceHistory} from './hooks/useBalanceHistory.js';
import {useAlerts} from './hooks/useAlerts.js';
import {useBulkRun} from './hooks/useBulkRun.js';
import {useFreeze} from './hooks/useFreeze.js';
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
	/** Readings from before the view started that no state file holds (the demo's past). */
	past: History;
	alert?: TerminalAlert;
	/** --mark and --jobs: a bulk run starts now; --unmark: the saved one is cleared. */
	mark: boolean;
	jobs: number | undefined;
	unmark: boolean;
	alerts: AlertOptions;
};

const timeOfDay = new Intl.DateTimeFormat('en-GB', {hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false});
/** What freeze holds: the moment, the poll's state and the history, as they were. */
type FrozenMoment = {now: number; poll: ReturnType<typeof usePoller>; history: History};

/** The chart starts on the span the burn rate and a bulk run are read over: 15 minutes. */
const firstZoom = 0;

/** The live view: owns the hooks (polling, clock, size, keys) and hands plain props to the Dashboard. */
export function App(props: AppProps) {
	const {isRawModeSupported} = useStdin();
	const size = useTerminalSize();
	const balanceHistory = useBalanceHistory(props.place, props.past);
	const freeze = useFreeze<FrozenMoment>();
	const paused = freeze.frozen !== undefined;
	const poll = usePoller(props.client, {intervalSeconds: props.intervalSeconds, onSnapshot: balanceHistory.record, paused});
	const [showHelp, setShowHelp] = useState(false);
	const [zoom, setZoom] = useState(firstZoom);
	const run = useBulkRun(props.place, poll.snapshot === undefined ? undefined : accountIdentity(poll.snapshot.account), {mark: props.mark, jobs: props.jobs, unmark: props.unmark});

	// Frozen, nothing on screen changes: the clock wakes once an hour, as it does at most when idle.
	const untilChange = (at: number) => (paused ? 3_600_000 : untilNextVisibleChange(
		at,
		poll.fetchedAt === undefined ? [] : [poll.fetchedAt],
		[
			...(poll.snapshot?.plans ?? []).flatMap(plan => (plan.resetsAt === undefined ? [] : [plan.resetsAt.getTime()])),
			...(poll.error !== undefined && poll.nextAttemptAt !== undefined ? [poll.nextAttemptAt] : []),
		],
	));
	const liveNow = useNow(untilChange);
	const live: FrozenMoment = {now: liveNow, poll, history: balanceHistory.history};
	const {now, history, poll: shown} = freeze.frozen ?? live;
	const {snapshot} = shown;
	const assessment = snapshot === undefined ? undefined : assess({snapshot, history, mark: run.mark, now, warnBelow: props.warnBelow});
	const low = assessment?.low ?? false;
	const progress = assessment?.run?.progress;
	useLowBalanceAlert(low, `srtgen-top: ${formatCredits(snapshot?.totalBalance)} credits, below ${formatCredits(props.warnBelow)}`, props.alert);
	const alertNotice = useAlerts({
		key: shown.error ?? shown.fetchedAt,
		at: now,
		snapshot,
		assessment,
		error: shown.error,
		warnBelow: props.warnBelow,
		unreachableAfterMs: props.alerts.unreachableAfterSeconds * 1000,
	}, props.alerts, props.alert);

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
		clearRun: run.clear,
		toggleFreeze: () => {
			freeze.toggle(live);
		},
		zoom(change) {
			setZoom(current => Math.max(0, Math.min(chartZooms.length - 1, change === 'in' ? current - 1 : change === 'out' ? current + 1 : change)));
		},
	}, {
		// eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- Ink gives stdin.isTTY, undefined off a terminal, whatever the type says.
		isActive: isRawModeSupported === true,
		// In the run panel's words: "since mark <1m" there, "marked 1m ago" here read as two runs.
		markedRun: run.mark === undefined || progress === undefined ? undefined : `since mark ${markAge(progress.elapsedMs)}, ${progress.drops} ${progress.drops === 1 ? 'drop' : 'drops'}`,
	});

	return (
		<Dashboard
			size={size}
			now={now}
			snapshot={snapshot}
			fetchedAt={shown.fetchedAt}
			inFlight={freeze.frozen === undefined && shown.inFlight}
			apiHost={props.apiHost}
			demo={props.demo}
			warnBelow={props.warnBelow}
			low={low}
			intervalSeconds={props.intervalSeconds}
			notices={screenNotices(staleLine(shown, now), shown.error?.kind === 'unauthorized', [balanceHistory.notice, alertNotice], props.demoBecauseNoKey)}
			showHelp={showHelp}
			burn={assessment?.burn}
			verdict={assessment?.verdict}
			chart={chartSize => balanceChart(history, now, chartZooms[zoom]!, chartSize)}
			zoom={chartZooms[zoom]!}
			run={progress === undefined ? undefined : bulkRunLines(progress, now)}
			frozenAt={freeze.frozen === undefined ? undefined : timeOfDay.format(freeze.frozen.now)}
			prompt={prompt}
		/>
	);
}
