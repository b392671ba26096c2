import {Box, Text} from 'ink';
import wrapAnsi from 'wrap-ansi';
import {helpEntries as entries} from '../keys.js';

const keyWidth = 11;

/**
 * The keys and what the screen shows, each meaning wrapped to the width, as many entries as fit
 * in the rows given.
 */
export function HelpOverlay({columns, rows}: {columns: number; rows: number}) {
	const width = Math.max(1, columns - keyWidth);
	let free = rows - 1;
	const shown: Array<[string, string[]]> = [];
	for (const [key, meaning] of entries) {
		const lines = wrapAnsi(meaning, width, {hard: true}).split('\n');
		if (lines.length > free) {
			break;
		}

		free -= lines.length;
		shown.push([key, lines]);
	}

	return (
		<Box flexDirection="column" flexShrink={0}>
			<Text bold wrap="truncate-end">Help — press ? to close</Text>
			{shown.map(([key, lines]) => (
				<Box key={key} flexShrink={0}>
					<Box width={keyWidth} flexShrink={0}><Text bold wrap="truncate-end">{key}</Text></Box>
					<Box flexDirection="column">{lines.map((line, index) => <Text key={index} wrap="truncate-end">{line}</Text>)}</Box>
				</Box>
			))}
		</Box>
	);
}
