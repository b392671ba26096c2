import {Box, Text} from 'ink';
import type {LastDrop} from '../../model/burnRate.js';
import {lastDropText} from '../../present/burnText.js';
import type {BalanceChart as Chart, ChartZoom} from '../chart.js';
import {BalanceChart} from './BalanceChart.js';

type Props = {chart: Chart; zoom: ChartZoom; lastDrop: LastDrop | undefined; drops: number};

/** The balance over the zoom's span, under a title that names the span, the keys and the last drop. */
export function ChartPanel({chart, zoom, lastDrop, drops}: Props) {
	return (
		<Box flexDirection="column" flexShrink={0}>
			<Text wrap="truncate-end">
				<Text bold>balance, last {zoom}</Text>
				<Text dimColor> (1-5 zoom)</Text>
				{chart.rises > 0 && <Text dimColor> · ▲ top-up or reset</Text>}
				{lastDrop === undefined ? (
					<Text dimColor> · no drop yet</Text>
				) : (
					<>
						<Text dimColor> · last </Text>
						{lastDropText(lastDrop)}
						<Text dimColor>
							{' '}
							· {drops} {drops === 1 ? 'drop' : 'drops'} in 15m
						</Text>
					</>
				)}
			</Text>
			<BalanceChart chart={chart}/>
		</Box>
	);
}
