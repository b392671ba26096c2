import {useStdin} from 'ink';
import {useState} from 'react';
import {assess} from '../present/assessment.js';
import {bulkRunLines, markAge} from '../present/bulkRunText.js';
import {clockTime, formatCredits} from '../present/format.js';
import {exitCode} from '../process/exitCodes.js';
import {shutdown} from '../process/shutdown.js';
import type {History} from '../model/history.js';
import {balanceChart, chartZooms} from './chart.js';
import {demoHint} from './keys.js';
import {untilNextVisibleChange} from './nextChange.js';
import {screenNotices} from './screenNotices.js';
import {staleLine} from './staleLine.js';
import type {TerminalAlert} from './terminal.js';
import {Dashboard} from './components/Dashboard.js';
import type {AccountWatch, WatchedAccount} from './hooks/useAccountWatch.js';
import {useFreeze} from './hooks/useFreeze.js';
import {useKeyboard} from './hooks/useKeyboard.js';
import {useLowBalanceAlert} from './hooks/useLowBalanceAlert.js';
import {useNow} from './hooks/useNow.js';
import type {Poll} from './hooks/usePoller.js';
import {useTerminalSize} from './hooks/useTerminalSize.js';

export type AppProps = {
	account: WatchedAccount;
	/** The account's polls, history and run: watched above the dashboard, which may come and go (the overview). */
	watch: AccountWatch;
	alert?: TerminalAlert;
	/** Frozen or not: the account is not polled while its dashboard is frozen. */
	onFreeze: (frozen: boolean) => void;
	/** Opened from the accounts' overview: Esc goes back to it, and the overview owns the window title. */
	onBack?: () => void;
};

/** What freeze holds: the moment, the poll's state and the history, as they were. */
type FrozenMoment = {now: number; poll: Poll; history: History};

/** The chart starts on the span the burn rate and a bulk run are read over: 15 minutes. */
const firstZoom = 0;

/**
 * One account's dashboard: owns the clock, the size, the keys and what they show, and hands plain
 * props to the Dashboard.
 */
export function App({account, watch, alert, onFreeze, onBack}: AppProps) {
	const {isRawModeSupported} = useStdin();
	const size = useTerminalSize();
	const freeze = useFreeze<FrozenMoment>();
	const paused = freeze.frozen !== undefined;
	const {poll, run} = watch;
	const [showHelp, setShowHelp] = useState(false);
	const [zoom, setZoom] = useState(firstZoom);

	// Frozen, nothing on screen changes: the clock wakes once an hour, as it does at most when idle.
	const untilChange = (at: number) =>
		paused
			? 3_600_000
			: untilNextVisibleChange(at, poll.fetchedAt === undefined ? [] : [poll.fetchedAt], [
				...(poll.snapshot?.plans ?? []).flatMap(plan =>
					plan.resetsAt === undefined ? [] : [plan.resetsAt.getTime()],
				),
				...(poll.error !== undefined && poll.nextAttemptAt !== undefined ? [poll.nextAttemptAt] : []),
			]);
	const liveNow = useNow(untilChange);
	const live: FrozenMoment = {now: liveNow, poll, history: watch.history};
	const {now, history, poll: shown} = freeze.frozen ?? live;
	const {snapshot} = shown;
	const assessment
		= snapshot === undefined
			? undefined
			: assess({snapshot, history, mark: run.mark, now, warnBelow: account.warnBelow, guard: watch.guard});
	const low = assessment?.low ?? false;
	const progress = assessment?.run?.progress;
	// In the overview the title names every account below --warn (see EveryAccount).
	useLowBalanceAlert(
		low,
		`srtgen-top: ${formatCredits(snapshot?.totalBalance)} credits, below ${formatCredits(account.warnBelow)}`,
		onBack === undefined ? alert : undefined,
	);

	const {prompt} = useKeyboard(
		{
			quit() {
				void shutdown(exitCode.ok);
			},
			suspend() {
				// Through the signal, so that Ctrl+Z typed and `kill -TSTP` take one path (see terminal.ts).
				process.kill(process.pid, 'SIGTSTP');
			},
			refresh: watch.refresh,
			toggleHelp: () => {
				setShowHelp(shown => !shown);
			},
			markRun: run.markNow,
			setJobs: run.setJobs,
			clearRun: run.clear,
			toggleFreeze: () => {
				freeze.toggle(live);
				onFreeze(!paused);
			},
			zoom(change) {
				setZoom(current =>
					Math.max(
						0,
						Math.min(
							chartZooms.length - 1,
							change === 'in' ? current - 1 : change === 'out' ? current + 1 : change,
						),
					),
				);
			},
			back: onBack,
		},
		{
			// Ink gives stdin.isTTY, undefined off a terminal, whatever the type says.
			// eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare
			isActive: isRawModeSupported === true,
			// In the run panel's words: "since mark <1m" there, "marked 1m ago" here read as two runs.
			markedRun:
				run.mark === undefined || progress === undefined
					? undefined
					: `since mark ${markAge(progress.elapsedMs)}, ${progress.drops} ${progress.drops === 1 ? 'drop' : 'drops'}`,
		},
	);

	return (
		<Dashboard
			size={size}
			now={now}
			snapshot={snapshot}
			fetchedAt={shown.fetchedAt}
			inFlight={freeze.frozen === undefined && shown.inFlight}
			apiHost={account.apiHost}
			label={onBack === undefined ? undefined : account.name}
			demo={account.demo}
			warnBelow={account.warnBelow}
			low={low}
			intervalSeconds={account.intervalSeconds}
			notices={screenNotices(
				staleLine(shown, now),
				shown.error?.kind === 'unauthorized',
				watch.notices,
				account.demoBecauseNoKey,
			)}
			showHelp={showHelp}
			burn={assessment?.burn}
			verdict={assessment?.verdict}
			leftAtReset={assessment?.leftAtReset}
			chart={chartSize =>
				balanceChart(
					chartZooms[zoom] === '30d' ? monthsBack(watch.days, history) : history,
					now,
					chartZooms[zoom]!,
					chartSize,
				)}
			zoom={chartZooms[zoom]!}
			run={progress === undefined ? undefined : bulkRunLines(progress, now)}
			frozenAt={freeze.frozen === undefined ? undefined : clockTime(freeze.frozen.now, true)}
			prompt={prompt}
			hint={account.demo && run.mark === undefined ? demoHint : undefined}
		/>
	);
}

/** The daily record's lows before the first kept reading, then the readings themselves: a month drawn from both. */
function monthsBack(days: History, history: History): History {
	const first = history.samples[0]?.at ?? Number.POSITIVE_INFINITY;
	return {samples: [...days.samples.filter(sample => sample.at < first), ...history.samples]};
}
