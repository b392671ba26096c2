import {Box, Text} from 'ink';
import {Fragment} from 'react';
import type {BalanceChart as Chart} from '../chart.js';
import {usePalette} from '../theme.js';

/** The chart's rows, credits labels dim and the plot in the accent colour, over its time axis with each rise marked. */
export function BalanceChart({chart}: {chart: Chart}) {
	const palette = usePalette();
	return (
		<Box flexDirection="column" flexShrink={0}>
			{chart.rows.map((row, index) => (
				<Text key={index} wrap="truncate-end">
					<Text dimColor>{row.label}</Text>
					<Text color={palette.accent}>{row.plot}</Text>
				</Text>
			))}
			<Text wrap="truncate-end">
				{chart.axis.split('▲').map((part, index) => (
					<Fragment key={index}>
						{index > 0 && <Text color={palette.ok}>▲</Text>}
						<Text dimColor>{part}</Text>
					</Fragment>
				))}
			</Text>
		</Box>
	);
}
