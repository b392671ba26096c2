import {useStdin} from 'ink';
import type {Notice} from '../components/Notices.js';
import type {AccountWatch, WatchedAccount} from '../hooks/useAccountWatch.js';
import {useNow} from '../hooks/useNow.js';
import {useTerminalSize} from '../hooks/useTerminalSize.js';
import {untilNextVisibleChange} from '../nextChange.js';
import {Overview} from './Overview.js';
import {overviewRows} from './overviewRows.js';
import {sparkline} from './sparkline.js';
import {useOverviewKeys, type OverviewKeyActions} from './useOverviewKeys.js';

/** The history line's span: the burn rate's, which the verdict is read over, and the chart's first. */
const sparkSpanMs = 15 * 60_000;

type Props = {
	accounts: WatchedAccount[];
	watches: Array<AccountWatch | undefined>;
	selected: number;
	actions: OverviewKeyActions;
};

/** The overview on screen: its clock, its size and its keys; the rows from each account's watch. */
export function OverviewScreen({accounts, watches, selected, actions}: Props) {
	const {isRawModeSupported} = useStdin();
	const size = useTerminalSize();
	const polls = watches.flatMap(watch => (watch === undefined ? [] : [watch.poll]));
	const now = useNow(at =>
		untilNextVisibleChange(
			at,
			polls.flatMap(poll => (poll.fetchedAt === undefined ? [] : [poll.fetchedAt])),
			polls.flatMap(poll => [
				...(poll.snapshot?.plans ?? []).flatMap(plan =>
					plan.resetsAt === undefined ? [] : [plan.resetsAt.getTime()],
				),
				...(poll.error !== undefined && poll.nextAttemptAt !== undefined ? [poll.nextAttemptAt] : []),
			]),
		),
	);
	// Ink gives stdin.isTTY, undefined off a terminal, whatever the type says.
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare
	useOverviewKeys(actions, isRawModeSupported === true);
	const lines = overviewRows(accounts, watches, now);
	const notices: Notice[] = watches.flatMap((watch, index) =>
		(watch?.notices ?? []).flatMap(text =>
			text === undefined ? [] : [{text: `${accounts[index]!.name}: ${text}`, tone: 'warning' as const}],
		),
	);
	const intervals = new Set(accounts.map(account => account.intervalSeconds));
	return (
		<Overview
			size={size}
			rows={lines.map(line => line.row)}
			selected={selected}
			spark={(index, width) =>
				watches[index] === undefined
					? ' '.repeat(width)
					: sparkline(watches[index].history, now, sparkSpanMs, width)}
			notices={notices}
			detail={lines[selected]?.detail}
			demo={accounts.some(account => account.demo)}
			inFlight={polls.some(poll => poll.inFlight)}
			pace={intervals.size === 1 ? `every ${[...intervals][0]!}s` : 'each at its own interval'}
		/>
	);
}
