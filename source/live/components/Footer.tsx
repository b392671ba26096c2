import {Text} from 'ink';
import {Fragment} from 'react';

type Props = {intervalSeconds: number; frozenAt: string | undefined; back?: boolean};

/** The keys, each in bold beside what it does (dim), and how often the numbers change. */
export function Footer({intervalSeconds, frozenAt, back = false}: Props) {
	const keys: Array<[string, string]> = [...(back ? [['Esc', 'accounts'] as [string, string]] : []), ['r', 'refresh'], ['q', 'quit'], ['?', 'help'], ['m', 'mark a run'], ['j', 'jobs'], ['f', frozenAt === undefined ? 'freeze' : 'resume'], ['1-5', 'zoom']];
	return (
		<Text wrap="truncate-end">
			{keys.map(([key, meaning]) => (
				<Fragment key={key}><Text bold>{key}</Text><Text dimColor> {meaning}  </Text></Fragment>
			))}
			<Text dimColor>· {frozenAt === undefined ? `every ${intervalSeconds}s` : `frozen at ${frozenAt}`}</Text>
		</Text>
	);
}
