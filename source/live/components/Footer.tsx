import {Text} from 'ink';
import {Fragment} from 'react';
import {footerKeys} from '../keys.js';

type Props = {intervalSeconds: number; frozenAt: string | undefined; runMarked: boolean; back?: boolean};

/**
 * The keys, each in bold beside what it does (dim), and how often the numbers change. `u` shows
 * while a run is marked, `Esc` when the dashboard was opened from the overview.
 */
export function Footer({intervalSeconds, frozenAt, runMarked, back: fromOverview = false}: Props) {
	const {back, refresh, quit, help, mark, unmark, jobs, freeze, zoom} = footerKeys;
	const keys: Array<readonly [string, string]> = [
		...(fromOverview ? [back] : []),
		refresh,
		quit,
		help,
		mark,
		...(runMarked ? [unmark] : []),
		jobs,
		frozenAt === undefined ? freeze : ['f', 'resume'],
		zoom,
	];
	return (
		<Text wrap="truncate-end">
			{keys.map(([key, meaning]) => (
				<Fragment key={key}><Text bold>{key}</Text><Text dimColor> {meaning}  </Text></Fragment>
			))}
			<Text dimColor>· {frozenAt === undefined ? `every ${intervalSeconds}s` : `frozen at ${frozenAt}`}</Text>
		</Text>
	);
}
