import {Box, Text} from 'ink';
import wrapAnsi from 'wrap-ansi';
import {helpEntries as entries} from '../keys.js';

const backEntry: [string, string] = ['Esc', 'back to every account (they are polled all the while)'];

const keyWidth = 11;

/**
 * The entries that fit in `rows` lines at `width`, each wrapped whole; with a line kept for saying
 * how many are left out when not all fit.
 */
function fitted(
	all: Array<[string, string]>,
	width: number,
	rows: number,
): {shown: Array<[string, string[]]>; hidden: number} {
	const wrapped = all.map(([key, meaning]): [string, string[]] => [
		key,
		wrapAnsi(meaning, width, {hard: true}).split('\n'),
	]);
	const fit = (free: number) => {
		const shown: Array<[string, string[]]> = [];
		for (const entry of wrapped) {
			free -= entry[1].length;
			if (free < 0) {
				break;
			}

			shown.push(entry);
		}

		return shown;
	};

	const every = fit(rows);
	if (every.length === wrapped.length) {
		return {shown: every, hidden: 0};
	}

	const shown = fit(rows - 1);
	return {shown, hidden: wrapped.length - shown.length};
}

/**
 * The keys and what the screen shows, each meaning wrapped to the width, as many entries as fit
 * in the rows given; when some do not, the last line says how many (and --help has them all).
 */
export function HelpOverlay({columns, rows, back = false}: {columns: number; rows: number; back?: boolean}) {
	const {shown, hidden} = fitted(back ? [backEntry, ...entries] : entries, Math.max(1, columns - keyWidth), rows - 1);
	return (
		<Box flexDirection="column" flexShrink={0}>
			<Text bold wrap="truncate-end">
				Help — press ? to close
			</Text>
			{shown.map(([key, lines]) => (
				<Box key={key} flexShrink={0}>
					<Box width={keyWidth} flexShrink={0}>
						<Text bold wrap="truncate-end">
							{key}
						</Text>
					</Box>
					<Box flexDirection="column">
						{lines.map((line, index) => (
							<Text key={index} wrap="truncate-end">
								{line}
							</Text>
						))}
					</Box>
				</Box>
			))}
			{hidden > 0 && (
				<Text dimColor wrap="truncate-end">
					… {hidden} more {hidden === 1 ? 'entry' : 'entries'}: enlarge the terminal, or see --help
				</Text>
			)}
		</Box>
	);
}
