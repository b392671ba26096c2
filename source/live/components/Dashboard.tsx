import {Box, Text} from 'ink';
import type {Snapshot} from '../../api/snapshot.js';
import type {BurnSummary} from '../../model/burnSummary.js';
import {formatCredits, longest} from '../../model/format.js';
import {chooseLayout, planColumns, type Size} from '../layout.js';
import {isLowBalance} from '../../model/thresholds.js';
import {bigFonts, measureBigText} from '../bigCounter.js';
import {Breakdown} from './Breakdown.js';
import {BulkRunPanel} from './BulkRunPanel.js';
import {BurnPanel} from './BurnPanel.js';
import {Counter} from './Counter.js';
import {Footer} from './Footer.js';
import {Header} from './Header.js';
import {HelpOverlay} from './HelpOverlay.js';
import {Notices, type Notice} from './Notices.js';
import {PlanRow, planAmount} from './PlanRow.js';
import {StorageMeter} from './StorageMeter.js';
import {TooSmall} from './TooSmall.js';

export type DashboardProps = {
	size: Size;
	now: number;
	snapshot: Snapshot | undefined;
	fetchedAt: number | undefined;
	inFlight: boolean;
	apiHost: string;
	demo: boolean;
	warnBelow: number | undefined;
	intervalSeconds: number;
	notices: Notice[];
	showHelp: boolean;
	burn: BurnSummary | undefined;
	/** Draws the total over the last minutes in the width given. */
	trend: (width: number) => {line: string; minutes: number};
	/** The bulk run's lines, once a run is marked. */
	run?: string[];
	frozen?: boolean;
	/** A question being answered at the keyboard, shown in place of the footer. */
	prompt?: string;
};

/** The whole screen, laid out for the size given: never taller or wider than the terminal. */
export function Dashboard(props: DashboardProps) {
	const {size, now, snapshot} = props;
	const text = formatCredits(snapshot?.totalBalance);
	const plans = snapshot?.plans ?? [];
	const layout = chooseLayout(size, {
		plans: plans.length,
		notices: props.notices.length,
		burn: props.burn !== undefined,
		runRows: props.run?.length ?? 0,
		counter: {big: measureBigText(text, bigFonts.big), small: measureBigText(text, bigFonts.small)},
	});
	if (layout.kind === 'too-small') {
		return <Box width={size.columns} height={1} overflow="hidden"><TooSmall total={snapshot?.totalBalance}/></Box>;
	}

	const low = snapshot !== undefined && isLowBalance(snapshot, props.warnBelow);
	const gap = layout.gaps ? <Text> </Text> : null;
	const columns = planColumns(size.columns, longest(plans.map(plan => plan.name ?? '')), longest(plans.map(plan => planAmount(plan))));
	const body = snapshot === undefined
		? <Text dimColor>{props.notices.some(notice => notice.tone !== 'hint') ? 'No balance yet.' : 'Fetching the balance…'}</Text>
		: (
			<>
				<Counter total={snapshot.totalBalance} size={layout.counter} low={low}/>
				{layout.breakdown && <Breakdown monthly={snapshot.monthlyCredits} extra={snapshot.extraCredits} warnBelow={props.warnBelow} low={low}/>}
				{gap}
				{plans.length === 0 && <Text dimColor>No subscription plans</Text>}
				{plans.slice(0, layout.plansShown).map((plan, index) => (
					<PlanRow key={plan.id ?? `${plan.name ?? ''}#${index}`} plan={plan} columns={columns} now={now} low={low}/>
				))}
				{layout.plansHidden > 0 && (
					<Text dimColor wrap="truncate-end">
						{layout.plansShown > 0 ? '+' : ''}{layout.plansHidden} {layout.plansShown > 0 ? 'more ' : ''}{layout.plansHidden === 1 ? 'plan' : 'plans'} (enlarge the terminal)
					</Text>
				)}
				{gap}
				{layout.runRows > 0 && <BulkRunPanel lines={props.run ?? []} rows={layout.runRows}/>}
				{layout.burn && props.burn !== undefined && <BurnPanel summary={props.burn} now={now} trend={layout.trend ? props.trend(Math.min(30, Math.floor(size.columns / 4))) : undefined}/>}
				{layout.storage && <StorageMeter storage={snapshot.storage} width={size.columns}/>}
			</>
		);

	return (
		<Box flexDirection="column" width={size.columns} height={size.rows} overflow="hidden">
			<Header account={snapshot?.account.name} apiHost={props.apiHost} demo={props.demo} inFlight={props.inFlight} fetchedAt={props.fetchedAt} now={now} frozen={props.frozen ?? false}/>
			<Notices notices={props.notices.slice(0, layout.noticesShown)}/>
			{gap}
			{props.showHelp ? <HelpOverlay rows={size.rows - 3}/> : body}
			<Box flexGrow={1}/>
			{layout.footer && (props.prompt === undefined ? <Footer intervalSeconds={props.intervalSeconds}/> : <Text wrap="truncate-end" bold>{props.prompt}</Text>)}
		</Box>
	);
}
