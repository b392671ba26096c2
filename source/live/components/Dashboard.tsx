import {Box, Text} from 'ink';
import type {Snapshot} from '../../api/snapshot.js';
import type {BurnSummary} from '../../model/burnSummary.js';
import {isNotableLeftover, type PlanLeftover} from '../../model/leftAtReset.js';
import {leftoverText, longest} from '../../present/format.js';
import type {Verdict as VerdictAnswer} from '../../present/verdictText.js';
import {bigCounterText, bigFonts, measureBigText} from '../bigCounter.js';
import type {BalanceChart, ChartZoom} from '../chart.js';
import {chooseLayout, type Size} from '../layout.js';
import {planGrid} from '../planGrid.js';
import {toneColor, usePalette} from '../theme.js';
import {BulkRunPanel} from './BulkRunPanel.js';
import {ChartPanel} from './ChartPanel.js';
import {Counter} from './Counter.js';
import {Details} from './Details.js';
import {Footer} from './Footer.js';
import {Header} from './Header.js';
import {HelpOverlay} from './HelpOverlay.js';
import {Notices, type Notice} from './Notices.js';
import {planAmount} from './PlanRow.js';
import {PlanTable} from './PlanTable.js';
import {storageAmount} from './StorageRow.js';
import {verdictHeight} from '../verdictLines.js';
import {TooSmall} from './TooSmall.js';
import {Verdict} from './Verdict.js';

export type DashboardProps = {
	size: Size;
	now: number;
	snapshot: Snapshot | undefined;
	fetchedAt: number | undefined;
	inFlight: boolean;
	apiHost: string;
	/** Opened from the accounts' overview: the account's name in the config file, and Esc goes back. */
	label?: string;
	demo: boolean;
	warnBelow: number | undefined;
	/** Below --warn: the counter and the verdict say so. */
	low: boolean;
	intervalSeconds: number;
	notices: Notice[];
	showHelp: boolean;
	burn: BurnSummary | undefined;
	verdict: VerdictAnswer | undefined;
	/** What each plan will leave unused at its reset (assess's); shown on its row when more than a tenth of it. */
	leftAtReset?: PlanLeftover[];
	/** Draws the balance's history in the size given. */
	chart: (size: {width: number; height: number}) => BalanceChart;
	zoom: ChartZoom;
	/** The bulk run's lines, once a run is marked. */
	run?: string[];
	/** The time of day the screen was frozen at, while it is. */
	frozenAt?: string;
	/** A question being answered at the keyboard, shown in place of the footer. */
	prompt?: string;
	/** What to try, over the footer (the demo's, until a run is marked): the first line to go. */
	hint?: string;
};

/** The whole screen, laid out for the size given by priority (layout.ts): never taller or wider than the terminal. */
export function Dashboard(props: DashboardProps) {
	const palette = usePalette();
	const {size, now, snapshot, verdict} = props;
	const plans = snapshot?.plans ?? [];
	const text = bigCounterText(snapshot?.totalBalance);
	const layout = chooseLayout(size, {
		plans: plans.length,
		notices: props.notices.length,
		verdictRows: verdictHeight(verdict, props.low, size.columns),
		hint: props.hint !== undefined && !props.showHelp,
		runRows: props.run?.length ?? 0,
		chart: snapshot !== undefined,
		counter: {big: measureBigText(text, bigFonts.big), small: measureBigText(text, bigFonts.small)},
	});
	if (layout.kind === 'too-small') {
		return (
			<Box
				flexDirection="column"
				width={size.columns}
				height={Math.min(size.rows, 1 + layout.verdictRows)}
				overflow="hidden"
			>
				<TooSmall
					total={snapshot?.totalBalance}
					verdict={verdict}
					low={props.low}
					columns={size.columns}
					verdictRows={layout.verdictRows}
				/>
			</Box>
		);
	}

	const gap = layout.gaps ? <Text> </Text> : null;
	const counterColor = props.low
		? palette.error
		: verdict === undefined
			? undefined
			: toneColor(palette, verdict.tone);
	const leftovers = new Map(
		(props.leftAtReset ?? [])
			.filter(isNotableLeftover)
			.map(leftover => [leftover.index, leftoverText(leftover.range)]),
	);
	const grid = snapshot === undefined ? undefined : planGrid(
		size.columns,
		longest([...plans.map(plan => plan.name ?? 'unnamed plan'), 'Storage']),
		longest([...plans.map(plan => planAmount(plan)), storageAmount(snapshot.storage)]),
		plans.some(plan => plan.status !== 'active'),
		longest([...leftovers.values()]),
	);
	const body
		= snapshot === undefined || grid === undefined ? (
			<Text dimColor>
				{props.notices.some(notice => notice.tone !== 'hint') ? 'No balance yet.' : 'Fetching the balance…'}
			</Text>
		) : (
			<>
				<Counter total={snapshot.totalBalance} size={layout.counter} color={counterColor}/>
				{verdict !== undefined && (
					<Verdict verdict={verdict} low={props.low} columns={size.columns} rows={layout.verdictRows}/>
				)}
				{layout.details && (
					<Details
						monthly={snapshot.monthlyCredits}
						extra={snapshot.extraCredits}
						warnBelow={props.warnBelow}
						burn={props.burn}
					/>
				)}
				{gap}
				<PlanTable
					snapshot={snapshot}
					grid={grid}
					now={now}
					leftovers={leftovers}
					shown={layout.plansShown}
					hidden={layout.plansHidden}
					noPlansLine={layout.noPlansLine}
					storage={layout.storage}
				/>
				{layout.runRows > 0 && (
					<>
						{gap}
						<BulkRunPanel lines={props.run ?? []} rows={layout.runRows}/>
					</>
				)}
				{layout.chartRows > 0 && (
					<>
						{gap}
						<ChartPanel
							chart={props.chart({width: size.columns, height: layout.chartRows - 1})}
							zoom={props.zoom}
							lastDrop={props.burn?.lastDrop}
							drops={props.burn?.recent.drops ?? 0}
						/>
					</>
				)}
			</>
		);

	// Not clipped (overflow="hidden"): the layout already fits the size, and clipping cut every
	// line with slice-ansi at each frame, a third of its cost. A test proves the frames the same.
	return (
		<Box flexDirection="column" width={size.columns} height={size.rows}>
			<Header
				label={props.label}
				account={snapshot?.account.name}
				apiHost={props.apiHost}
				demo={props.demo}
				inFlight={props.inFlight}
				fetchedAt={props.fetchedAt}
				now={now}
				frozen={props.frozenAt !== undefined}
			/>
			<Notices notices={props.notices.slice(0, layout.noticesShown)}/>
			{props.showHelp ? (
				<HelpOverlay
					back={props.label !== undefined}
					columns={size.columns}
					rows={size.rows - 2 - layout.noticesShown}
				/>
			) : (
				body
			)}
			<Box flexGrow={1}/>
			{layout.hint && (
				<Text dimColor wrap="truncate-end">
					{props.hint}
				</Text>
			)}
			{layout.footer
				&& (props.prompt === undefined ? (
					<Footer
						back={props.label !== undefined}
						intervalSeconds={props.intervalSeconds}
						frozenAt={props.frozenAt}
						runMarked={props.run !== undefined}
					/>
				) : (
					<Text wrap="truncate-end" bold>
						{props.prompt}
					</Text>
				))}
		</Box>
	);
}
