import {Text} from 'ink';
import {formatCredits} from '../../model/format.js';

type Props = {monthly: number | undefined; extra: number | undefined; warnBelow: number | undefined; low: boolean};

export function Breakdown({monthly, extra, warnBelow, low}: Props) {
	return (
		<Text wrap="truncate-end">
			<Text dimColor>credits · monthly </Text>{formatCredits(monthly)}
			<Text dimColor> · extra </Text>{formatCredits(extra)}
			{warnBelow === undefined ? null : <Text color={low ? 'red' : undefined} dimColor={!low}> · warn below {formatCredits(warnBelow)}</Text>}
		</Text>
	);
}
