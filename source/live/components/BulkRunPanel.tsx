import {Box, Text} from 'ink';
import {usePalette} from '../theme.js';

/** What the bulk run since the mark has cost, and what the rest needs (the verdict says whether it is enough). */
export function BulkRunPanel({lines, rows}: {lines: string[]; rows: number}) {
	const palette = usePalette();
	return (
		<Box flexDirection="column" flexShrink={0}>
			{lines.slice(0, rows).map((line, index) => (
				<Text key={line} wrap="truncate-end" color={index === 0 ? palette.accent : undefined}>
					{index === 0 ? '▶ ' : '  '}{line}
				</Text>
			))}
		</Box>
	);
}
