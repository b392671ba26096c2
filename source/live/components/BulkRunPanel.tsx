import {Box, Text} from 'ink';
import {accentColor, errorColor} from '../theme.js';

/** What the bulk run since the mark has cost, and whether the balance covers the rest. */
export function BulkRunPanel({lines, rows}: {lines: string[]; rows: number}) {
	return (
		<Box flexDirection="column" flexShrink={0}>
			{lines.slice(0, rows).map((line, index) => (
				<Text key={line} wrap="truncate-end" color={index === 0 ? accentColor : line.startsWith('short') ? errorColor : undefined}>
					{index === 0 ? '▶ ' : '  '}{line}
				</Text>
			))}
		</Box>
	);
}
