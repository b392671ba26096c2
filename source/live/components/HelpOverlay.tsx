import {Box, Text} from 'ink';

const lines: Array<[string, string]> = [
	['r', 'refresh now (ignored while a request is in flight)'],
	['q, Ctrl+C', 'quit'],
	['?', 'show or hide this help'],
	['m', 'mark the start of a bulk run: cost, jobs and pace since then'],
	['j', 'enter how many jobs the run has: will the credits cover them?'],
	['f', 'freeze the screen and stop polling; f again resumes'],
	['', ''],
	['bars', 'each plan: credits left of its total; storage: used of limit'],
	['colours', 'yellow under 25% left, red under 10% or below --warn'],
	['burn', 'credits an hour over 15 min and 24 h, and when they run out'],
	['sparkline', 'the total over the last minutes; drops ≈ jobs finished'],
	['stale', 'the last good numbers stay on screen while polls fail'],
];

/** The keys and what the screen shows, cut to the rows available. */
export function HelpOverlay({rows}: {rows: number}) {
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">Help — press ? to close</Text>
			{lines.slice(0, Math.max(0, rows - 1)).map(([key, meaning], index) => (
				<Text key={index} wrap="truncate-end"><Text bold>{key.padEnd(11)}</Text>{meaning}</Text>
			))}
		</Box>
	);
}
