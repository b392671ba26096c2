import {Box, Text} from 'ink';
import wrapAnsi from 'wrap-ansi';

const entries: Array<[string, string]> = [
	['r', 'refresh now (ignored while a request is in flight, or the API asked to wait)'],
	['q, Ctrl+C', 'quit'],
	['?', 'show or hide this help'],
	['m', 'mark the start of a bulk run: cost, jobs and pace since then (asks before replacing a run)'],
	['j', 'enter how many jobs the run has: will the credits cover them?'],
	['f', 'freeze: polling stops and every number holds still; f again resumes'],
	['1-5, +/-', 'chart zoom: 15 minutes, 1 hour, 24 hours, 7 days, 30 days'],
	['verdict', '✓ lasts, ! may not, ✗ will not, … measuring: forecasts wait for 2 drops over 45 s, then give a range'],
	['bars', 'each plan: credits left of its total; storage: space used of its limit'],
	['chart', 'the balance over the zoom\'s span; ▲ marks a top-up or a plan reset'],
	['stale', 'the last good numbers stay on screen while polls fail'],
];

const backEntry: [string, string] = ['Esc', 'back to every account (they are polled all the while)'];

const keyWidth = 11;

/**
 * The keys and what the screen shows, each meaning wrapped to the width, as many entries as fit
 * in the rows given.
 */
export function HelpOverlay({columns, rows, back = false}: {columns: number; rows: number; back?: boolean}) {
	const width = Math.max(1, columns - keyWidth);
	let free = rows - 1;
	const shown: Array<[string, string[]]> = [];
	for (const [key, meaning] of back ? [backEntry, ...entries] : entries) {
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
