import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {Fragment} from 'react';
import type {Tone} from '../../model/verdict.js';
import {Notices, type Notice} from '../components/Notices.js';
import type {Size} from '../layout.js';
import {toneColor, usePalette} from '../theme.js';
import {
	chooseOverviewLayout,
	columnGap,
	columnTitles,
	type Column,
	type ColumnWidths,
	type OverviewRow,
} from './overviewLayout.js';

export type OverviewProps = {
	size: Size;
	rows: OverviewRow[];
	selected: number;
	/** The balance's history of account `index`, `width` cells wide. */
	spark: (index: number, width: number) => string;
	notices: Notice[];
	/** The chosen account's verdict in full, or why its numbers are stale. */
	detail: {text: string; tone: Tone} | undefined;
	demo: boolean;
	/** A request of some account has been in flight for a while. */
	inFlight: boolean;
	/** `every 30s`, or `each at its own interval`. */
	pace: string;
};

const order: Column[] = ['name', 'balance', 'verdict', 'stale', 'reset', 'history'];

/**
 * Every account at a glance, a row each, laid out for the size given (overviewLayout.ts): never
 * taller or wider than the terminal.
 */
export function Overview(props: OverviewProps) {
	const {size, rows, selected} = props;
	const palette = usePalette();
	const layout = chooseOverviewLayout(size, rows, selected, props.notices.length);
	const failing = rows.filter(row => row.stale !== undefined).length;
	return (
		<Box flexDirection="column" width={size.columns} height={size.rows}>
			{layout.header && (
				<Box justifyContent="space-between" flexShrink={0}>
					<Box flexShrink={1}>
						<Text wrap="truncate-end">
							{props.demo ? (
								<Text inverse bold>
									{' '}
									DEMO{' '}
								</Text>
							) : null}
							{props.demo ? ' ' : ''}
							<Text bold color={palette.accent}>
								Every account
							</Text>
							<Text dimColor> · {rows.length} accounts</Text>
							{failing > 0 ? <Text color={palette.warning}> · {failing} failing</Text> : null}
						</Text>
					</Box>
					{props.inFlight && (
						<Box flexShrink={0} marginLeft={1}>
							<Text color={palette.accent}>
								<Spinner type="dots"/> updating
							</Text>
						</Box>
					)}
				</Box>
			)}
			{layout.titles && <Cells widths={layout.columns} cursor=" " texts={columnTitles} dim/>}
			<Notices notices={props.notices.slice(0, layout.noticesShown)}/>
			{layout.shown.map(index => (
				<AccountRow
					key={index}
					row={rows[index]!}
					chosen={index === selected}
					widths={layout.columns}
					spark={layout.columns.history > 0 ? props.spark(index, layout.columns.history) : ''}
				/>
			))}
			{layout.more && (
				<Text dimColor wrap="truncate-end">
					+{layout.hidden} more (↑/↓ reaches them, or enlarge the terminal)
				</Text>
			)}
			<Box flexGrow={1}/>
			{layout.detail && props.detail !== undefined && (
				<Text wrap="truncate-end" color={toneColor(palette, props.detail.tone)}>
					{props.detail.text}
				</Text>
			)}
			{layout.footer && <OverviewFooter pace={props.pace}/>}
		</Box>
	);
}

function AccountRow({
	row,
	chosen,
	widths,
	spark,
}: {
	row: OverviewRow;
	chosen: boolean;
	widths: ColumnWidths;
	spark: string;
}) {
	const palette = usePalette();
	const texts: Record<Column, string> = {
		name: row.name,
		balance: row.balance,
		verdict: `${row.verdict.symbol} ${row.verdict.text}`,
		stale: row.stale ?? '',
		reset: row.reset ?? '',
		history: spark,
	};
	const colors: Partial<Record<Column, string | undefined>> = {
		balance: row.low ? palette.error : undefined,
		verdict: toneColor(palette, row.verdict.tone),
		stale: row.stale === 'key rejected' ? palette.error : palette.warning,
		history: palette.accent,
	};
	return (
		<Cells
			widths={widths}
			cursor={chosen ? '›' : ' '}
			texts={texts}
			colors={colors}
			chosen={chosen}
			dimVerdict={row.verdict.tone === 'measuring'}
		/>
	);
}

type CellsProps = {
	widths: ColumnWidths;
	cursor: string;
	texts: Record<Column, string>;
	colors?: Partial<Record<Column, string | undefined>>;
	chosen?: boolean;
	dim?: boolean;
	dimVerdict?: boolean;
};

/** A line of cells, each cut to its column's width; the balance to the right of its column. */
function Cells({widths, cursor, texts, colors = {}, chosen = false, dim = false, dimVerdict = false}: CellsProps) {
	const palette = usePalette();
	const present = order.filter(column => widths[column] > 0);
	return (
		<Box flexShrink={0}>
			<Box width={2} flexShrink={0}>
				<Text bold color={palette.accent}>
					{cursor}
				</Text>
			</Box>
			{present.map((column, index) => (
				<Fragment key={column}>
					{index > 0 && <Box width={columnGap} flexShrink={0}/>}
					<Box
						width={widths[column]}
						flexShrink={0}
						justifyContent={column === 'balance' ? 'flex-end' : 'flex-start'}
					>
						<Text
							wrap="truncate-end"
							dimColor={dim || (column === 'verdict' && dimVerdict)}
							color={dim ? undefined : colors[column]}
							bold={!dim && (column === 'balance' || (column === 'name' && chosen))}
							inverse={chosen && column === 'name'}
						>
							{texts[column]}
						</Text>
					</Box>
				</Fragment>
			))}
		</Box>
	);
}

function OverviewFooter({pace}: {pace: string}) {
	const keys: Array<[string, string]> = [['↑↓', 'choose'], ['Enter', 'open'], ['r', 'refresh all'], ['q', 'quit']];
	return (
		<Text wrap="truncate-end">
			{keys.map(([key, meaning]) => (
				<Fragment key={key}><Text bold>{key}</Text><Text dimColor> {meaning}  </Text></Fragment>
			))}
			<Text dimColor>· {pace}</Text>
		</Text>
	);
}
